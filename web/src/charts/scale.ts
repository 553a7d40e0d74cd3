/** A "nice" upper bound (1, 2, 2.5, 5 × 10^n) so axis ticks land on round numbers. */
export const niceMax = (value: number) => {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((candidate) => candidate * magnitude >= value) ?? 10;
  return step * magnitude;
};

export const ticks = (max: number, count = 4) => Array.from({ length: count + 1 }, (_, index) => (max / count) * index);

/** Short axis labels: 1.250.000 -> 1,3 jt; the table below a chart has the exact figures. */
export const compact = (value: number, lang: "id" | "en") =>
  new Intl.NumberFormat(lang === "id" ? "id-ID" : "en-GB", { notation: "compact", maximumFractionDigits: 1 }).format(value);
