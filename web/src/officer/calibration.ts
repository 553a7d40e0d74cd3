import type { Equipment } from "../api/types";

export type CalibrationState = "valid" | "expiring" | "expired" | "not-yet";

/** Calibration on a given day, as the API judges it (inclusive dates), plus a 30-day early warning. */
export const calibrationState = (equipment: Pick<Equipment, "calibratedOn" | "calibrationValidUntil">, onDate: string): CalibrationState => {
  if (onDate < equipment.calibratedOn) return "not-yet";
  if (onDate > equipment.calibrationValidUntil) return "expired";
  const warnFrom = new Date(`${equipment.calibrationValidUntil}T00:00:00Z`);
  warnFrom.setUTCDate(warnFrom.getUTCDate() - 30);
  return onDate >= warnFrom.toISOString().slice(0, 10) ? "expiring" : "valid";
};

export const usableOn = (equipment: Pick<Equipment, "calibratedOn" | "calibrationValidUntil">, onDate: string) =>
  calibrationState(equipment, onDate) === "valid" || calibrationState(equipment, onDate) === "expiring";
