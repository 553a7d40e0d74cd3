import { useI18n } from "../i18n/I18nProvider";
import { colorAt } from "./palette";
import { compact, niceMax } from "./scale";

export interface StackedRow {
  label: string;
  parts: { key: string; value: number }[];
}

/**
 * Horizontal bars, stacked when a row has several parts (grade distribution) and single otherwise
 * (fill rate). Horizontal, because facility-and-product labels are long and phones are narrow.
 */
export const BarChart = ({ title, rows, keys, max: fixedMax, format }: { title: string; rows: StackedRow[]; keys: string[]; max?: number; format?: (value: number) => string }) => {
  const { lang } = useI18n();
  const totals = rows.map((row) => row.parts.reduce((sum, part) => sum + part.value, 0));
  const max = fixedMax ?? niceMax(Math.max(0, ...totals));
  const rowHeight = 34;
  const labelWidth = 0;
  const width = 640;
  const height = rows.length * rowHeight + 8;
  const scale = (value: number) => (value / max) * (width - labelWidth - 80);
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title}>
        {rows.map((row, rowIndex) => {
          let offset = labelWidth;
          const top = rowIndex * rowHeight + 16;
          return (
            <g key={row.label}>
              <text x={0} y={top - 4} className="axis axis-label">
                {row.label}
              </text>
              {row.parts.map((part) => {
                const barWidth = scale(part.value);
                const rect = <rect key={part.key} x={offset} y={top} width={Math.max(0, barWidth)} height={12} fill={colorAt(keys.indexOf(part.key))} />;
                offset += barWidth;
                return rect;
              })}
              <text x={offset + 6} y={top + 10} className="axis">
                {format ? format(totals[rowIndex] ?? 0) : compact(totals[rowIndex] ?? 0, lang)}
              </text>
            </g>
          );
        })}
      </svg>
      {keys.length > 1 && (
        <figcaption className="legend">
          {keys.map((key, index) => (
            <span key={key}>
              <span className="swatch" style={{ background: colorAt(index) }} aria-hidden="true" />
              {key}
            </span>
          ))}
        </figcaption>
      )}
    </figure>
  );
};
