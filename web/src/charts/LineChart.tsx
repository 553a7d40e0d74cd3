import { useI18n } from "../i18n/I18nProvider";
import { colorAt } from "./palette";
import { compact, niceMax, ticks } from "./scale";

export interface Series {
  name: string;
  values: number[];
}

const width = 640;
const height = 220;
const pad = { top: 12, right: 12, bottom: 28, left: 48 };

/** Hand-rolled SVG: a few hundred bytes of code instead of a chart library. */
export const LineChart = ({ title, labels, series }: { title: string; labels: string[]; series: Series[] }) => {
  const { lang } = useI18n();
  const max = niceMax(Math.max(0, ...series.flatMap((line) => line.values)));
  const plotWidth = width - pad.left - pad.right;
  const plotHeight = height - pad.top - pad.bottom;
  const x = (index: number) => pad.left + (labels.length <= 1 ? plotWidth / 2 : (index / (labels.length - 1)) * plotWidth);
  const y = (value: number) => pad.top + plotHeight - (value / max) * plotHeight;
  const every = Math.max(1, Math.ceil(labels.length / 6));
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} preserveAspectRatio="xMidYMid meet">
        {ticks(max).map((tick) => (
          <g key={tick}>
            <line x1={pad.left} x2={width - pad.right} y1={y(tick)} y2={y(tick)} className="grid" />
            <text x={pad.left - 6} y={y(tick) + 4} textAnchor="end" className="axis">
              {compact(tick, lang)}
            </text>
          </g>
        ))}
        {labels.map((label, index) =>
          index % every === 0 ? (
            <text key={label} x={x(index)} y={height - 8} textAnchor="middle" className="axis">
              {label}
            </text>
          ) : null,
        )}
        {series.map((line, seriesIndex) => (
          <g key={line.name}>
            <polyline fill="none" stroke={colorAt(seriesIndex)} strokeWidth={2} points={line.values.map((value, index) => `${x(index)},${y(value)}`).join(" ")} />
            {line.values.map((value, index) => (
              <circle key={index} cx={x(index)} cy={y(value)} r={labels.length > 40 ? 1.5 : 3} fill={colorAt(seriesIndex)} />
            ))}
          </g>
        ))}
      </svg>
      <figcaption className="legend">
        {series.map((line, index) => (
          <span key={line.name}>
            <span className="swatch" style={{ background: colorAt(index) }} aria-hidden="true" />
            {line.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
};
