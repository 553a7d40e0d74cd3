/**
 * The rulebook's thresholds as the products endpoint describes them, evaluated the way the core
 * rulebook does (inclusive bounds; every measured row of the standard must pass, every required
 * parameter must be measured, and a grade needs every parameter its rules name). It only shows the
 * officer the likely grade before signing: the certificate's grade is always the API's.
 */
export interface Bound {
  parameter: string;
  min?: number;
  max?: number;
}

export interface GradingRules {
  required: string[];
  standardRequirements: Bound[];
  /** Best first. */
  grades: { grade: string; rules: Bound[] }[];
}

export interface GradePreviewResult {
  grade: string | null;
  /** The next grade up and the parameters that kept the readings from it. */
  shortOf: { grade: string; parameters: string[] } | null;
}

const fails = (bound: Bound, values: Record<string, number>) => {
  const value = values[bound.parameter];
  if (value === undefined) return true;
  return (bound.min !== undefined && value < bound.min) || (bound.max !== undefined && value > bound.max);
};

export const previewGrade = (rules: GradingRules, values: Record<string, number>): GradePreviewResult => {
  const missing = rules.required.filter((key) => values[key] === undefined);
  const failedStandard = rules.standardRequirements.filter((bound) => values[bound.parameter] !== undefined && fails(bound, values)).map((bound) => bound.parameter);
  const eligible = missing.length === 0 && failedStandard.length === 0;
  const reached = eligible ? rules.grades.findIndex((grade) => grade.rules.every((bound) => !fails(bound, values))) : -1;
  const next = rules.grades[reached === -1 ? rules.grades.length - 1 : reached - 1];
  return {
    grade: reached === -1 ? null : (rules.grades[reached]?.grade ?? null),
    shortOf: next
      ? { grade: next.grade, parameters: [...new Set([...missing, ...failedStandard, ...next.rules.filter((bound) => fails(bound, values)).map((bound) => bound.parameter)])] }
      : null,
  };
};
