import { useI18n } from "../i18n/I18nProvider";

export interface ContributionDraft {
  key: number;
  memberName: string;
  quantity: string;
}

let nextKey = 1;

/** Which members brought how much: the cooperative pays its members from this. */
export const ContributionsEditor = ({ rows, onChange, unit }: { rows: ContributionDraft[]; onChange: (rows: ContributionDraft[]) => void; unit: string }) => {
  const { t } = useI18n();
  const update = (key: number, patch: Partial<ContributionDraft>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  return (
    <fieldset className="form-wide contributions">
      <legend>{t("batch.contributions")}</legend>
      <p className="field-hint">{t("batch.contributionsHint")}</p>
      {rows.map((row, index) => (
        <div className="contribution-row" key={row.key}>
          <div className="field">
            <label htmlFor={`member-${row.key}`}>{t("batch.memberName", { n: index + 1 })}</label>
            <input id={`member-${row.key}`} required maxLength={120} value={row.memberName} onChange={(event) => update(row.key, { memberName: event.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`member-qty-${row.key}`}>{t("batch.memberQuantity", { n: index + 1, unit: unit === "piece" ? t("unit.piece") : unit })}</label>
            <input id={`member-qty-${row.key}`} type="number" inputMode="numeric" required min={1} step={1} value={row.quantity} onChange={(event) => update(row.key, { quantity: event.target.value })} />
          </div>
          <button type="button" className="button button-small button-ghost" onClick={() => onChange(rows.filter((candidate) => candidate.key !== row.key))}>
            {t("action.remove")}
            <span className="visually-hidden"> {row.memberName || t("batch.memberName", { n: index + 1 })}</span>
          </button>
        </div>
      ))}
      <button type="button" className="button button-small button-secondary" onClick={() => onChange([...rows, { key: nextKey++, memberName: "", quantity: "" }])}>
        {t("batch.addMember")}
      </button>
    </fieldset>
  );
};
