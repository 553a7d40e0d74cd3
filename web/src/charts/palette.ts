/** Colour-blind-safe (Okabe–Ito) and dark enough for text contrast on white. */
export const palette = ["#0b4f6c", "#d55e00", "#009e73", "#cc79a7", "#0072b2", "#8a6d00", "#56514b", "#b04a5a"];
export const colorAt = (index: number) => palette[index % palette.length] as string;
