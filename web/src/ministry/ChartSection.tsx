import type { ReactNode } from "react";
import { useI18n } from "../i18n/I18nProvider";

/** A chart and, right under it, the table it was drawn from: the numbers stay readable and citable. */
export const ChartSection = ({ id, title, chart, head, rows, empty }: { id: string; title: string; chart: ReactNode; head: string[]; rows: string[][]; empty?: boolean }) => {
  const { t } = useI18n();
  return (
    <section className="card chart-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {rows.length === 0 || empty ? <p className="empty">{t("ministry.noData")}</p> : chart}
      {rows.length > 0 && (
        <details>
          <summary>{t("ministry.showTable")}</summary>
          <div className="table-scroll">
            <table className="table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  {head.map((cell, index) => (
                    <th key={cell} scope="col" className={index > 0 ? "num" : undefined}>
                      {cell}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row[0]}>
                    {row.map((cell, index) =>
                      index === 0 ? (
                        <th key={index} scope="row">
                          {cell}
                        </th>
                      ) : (
                        <td key={index} className="num">
                          {cell}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </section>
  );
};
