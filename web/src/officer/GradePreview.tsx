import type { Product } from "../api/types";
import { GradeBadge } from "../components/StatusBadge";
import { useI18n } from "../i18n/I18nProvider";
import { parameterName } from "../reference/names";
import { previewGrade, type GradingRules } from "./gradePreview";
import type { MeasurementCheck } from "./measurements";

/** The rulebook's thresholds as GET /products publishes them, ready for the preview. */
export const gradingRulesOf = (product: Product): GradingRules => ({
  required: product.parameters.filter((parameter) => parameter.required).map((parameter) => parameter.key),
  standardRequirements: product.standardRequirements,
  grades: product.gradeRules,
});

/** Shows the grade these readings would get, before the officer signs anything. */
export const GradePreview = ({ product, check }: { product: Product; check: MeasurementCheck }) => {
  const { t, lang } = useI18n();
  const rules = gradingRulesOf(product);
  const name = (key: string) => {
    const parameter = product.parameters.find((candidate) => candidate.key === key);
    return parameter ? parameterName(parameter, lang) : key;
  };
  return (
    <section className="card grade-preview" aria-labelledby="preview-heading" aria-live="polite">
      <h2 id="preview-heading">{t("inspect.preview")}</h2>
      {(() => {
          const result = previewGrade(rules, check.values);
          return (
            <>
              <p className="preview-grade">
                <GradeBadge grade={result.grade} /> {result.grade ? t("inspect.previewGrade") : t("inspect.previewRejected")}
              </p>
              {result.shortOf && result.shortOf.parameters.length > 0 && (
                <p className="muted">{t("inspect.previewBlocked", { grade: result.shortOf.grade, parameters: result.shortOf.parameters.map(name).join(", ") })}</p>
              )}
            </>
          );
        })()}
      {!check.ready && <p className="muted">{t("inspect.notReady")}</p>}
      <p className="muted small">{t("inspect.previewServer")}</p>
    </section>
  );
};
