import type { Equipment } from "../api/types";
import { useI18n } from "../i18n/I18nProvider";
import { calibrationState } from "./calibration";

const tone = { valid: "success", expiring: "warning", expired: "danger", "not-yet": "danger" } as const;

export const CalibrationBadge = ({ equipment, onDate }: { equipment: Equipment; onDate: string }) => {
  const { t } = useI18n();
  const state = calibrationState(equipment, onDate);
  return <span className={`badge badge-${tone[state]}`}>{t(`calibration.${state}`)}</span>;
};
