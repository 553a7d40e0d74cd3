import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { type Bound, computeGrade, findRulebook, type Measurement, type ParameterSpec, type Rulebook, rulebooks } from "../src/grading";

// Thousands of generated cases per test; the default 5 s is tight on a loaded machine.
vi.setConfig({ testTimeout: 60_000 });

/**
 * "Better" per parameter, from the rulebook's `better`: higher is better for patchouli alcohol,
 * lower for moisture, and for a range-bounded parameter (wood moisture, specific gravity) any move
 * towards the point every one of its thresholds admits: the middle of the tightest band.
 */

interface Interval {
  min: number;
  max: number;
}

const rulebookOf = (productId: string): Rulebook => {
  const book = findRulebook(productId);
  if (!book) throw new Error(`no rulebook for ${productId}`);
  return book;
};

const boundsOf = (book: Rulebook, parameter: string): Bound[] =>
  [...book.standardRequirements, ...book.grades.flatMap((grade) => grade.rules)].filter((bound) => bound.parameter === parameter);

/** Where every threshold on the parameter is met, within what can be read. */
const commonBand = (book: Rulebook, spec: ParameterSpec): Interval =>
  boundsOf(book, spec.key).reduce(
    (band, bound) => ({ min: Math.max(band.min, bound.min ?? -Infinity), max: Math.min(band.max, bound.max ?? Infinity) }),
    { min: spec.physicalMin, max: spec.physicalMax },
  );

/** A reading every threshold on the parameter admits (a whole number on a whole-number scale). */
const safeValue = (spec: ParameterSpec, band: Interval) => {
  const middle = (band.min + band.max) / 2;
  return spec.integer ? Math.min(Math.ceil(middle), Math.floor(band.max)) : middle;
};

/** The far end of "better": where improving a reading heads. */
const bestValue = (book: Rulebook, spec: ParameterSpec) => {
  switch (spec.better) {
    case "higher":
      return spec.physicalMax;
    case "lower":
      return spec.physicalMin;
    case "range":
      return safeValue(spec, commonBand(book, spec));
  }
};

const clampTo = (spec: ParameterSpec, value: number) => Math.min(spec.physicalMax, Math.max(spec.physicalMin, value));

/** Thresholds and the values just either side of them: where a wrong comparison shows. */
const interestingValues = (book: Rulebook, spec: ParameterSpec) => {
  const stepAt = (limit: number) => (spec.integer ? 1 : Math.max(1e-4, Math.abs(limit) * 1e-4));
  const limits = boundsOf(book, spec.key).flatMap((bound) => [bound.min, bound.max].filter((limit): limit is number => limit !== undefined));
  const candidates = [spec.physicalMin, spec.physicalMax, ...limits.flatMap((limit) => [limit - stepAt(limit), limit, limit + stepAt(limit)])];
  return [...new Set(candidates.map((value) => clampTo(spec, value)))];
};

const readingArbitrary = (book: Rulebook, spec: ParameterSpec): fc.Arbitrary<number> => {
  const anywhere = spec.integer
    ? fc.integer({ min: spec.physicalMin, max: spec.physicalMax })
    : fc.double({ min: spec.physicalMin, max: spec.physicalMax, noNaN: true, noDefaultInfinity: true }).map((value) => (Object.is(value, -0) ? 0 : value));
  const band = commonBand(book, spec);
  const low = spec.integer ? Math.ceil(band.min) : band.min;
  const high = spec.integer ? Math.floor(band.max) : band.max;
  // A broken rulebook (the ones these tests must catch) may leave no value every threshold admits.
  const insideEveryThreshold =
    low > high ? anywhere : spec.integer ? fc.integer({ min: low, max: high }) : fc.double({ min: low, max: high, noNaN: true, noDefaultInfinity: true });
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...interestingValues(book, spec)) },
    { weight: 3, arbitrary: insideEveryThreshold },
    { weight: 1, arbitrary: anywhere },
  );
};

type Readings = Record<string, number | undefined>;

/** Valid input only (known keys, once each, readable values); a required parameter is sometimes missing. */
const readingsArbitrary = (book: Rulebook): fc.Arbitrary<Readings> =>
  fc.record(
    Object.fromEntries(
      book.parameters.map((spec) => [spec.key, fc.option(readingArbitrary(book, spec), { nil: undefined, freq: spec.required ? 12 : 2 })]),
    ),
  );

const measurementsOf = (readings: Readings): Measurement[] =>
  Object.entries(readings).flatMap(([parameter, value]) => (value === undefined ? [] : [{ parameter, value }]));

/** Rejected ranks after every grade. */
const rankOf = (book: Rulebook, readings: Readings) => {
  const { grade } = computeGrade(book, measurementsOf(readings));
  return grade === null ? book.grades.length : book.grades.findIndex((candidate) => candidate.grade === grade);
};

/** A reading between `from` and the parameter's best, ends included. */
const improvedArbitrary = (book: Rulebook, spec: ParameterSpec, from: number): fc.Arbitrary<number> => {
  const best = bestValue(book, spec);
  const low = Math.min(from, best);
  const high = Math.max(from, best);
  const between = spec.integer
    ? fc.integer({ min: Math.ceil(low), max: Math.floor(high) })
    : fc.double({ min: low, max: high, noNaN: true, noDefaultInfinity: true });
  const thresholdsBetween = interestingValues(book, spec).filter((value) => value >= low && value <= high && (!spec.integer || Number.isInteger(value)));
  return fc.oneof(between, fc.constantFrom(from, best, ...thresholdsBetween));
};

/** One measured parameter improved, everything else equal. */
const improvementArbitrary = (book: Rulebook) =>
  readingsArbitrary(book).chain((readings) => {
    const measured = book.parameters.filter((spec) => readings[spec.key] !== undefined);
    if (measured.length === 0) return fc.constant({ readings, improved: readings, parameter: "(none)" });
    return fc.constantFrom(...measured).chain((spec) =>
      improvedArbitrary(book, spec, readings[spec.key] as number).map((value) => ({ readings, improved: { ...readings, [spec.key]: value }, parameter: spec.key })),
    );
  });

const betterNeverWorse = (book: Rulebook) =>
  fc.property(improvementArbitrary(book), ({ readings, improved }) => rankOf(book, improved) <= rankOf(book, readings));

/**
 * The grading rules of GRADING.md written out the plainest way, to judge `computeGrade` against:
 * required measured, every measured standard row met, then the first grade whose rules are all
 * measured and met.
 */
const referenceGrade = (book: Rulebook, readings: Readings): string | null => {
  const meets = (bound: Bound) => {
    const value = readings[bound.parameter];
    return value !== undefined && (bound.min === undefined || value >= bound.min) && (bound.max === undefined || value <= bound.max);
  };
  if (book.parameters.some((spec) => spec.required && readings[spec.key] === undefined)) return null;
  if (book.standardRequirements.some((bound) => readings[bound.parameter] !== undefined && !meets(bound))) return null;
  return book.grades.find((grade) => grade.rules.every(meets))?.grade ?? null;
};

describe.each(rulebooks.map((book) => ({ productId: book.productId, book })))("$productId grading, for any valid readings", ({ book }) => {
  it("never gives a worse grade for a better reading of one parameter, everything else equal", () => {
    fc.assert(betterNeverWorse(book), { numRuns: 2000 });
  });

  const optional = book.parameters.filter((spec) => !spec.required);
  if (optional.length > 0) it("never gives a worse grade for also measuring an optional parameter at a value every threshold admits", () => {
    fc.assert(
      fc.property(readingsArbitrary(book), fc.constantFrom(...optional), (readings, spec) => {
        const without = { ...readings, [spec.key]: undefined };
        const withIt = { ...readings, [spec.key]: safeValue(spec, commonBand(book, spec)) };
        expect(rankOf(book, withIt)).toBeLessThanOrEqual(rankOf(book, without));
      }),
      { numRuns: 1000 },
    );
  });

  it("agrees with the plainest reading of the rules", () => {
    fc.assert(
      fc.property(readingsArbitrary(book), (readings) => {
        expect(computeGrade(book, measurementsOf(readings)).grade).toBe(referenceGrade(book, readings));
      }),
      { numRuns: 2000 },
    );
  });

  it("names a next grade exactly one up, and fixing what it names reaches that grade", () => {
    fc.assert(
      fc.property(readingsArbitrary(book), (readings) => {
        const outcome = computeGrade(book, measurementsOf(readings));
        const rank = rankOf(book, readings);
        if (rank === 0) {
          expect(outcome.shortOfNextGrade).toBeNull();
          return;
        }
        const shortfall = outcome.shortOfNextGrade;
        expect(shortfall?.grade).toBe(book.grades[rank - 1]?.grade);
        expect(shortfall?.failures.length).toBeGreaterThan(0);
        const fixed = { ...readings };
        for (const failure of shortfall?.failures ?? []) {
          const spec = book.parameters.find((candidate) => candidate.key === failure.parameter) as ParameterSpec;
          fixed[failure.parameter] = safeValue(spec, { min: failure.min ?? spec.physicalMin, max: failure.max ?? spec.physicalMax });
        }
        expect(rankOf(book, fixed)).toBeLessThanOrEqual(rank - 1);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("the generated readings", () => {
  it("reach every grade and rejection, so the properties are not vacuous", () => {
    for (const book of rulebooks) {
      const seen = new Set(fc.sample(readingsArbitrary(book), { numRuns: 3000, seed: 2026 }).map((readings) => computeGrade(book, measurementsOf(readings)).grade));
      expect([...seen].sort(), book.productId).toEqual([...book.grades.map((grade) => grade.grade), null].sort());
    }
  });
});

describe("the monotonicity property", () => {
  // Seeded, so that "it fails" is a fact of this test rather than of a lucky run.
  const failsOn = (book: Rulebook) => fc.check(betterNeverWorse(book), { numRuns: 2000, seed: 7 }).failed;

  it("catches beef's marbling bands read literally (Mutu II 5 - 8, Mutu III 1 - 4)", () => {
    const beef = rulebookOf("beef");
    const literalBands: Record<string, Interval> = { "Mutu II": { min: 5, max: 8 }, "Mutu III": { min: 1, max: 4 } };
    const literal: Rulebook = {
      ...beef,
      grades: beef.grades.map((grade) => ({
        ...grade,
        rules: grade.rules.map((rule) => (rule.parameter === "marbling" && literalBands[grade.grade] ? { ...rule, ...literalBands[grade.grade] } : rule)),
      })),
    };
    expect(failsOn(literal)).toBe(true);
  });

  it("catches a parameter whose better direction is declared the wrong way round", () => {
    const furniture = rulebookOf("teak-furniture");
    const upsideDown: Rulebook = {
      ...furniture,
      parameters: furniture.parameters.map((spec) => (spec.key === "finishDefects" ? { ...spec, better: "higher" } : spec)),
    };
    expect(failsOn(upsideDown)).toBe(true);
  });

  it("catches a floor on a parameter that is better lower", () => {
    const patchouli = rulebookOf("patchouli-oil");
    const flooredCopaene: Rulebook = {
      ...patchouli,
      grades: [
        { grade: "PA-35", rules: [{ parameter: "patchouliAlcohol", min: 35, basis: "trade-grade" }, { parameter: "alphaCopaene", min: 0.1, max: 0.5, basis: "trade-grade" }] },
        ...patchouli.grades.slice(1),
      ],
    };
    expect(failsOn(flooredCopaene)).toBe(true);
  });
});
