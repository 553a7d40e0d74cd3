import type { Equipment, ProductParameter } from "../api/types";
import { useI18n } from "../i18n/I18nProvider";
import { useFormat } from "../i18n/useFormat";
import { parameterName } from "../reference/names";
import { calibrationState } from "./calibration";
import type { DraftValues, MeasurementProblem } from "./measurements";

export type MeasurementDraft = DraftValues;

interface Props {
  parameter: ProductParameter;
  draft: MeasurementDraft | undefined;
  equipment: Equipment[];
  measuredOn: string;
  problem: MeasurementProblem | undefined;
  onChange: (patch: Partial<MeasurementDraft>) => void;
}

/** One parameter: the reading with its unit and valid range, and the instrument that took it. */
export const MeasurementRow = ({ parameter, draft, equipment, measuredOn, problem, onChange }: Props) => {
  const { t, lang } = useI18n();
  const format = useFormat();
  const valueId = `value-${parameter.key}`;
  const equipmentId = `equipment-${parameter.key}`;
  const hintId = `${valueId}-hint`;
  const errorId = `${valueId}-error`;
  const instruments = equipment.filter((candidate) => candidate.kind === parameter.equipmentKind);
  const unit = parameter.unit === "-" ? "" : parameter.unit;
  const touched = Boolean(draft?.value || draft?.equipmentId);
  const shownProblem = problem && (touched || problem !== "required") ? problem : undefined;
  return (
    <div className={`measurement-row${shownProblem ? " field-invalid" : ""}`}>
      <div className="field">
        <label htmlFor={valueId}>
          {parameterName(parameter, lang)}
          {unit && <span className="unit"> ({unit})</span>}
          {parameter.required && <abbr title={t("inspect.required")} className="required">*</abbr>}
        </label>
        <input
          id={valueId}
          type="number"
          inputMode="decimal"
          step="any"
          min={parameter.physicalMin}
          max={parameter.physicalMax}
          value={draft?.value ?? ""}
          required={parameter.required}
          aria-describedby={shownProblem ? `${hintId} ${errorId}` : hintId}
          aria-invalid={shownProblem === "range" || shownProblem === "required" ? true : undefined}
          onChange={(event) => onChange({ value: event.target.value })}
        />
        <p className="field-hint" id={hintId}>
          {t("inspect.range", { min: format.number(parameter.physicalMin), max: format.number(parameter.physicalMax), unit })}
        </p>
      </div>
      <div className="field">
        <label htmlFor={equipmentId}>{t("inspect.instrument", { kind: parameter.equipmentKind })}</label>
        <select
          id={equipmentId}
          value={draft?.equipmentId ?? ""}
          aria-invalid={shownProblem === "equipment" || shownProblem === "calibration" ? true : undefined}
          aria-describedby={shownProblem ? errorId : undefined}
          onChange={(event) => onChange({ equipmentId: event.target.value })}
        >
          <option value="">{instruments.length ? t("inspect.pickInstrument") : t("inspect.noInstrument")}</option>
          {instruments.map((instrument) => {
            const state = calibrationState(instrument, measuredOn);
            return (
              <option key={instrument.id} value={instrument.id} disabled={state === "expired" || state === "not-yet"}>
                {`${instrument.serial} — ${t(`calibration.${state}`)} (${t("equipment.validUntilShort", { date: format.date(instrument.calibrationValidUntil) })})`}
              </option>
            );
          })}
        </select>
      </div>
      {shownProblem && (
        <p className="field-error measurement-error" id={errorId}>
          {t(`inspect.problem.${shownProblem}`)}
        </p>
      )}
    </div>
  );
};
