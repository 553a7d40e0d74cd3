import type { Bound, Rulebook } from "./rulebook";

const versionPattern = /^\d+(\.\d+)*$/;

const boundText = (bound: { min?: number; max?: number }) => `[${bound.min ?? "-inf"}, ${bound.max ?? "inf"}]`;

const isWithin = (inner: { min?: number; max?: number }, outer: { min?: number; max?: number }) =>
  (outer.min === undefined || (inner.min !== undefined && inner.min >= outer.min)) &&
  (outer.max === undefined || (inner.max !== undefined && inner.max <= outer.max));

const intervalOf = (bounds: readonly Bound[], parameter: string) =>
  bounds
    .filter((bound) => bound.parameter === parameter)
    .reduce<{ min?: number; max?: number }>(
      (interval, bound) => ({
        ...(interval.min === undefined && bound.min === undefined ? {} : { min: Math.max(interval.min ?? -Infinity, bound.min ?? -Infinity) }),
        ...(interval.max === undefined && bound.max === undefined ? {} : { max: Math.min(interval.max ?? Infinity, bound.max ?? Infinity) }),
      }),
      {},
    );

/**
 * Mistakes a rulebook's data can make that grading would not notice on its own. Adding a product is
 * adding data, so the data is checked: every rulebook in the history must come back with no problems.
 * The last two checks are what keeps "a better reading never earns a worse grade" true.
 */
export const rulebookProblems = (rulebook: Rulebook): string[] => {
  const problems: string[] = [];
  const specs = new Map(rulebook.parameters.map((spec) => [spec.key, spec]));
  if (!versionPattern.test(rulebook.version)) problems.push(`version ${rulebook.version} is not dot-separated numbers`);
  if (specs.size !== rulebook.parameters.length) problems.push("parameter keys repeat");
  for (const spec of rulebook.parameters) {
    if (!(spec.physicalMin < spec.physicalMax)) problems.push(`${spec.key}: physical range ${spec.physicalMin}..${spec.physicalMax} is empty`);
  }
  if (rulebook.grades.length === 0) problems.push("no grades");
  if (new Set(rulebook.grades.map((grade) => grade.grade)).size !== rulebook.grades.length) problems.push("grade names repeat");

  const allBounds = [...rulebook.standardRequirements, ...rulebook.grades.flatMap((grade) => grade.rules)];
  for (const bound of allBounds) {
    const spec = specs.get(bound.parameter);
    if (!spec) {
      problems.push(`a threshold names unknown parameter ${bound.parameter}`);
      continue;
    }
    if (bound.min === undefined && bound.max === undefined) problems.push(`${bound.parameter}: a threshold with neither min nor max`);
    if (bound.min !== undefined && bound.max !== undefined && bound.min > bound.max) problems.push(`${bound.parameter}: ${boundText(bound)} admits nothing`);
    for (const limit of [bound.min, bound.max]) {
      if (limit !== undefined && (limit < spec.physicalMin || limit > spec.physicalMax)) {
        problems.push(`${bound.parameter}: limit ${limit} lies outside what can be read (${spec.physicalMin}..${spec.physicalMax})`);
      }
    }
    if (spec.better === "higher" && bound.max !== undefined && bound.max < spec.physicalMax) {
      problems.push(`${bound.parameter} is better higher, yet a threshold caps it at ${bound.max}`);
    }
    if (spec.better === "lower" && bound.min !== undefined && bound.min > spec.physicalMin) {
      problems.push(`${bound.parameter} is better lower, yet a threshold floors it at ${bound.min}`);
    }
  }
  for (const spec of rulebook.parameters.filter((candidate) => candidate.better === "range")) {
    const common = intervalOf(allBounds, spec.key);
    if (common.min !== undefined && common.max !== undefined && common.min > common.max) {
      problems.push(`${spec.key} is best inside a band, yet its thresholds share no value: moving towards one band leaves another`);
    }
  }
  rulebook.grades.forEach((higher, index) => {
    const lower = rulebook.grades[index + 1];
    if (!lower) return;
    for (const parameter of new Set(lower.rules.map((rule) => rule.parameter))) {
      const demanded = intervalOf(higher.rules, parameter);
      const enough = intervalOf(lower.rules, parameter);
      if (!higher.rules.some((rule) => rule.parameter === parameter) || !isWithin(demanded, enough)) {
        problems.push(`${higher.grade} does not demand at least what ${lower.grade} demands of ${parameter}: ${boundText(demanded)} against ${boundText(enough)}`);
      }
    }
  });

  if (!specs.has(rulebook.keyParameter)) problems.push(`key parameter ${rulebook.keyParameter} is not a parameter`);
  if (rulebook.retestMargin[rulebook.keyParameter] === undefined) problems.push(`no retest margin for key parameter ${rulebook.keyParameter}`);
  for (const [parameter, margin] of Object.entries(rulebook.retestMargin)) {
    if (!specs.has(parameter)) problems.push(`retest margin for unknown parameter ${parameter}`);
    if (!(margin > 0)) problems.push(`retest margin for ${parameter} must be positive`);
  }
  return problems;
};
