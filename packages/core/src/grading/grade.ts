import type { FieldProblem } from "../errors";
import type { Bound, GradeRule, ParameterSpec, Rulebook } from "./rulebook";

export interface Measurement {
  parameter: string;
  value: number;
}

export interface OutOfPhysicalRange {
  parameter: string;
  value: number;
  min: number;
  max: number;
}

export interface NonIntegerValue {
  parameter: string;
  value: number;
}

export interface StandardFailure {
  parameter: string;
  value: number;
  min?: number;
  max?: number;
  reason: "below" | "above";
}

export interface ThresholdFailure {
  parameter: string;
  value?: number;
  min?: number;
  max?: number;
  reason: "missing" | "below" | "above";
}

export interface Shortfall {
  grade: string;
  failures: ThresholdFailure[];
}

export interface GradeOutcome {
  /** null: the batch meets no grade (rejected), or the readings could not be graded at all. */
  grade: string | null;
  missingRequired: string[];
  /**
   * Input errors. When any of these four is non-empty nothing is graded: `grade` and
   * `shortOfNextGrade` are null and `failedStandard` is empty, because a duplicated or impossible
   * reading leaves no value to judge the batch by.
   */
  unknownParameters: string[];
  duplicateParameters: string[];
  outOfPhysicalRange: OutOfPhysicalRange[];
  nonIntegerValues: NonIntegerValue[];
  /** Measured rows of the standard that failed; any entry means no grade. */
  failedStandard: StandardFailure[];
  /**
   * Like a USDA grading certificate: what kept the batch from the next higher grade (for a rejected
   * batch, the lowest grade). null at the top grade.
   */
  shortOfNextGrade: Shortfall | null;
}

interface Interval {
  min?: number;
  max?: number;
}

type EntryProblem =
  | { kind: "unknown-parameter" }
  | { kind: "duplicate"; firstIndex: number }
  | { kind: "out-of-physical-range"; spec: ParameterSpec }
  | { kind: "non-integer"; spec: ParameterSpec };

interface FaultyEntry {
  index: number;
  measurement: Measurement;
  problem: EntryProblem;
}

const specOf = (rulebook: Rulebook, parameter: string) => rulebook.parameters.find((spec) => spec.key === parameter);

const faultyEntries = (rulebook: Rulebook, measurements: readonly Measurement[]): FaultyEntry[] => {
  const firstIndexOf = new Map<string, number>();
  return measurements.flatMap((measurement, index): FaultyEntry[] => {
    const entry = (problem: EntryProblem): FaultyEntry => ({ index, measurement, problem });
    const spec = specOf(rulebook, measurement.parameter);
    const firstIndex = firstIndexOf.get(measurement.parameter);
    if (firstIndex === undefined) firstIndexOf.set(measurement.parameter, index);
    if (!spec) return [entry({ kind: "unknown-parameter" })];
    const faults: FaultyEntry[] = firstIndex === undefined ? [] : [entry({ kind: "duplicate", firstIndex })];
    const { value } = measurement;
    if (!Number.isFinite(value) || value < spec.physicalMin || value > spec.physicalMax) {
      faults.push(entry({ kind: "out-of-physical-range", spec }));
    } else if (spec.integer && !Number.isInteger(value)) {
      faults.push(entry({ kind: "non-integer", spec }));
    }
    return faults;
  });
};

const describeFault = (rulebook: Rulebook, { index, measurement, problem }: FaultyEntry): FieldProblem => {
  const path = `body.measurements.${index}`;
  switch (problem.kind) {
    case "unknown-parameter":
      return {
        path: `${path}.parameter`,
        message: `${rulebook.productId} has no parameter ${measurement.parameter}; it has ${rulebook.parameters.map((spec) => spec.key).join(", ")}`,
      };
    case "duplicate":
      return { path: `${path}.parameter`, message: `${measurement.parameter} is already measured at body.measurements.${problem.firstIndex}` };
    case "out-of-physical-range":
      return {
        path: `${path}.value`,
        message: `${problem.spec.key} reads between ${problem.spec.physicalMin} and ${problem.spec.physicalMax} ${problem.spec.unit}; ${measurement.value} cannot be a reading`,
      };
    case "non-integer":
      return { path: `${path}.value`, message: `${problem.spec.key} is a whole number on its scale, not ${measurement.value}` };
  }
};

/** Readings the rulebook cannot take at all (400): unknown keys, duplicates, impossible or fractional values. */
export const validateMeasurementInput = (rulebook: Rulebook, measurements: readonly Measurement[]): FieldProblem[] =>
  faultyEntries(rulebook, measurements).map((fault) => describeFault(rulebook, fault));

/** Required parameters not measured (422: the readings are fine, the inspection is incomplete). */
export const missingRequired = (rulebook: Rulebook, measurements: readonly Measurement[]): string[] => {
  const measured = new Set(measurements.map((measurement) => measurement.parameter));
  return rulebook.parameters.filter((spec) => spec.required && !measured.has(spec.key)).map((spec) => spec.key);
};

const distinct = (keys: string[]) => [...new Set(keys)];

const intersect = (interval: Interval, bound: Interval): Interval => {
  const min = interval.min === undefined ? bound.min : bound.min === undefined ? interval.min : Math.max(interval.min, bound.min);
  const max = interval.max === undefined ? bound.max : bound.max === undefined ? interval.max : Math.min(interval.max, bound.max);
  return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
};

/** One interval per parameter, so a parameter bounded twice (standard and grade) is judged and reported once. */
const combine = (bounds: readonly Bound[], parameters: ReadonlySet<string>) => {
  const intervals = new Map<string, Interval>();
  for (const bound of bounds) {
    if (parameters.has(bound.parameter)) intervals.set(bound.parameter, intersect(intervals.get(bound.parameter) ?? {}, bound));
  }
  return intervals;
};

/** Inclusive: a value equal to a limit meets it. */
const sideMissed = (interval: Interval, value: number): "below" | "above" | undefined => {
  if (interval.min !== undefined && value < interval.min) return "below";
  if (interval.max !== undefined && value > interval.max) return "above";
  return undefined;
};

const judge = (parameter: string, interval: Interval, value: number | undefined): ThresholdFailure | undefined => {
  if (value === undefined) return { parameter, ...interval, reason: "missing" };
  const reason = sideMissed(interval, value);
  return reason ? { parameter, value, ...interval, reason } : undefined;
};

const inRulebookOrder = <T extends { parameter: string }>(rulebook: Rulebook, items: T[]) => {
  const position = new Map(rulebook.parameters.map((spec, index) => [spec.key, index]));
  return items.sort((a, b) => (position.get(a.parameter) ?? 0) - (position.get(b.parameter) ?? 0));
};

/** Only measured rows: an unmeasured optional row is not a failure, an unmeasured required one is reported as missing. */
const failedStandardRows = (rulebook: Rulebook, values: ReadonlyMap<string, number>): StandardFailure[] => {
  const failures: StandardFailure[] = [];
  for (const [parameter, interval] of combine(rulebook.standardRequirements, new Set(values.keys()))) {
    const value = values.get(parameter);
    const reason = value === undefined ? undefined : sideMissed(interval, value);
    if (value !== undefined && reason) failures.push({ parameter, value, ...interval, reason });
  }
  return inRulebookOrder(rulebook, failures);
};

/**
 * What a grade demands of these readings: every parameter its rule names, every required parameter,
 * and the standard's rows for whatever was measured (or is required), each as one combined interval.
 */
const failuresAgainst = (rulebook: Rulebook, gradeRule: GradeRule, values: ReadonlyMap<string, number>): ThresholdFailure[] => {
  const required = rulebook.parameters.filter((spec) => spec.required).map((spec) => spec.key);
  const judged = new Set([...gradeRule.rules.map((rule) => rule.parameter), ...required, ...values.keys()]);
  const intervals = combine([...rulebook.standardRequirements, ...gradeRule.rules], judged);
  for (const parameter of [...gradeRule.rules.map((rule) => rule.parameter), ...required]) {
    if (!intervals.has(parameter)) intervals.set(parameter, {});
  }
  const failures = [...intervals].flatMap(([parameter, interval]) => judge(parameter, interval, values.get(parameter)) ?? []);
  return inRulebookOrder(rulebook, failures);
};

/**
 * The best grade (first in the rulebook) whose every rule was measured and met, provided every
 * required parameter was measured and every measured row of the standard passes. Bounds are inclusive.
 */
export const computeGrade = (rulebook: Rulebook, measurements: readonly Measurement[]): GradeOutcome => {
  const faults = faultyEntries(rulebook, measurements);
  const faultsOf = (kind: EntryProblem["kind"]) => faults.filter((fault) => fault.problem.kind === kind);
  const inputErrors = {
    unknownParameters: distinct(faultsOf("unknown-parameter").map((fault) => fault.measurement.parameter)),
    duplicateParameters: distinct(faultsOf("duplicate").map((fault) => fault.measurement.parameter)),
    outOfPhysicalRange: faults.flatMap(({ measurement, problem }) =>
      problem.kind === "out-of-physical-range" ? [{ parameter: measurement.parameter, value: measurement.value, min: problem.spec.physicalMin, max: problem.spec.physicalMax }] : [],
    ),
    nonIntegerValues: faultsOf("non-integer").map(({ measurement }) => ({ parameter: measurement.parameter, value: measurement.value })),
  };
  const missing = missingRequired(rulebook, measurements);
  if (faults.length > 0) return { grade: null, missingRequired: missing, ...inputErrors, failedStandard: [], shortOfNextGrade: null };

  const values = new Map(measurements.map((measurement) => [measurement.parameter, measurement.value]));
  const reachedIndex = rulebook.grades.findIndex((gradeRule) => failuresAgainst(rulebook, gradeRule, values).length === 0);
  const nextIndex = reachedIndex === -1 ? rulebook.grades.length - 1 : reachedIndex - 1;
  const next = rulebook.grades[nextIndex];
  return {
    grade: reachedIndex === -1 ? null : (rulebook.grades[reachedIndex]?.grade ?? null),
    missingRequired: missing,
    ...inputErrors,
    failedStandard: failedStandardRows(rulebook, values),
    shortOfNextGrade: next ? { grade: next.grade, failures: failuresAgainst(rulebook, next, values) } : null,
  };
};
