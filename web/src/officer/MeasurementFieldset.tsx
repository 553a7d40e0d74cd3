import type { Equipment, Product } from "../api/types";
import { useI18n } from "../i18n/I18nProvider";
import { GradePreview } from "./GradePreview";
import { MeasurementRow, type MeasurementDraft } from "./MeasurementRow";
import type { checkMeasurements } from "./measurements";

interface MeasurementFieldsetProps {
  product: Product;
  equipment: Equipment[];
  measuredOn: string;
  drafts: Record<string, MeasurementDraft>;
  check: ReturnType<typeof checkMeasurements>;
  onChange(parameter: string, patch: Partial<MeasurementDraft>): void;
}

/** One row per rulebook parameter, then the grade those readings would get: shared by batch and pooled inspections. */
export const MeasurementFieldset = ({ product, equipment, measuredOn, drafts, check, onChange }: MeasurementFieldsetProps) => {
  const { t } = useI18n();
  return (
    <>
      <fieldset className="card measurements">
        <legend>{t("certificate.measurements")}</legend>
        <p className="field-hint">{t("inspect.requiredNote")}</p>
        {product.parameters.map((parameter) => (
          <MeasurementRow
            key={parameter.key}
            parameter={parameter}
            draft={drafts[parameter.key]}
            equipment={equipment}
            measuredOn={measuredOn}
            problem={check.problems[parameter.key]}
            onChange={(patch) => onChange(parameter.key, patch)}
          />
        ))}
      </fieldset>
      <GradePreview product={product} check={check} />
    </>
  );
};
