import type { Equipment, IssueCertificate, ProductParameter } from "../api/types";
import { usableOn } from "./calibration";

export interface DraftValues {
  value: string;
  equipmentId: string;
}

export type MeasurementProblem = "required" | "range" | "equipment" | "calibration";

export interface MeasurementCheck {
  /** Parsed readings, keyed by parameter, for the grade preview. */
  values: Record<string, number>;
  measurements: IssueCertificate["measurements"];
  problems: Record<string, MeasurementProblem>;
  ready: boolean;
}

/**
 * What the API will check, checked while typing: required parameters present, readings inside the
 * instrument's physical range, and an instrument of the right kind calibrated on the day.
 */
export const checkMeasurements = (
  parameters: ProductParameter[],
  drafts: Record<string, DraftValues>,
  equipment: Equipment[],
  measuredOn: string,
): MeasurementCheck => {
  const values: Record<string, number> = {};
  const measurements: IssueCertificate["measurements"] = [];
  const problems: Record<string, MeasurementProblem> = {};
  for (const parameter of parameters) {
    const draft = drafts[parameter.key];
    const raw = draft?.value.trim() ?? "";
    if (raw === "") {
      if (parameter.required) problems[parameter.key] = "required";
      continue;
    }
    const value = Number(raw.replace(",", "."));
    if (!Number.isFinite(value) || value < parameter.physicalMin || value > parameter.physicalMax) {
      problems[parameter.key] = "range";
      continue;
    }
    const instrument = equipment.find((candidate) => candidate.id === draft?.equipmentId);
    if (!instrument || instrument.kind !== parameter.equipmentKind) {
      problems[parameter.key] = "equipment";
      continue;
    }
    if (!usableOn(instrument, measuredOn)) {
      problems[parameter.key] = "calibration";
      continue;
    }
    values[parameter.key] = value;
    measurements.push({ parameter: parameter.key, value, equipmentId: instrument.id });
  }
  return { values, measurements, problems, ready: measurements.length > 0 && Object.keys(problems).length === 0 };
};
