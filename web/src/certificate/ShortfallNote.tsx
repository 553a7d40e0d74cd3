import type { Certificate, Product } from "../api/types";
import { useI18n } from "../i18n/I18nProvider";
import { useFormat } from "../i18n/useFormat";
import { parameterName } from "../reference/names";

/** Like a USDA grading certificate: below the top grade, say what kept the batch from the next one. */
export const ShortfallNote = ({ certificate, product }: { certificate: Certificate; product: Product | undefined }) => {
  const { t, lang } = useI18n();
  const format = useFormat();
  const shortfall = certificate.shortOfNextGrade;
  if (!shortfall || shortfall.failures.length === 0) return null;
  const name = (key: string) => {
    const parameter = product?.parameters.find((candidate) => candidate.key === key);
    return parameter ? parameterName(parameter, lang) : key;
  };
  return (
    <section className="card shortfall" aria-labelledby="shortfall-heading">
      <h2 id="shortfall-heading">{t("certificate.shortfall", { grade: shortfall.grade })}</h2>
      <ul>
        {shortfall.failures.map((failure) => (
          <li key={`${failure.parameter}-${failure.reason}`}>
            <strong>{name(failure.parameter)}</strong>:{" "}
            {failure.reason === "missing"
              ? t("shortfall.missing")
              : failure.reason === "below"
                ? t("shortfall.below", { value: format.number(failure.value ?? 0), limit: format.number(failure.min ?? 0) })
                : t("shortfall.above", { value: format.number(failure.value ?? 0), limit: format.number(failure.max ?? 0) })}
          </li>
        ))}
      </ul>
    </section>
  );
};
