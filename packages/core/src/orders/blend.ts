import type { Rulebook } from "../grading";

export interface Blended {
  parameter: string;
  value: number | null;
  /** Within the rulebook's margin of a grade threshold: the pooled lot must be re-tested. */
  retestRequired: boolean;
  nearestThreshold: number | null;
}

/** The quantity-weighted average of the key parameter over what an order holds. */
export const weightedAverage = (parts: { quantity: number; value: number }[]) => {
  const quantity = parts.reduce((sum, part) => sum + part.quantity, 0);
  return quantity === 0 ? null : parts.reduce((sum, part) => sum + part.quantity * part.value, 0) / quantity;
};

/** Every grade threshold the rulebook sets on a parameter (standard rows and grade rules). */
export const thresholdsOf = (rulebook: Rulebook, parameter: string) =>
  [...rulebook.standardRequirements, ...rulebook.grades.flatMap((grade) => grade.rules)]
    .filter((bound) => bound.parameter === parameter)
    .flatMap((bound) => [bound.min, bound.max])
    .filter((limit): limit is number => limit !== undefined);

export const blendedValue = (rulebook: Rulebook, parts: { quantity: number; value: number }[]): Blended => {
  const parameter = rulebook.keyParameter;
  const raw = weightedAverage(parts);
  if (raw === null) return { parameter, value: null, retestRequired: false, nearestThreshold: null };
  const value = Math.round(raw * 1000) / 1000;
  const margin = rulebook.retestMargin[parameter] ?? 0;
  const nearest = thresholdsOf(rulebook, parameter).sort((a, b) => Math.abs(a - value) - Math.abs(b - value))[0] ?? null;
  return {
    parameter,
    value,
    retestRequired: parts.length > 1 && nearest !== null && Math.abs(value - nearest) <= margin,
    nearestThreshold: nearest,
  };
};
