import { describe, expect, it } from "vitest";
import {
  compareVersions,
  computeGrade,
  findRulebook,
  findRulebookIn,
  gradeRank,
  isKnownGrade,
  latestRulebooks,
  meetsMinGrade,
  missingRequired,
  productSummary,
  type Rulebook,
  rulebookHistory,
  rulebookProblems,
  rulebooks,
  validateMeasurementInput,
} from "../src/grading";
import { ProductSchema } from "../src/schemas/product";

const rulebookOf = (productId: string): Rulebook => {
  const book = findRulebook(productId);
  if (!book) throw new Error(`no rulebook for ${productId}`);
  return book;
};

/** `undefined` leaves a parameter unmeasured. */
type Readings = Record<string, number | undefined>;

const measurementsOf = (readings: Readings) =>
  Object.entries(readings).flatMap(([parameter, value]) => (value === undefined ? [] : [{ parameter, value }]));

const gradeOf = (productId: string, readings: Readings) => computeGrade(rulebookOf(productId), measurementsOf(readings)).grade;

const describeChange = (change: Readings) =>
  Object.entries(change)
    .map(([parameter, value]) => `${parameter} ${value === undefined ? "unmeasured" : value}`)
    .join(", ");

/** A batch comfortably inside the top grade, with every parameter (optional ones too) measured. */
const topGradeBaselines: Record<string, Readings> = {
  "patchouli-oil": {
    patchouliAlcohol: 36,
    alphaCopaene: 0.2,
    specificGravity: 0.96,
    refractiveIndex: 1.51,
    acidNumber: 4,
    esterNumber: 8,
    opticalRotation: -55,
    iron: 10,
    ethanolSolubility: 1,
  },
  "coco-fiber": { fiberLength: 12, moisture: 12, impurities: 2 },
  "teak-furniture": { woodMoisture: 10, svlkCertificate: 1, finishDefects: 0, jointStrength: 1 },
  beef: { meatColour: 3, fatColour: 2, marbling: 10, texture: 1, halal: 1 },
  "ginger-simplisia": { moisture: 9, essentialOil: 2, lead: 1, cadmium: 0.1, totalPlateCount: 1000, yeastMould: 100 },
};

const baselineOf = (productId: string): Readings => {
  const baseline = topGradeBaselines[productId];
  if (!baseline) throw new Error(`no baseline for ${productId}`);
  return baseline;
};

/** [change from the baseline, expected grade]; null is rejected. Each threshold on both sides. */
const boundaryCases: Record<string, [Readings, string | null][]> = {
  "patchouli-oil": [
    [{}, "PA-35"],
    // Trade grades on patchouli alcohol, and the SNI's own floor.
    [{ patchouliAlcohol: 35 }, "PA-35"],
    [{ patchouliAlcohol: 34.99 }, "PA-32"],
    [{ patchouliAlcohol: 32 }, "PA-32"],
    [{ patchouliAlcohol: 31.99 }, "SNI"],
    [{ patchouliAlcohol: 30 }, "SNI"],
    [{ patchouliAlcohol: 29.99 }, null],
    // Every other SNI row fails the batch whatever its patchouli alcohol.
    [{ alphaCopaene: 0.5 }, "PA-35"],
    [{ alphaCopaene: 0.51 }, null],
    [{ specificGravity: 0.95 }, "PA-35"],
    [{ specificGravity: 0.9499 }, null],
    [{ specificGravity: 0.975 }, "PA-35"],
    [{ specificGravity: 0.9751 }, null],
    [{ refractiveIndex: 1.507 }, "PA-35"],
    [{ refractiveIndex: 1.5069 }, null],
    [{ refractiveIndex: 1.515 }, "PA-35"],
    [{ refractiveIndex: 1.5151 }, null],
    [{ acidNumber: 8 }, "PA-35"],
    [{ acidNumber: 8.01 }, null],
    [{ esterNumber: 20 }, "PA-35"],
    [{ esterNumber: 20.01 }, null],
    [{ opticalRotation: -48 }, "PA-35"],
    [{ opticalRotation: -47.99 }, null],
    [{ opticalRotation: -65 }, "PA-35"],
    [{ opticalRotation: -65.01 }, null],
    [{ iron: 25 }, "PA-35"],
    [{ iron: 25.01 }, null],
    [{ ethanolSolubility: 0 }, null],
    // Exporters' preference (acid <= 5, ester <= 10) is a buyer norm, not the SNI: it grades nothing.
    [{ acidNumber: 5.01, esterNumber: 10.01 }, "PA-35"],
    // Unmeasured optional rows are not checked; unmeasured required rows reject.
    [{ acidNumber: undefined, esterNumber: undefined, opticalRotation: undefined, iron: undefined, ethanolSolubility: undefined }, "PA-35"],
    [{ patchouliAlcohol: undefined }, null],
    [{ alphaCopaene: undefined }, null],
    [{ specificGravity: undefined }, null],
    [{ refractiveIndex: undefined }, null],
  ],
  "coco-fiber": [
    [{}, "A"],
    [{ fiberLength: 10 }, "A"],
    [{ fiberLength: 9.99 }, "B"],
    [{ fiberLength: 5 }, "B"],
    [{ fiberLength: 4.99 }, "C"],
    [{ fiberLength: 2 }, "C"],
    [{ fiberLength: 1.99 }, null],
    [{ moisture: 15 }, "A"],
    [{ moisture: 15.01 }, "B"],
    [{ moisture: 18 }, "B"],
    [{ moisture: 18.01 }, null],
    [{ fiberLength: 3, moisture: 18 }, "C"],
    [{ impurities: 3 }, "A"],
    [{ impurities: 3.01 }, "B"],
    [{ impurities: 5 }, "B"],
    [{ impurities: 5.01 }, "C"],
    [{ impurities: 8 }, "C"],
    [{ impurities: 8.01 }, null],
    [{ fiberLength: undefined }, null],
    [{ moisture: undefined }, null],
    [{ impurities: undefined }, null],
  ],
  "teak-furniture": [
    [{}, "Export"],
    [{ woodMoisture: 8 }, "Export"],
    [{ woodMoisture: 7.99 }, "Domestic"],
    [{ woodMoisture: 12 }, "Export"],
    [{ woodMoisture: 12.01 }, "Domestic"],
    [{ woodMoisture: 14 }, "Domestic"],
    [{ woodMoisture: 14.01 }, null],
    [{ finishDefects: 1 }, "Domestic"],
    [{ finishDefects: 2 }, "Domestic"],
    [{ finishDefects: 3 }, null],
    [{ jointStrength: 0 }, "Domestic"],
    [{ jointStrength: undefined }, "Domestic"],
    // Without a legality document no grade at all, however good the piece.
    [{ svlkCertificate: 0 }, null],
    [{ woodMoisture: undefined }, null],
    [{ svlkCertificate: undefined }, null],
    [{ finishDefects: undefined }, null],
  ],
  beef: [
    [{}, "Mutu I"],
    [{ meatColour: 1 }, "Mutu I"],
    [{ meatColour: 5 }, "Mutu I"],
    [{ meatColour: 6 }, "Mutu III"],
    [{ meatColour: 9 }, "Mutu III"],
    [{ fatColour: 3 }, "Mutu I"],
    [{ fatColour: 4 }, "Mutu III"],
    [{ fatColour: 9 }, "Mutu III"],
    [{ marbling: 12 }, "Mutu I"],
    [{ marbling: 9 }, "Mutu I"],
    [{ marbling: 8 }, "Mutu II"],
    [{ marbling: 5 }, "Mutu II"],
    [{ marbling: 4 }, "Mutu III"],
    [{ marbling: 1 }, "Mutu III"],
    [{ texture: 2 }, "Mutu II"],
    [{ texture: 3 }, "Mutu III"],
    [{ marbling: 8, texture: 2 }, "Mutu II"],
    [{ marbling: 5, texture: 3 }, "Mutu III"],
    // Table 4's marbling bands are graded as floors: abundant marbling with medium texture is Mutu II.
    [{ marbling: 12, texture: 2 }, "Mutu II"],
    [{ marbling: 9, meatColour: 6 }, "Mutu III"],
    [{ halal: 0 }, null],
    [{ meatColour: undefined }, null],
    [{ fatColour: undefined }, null],
    [{ marbling: undefined }, null],
    [{ texture: undefined }, null],
    [{ halal: undefined }, null],
  ],
  "ginger-simplisia": [
    [{}, "Pharma"],
    [{ moisture: 10 }, "Pharma"],
    [{ moisture: 10.01 }, "Food"],
    [{ moisture: 12 }, "Food"],
    [{ moisture: 12.01 }, null],
    [{ essentialOil: 1.5 }, "Pharma"],
    [{ essentialOil: 1.49 }, null],
    [{ lead: 10 }, "Pharma"],
    [{ lead: 10.01 }, "Food"],
    [{ cadmium: 0.3 }, "Pharma"],
    [{ cadmium: 0.31 }, "Food"],
    [{ totalPlateCount: 1_000_000 }, "Pharma"],
    [{ totalPlateCount: 1_000_001 }, "Food"],
    [{ yeastMould: 10_000 }, "Pharma"],
    [{ yeastMould: 10_001 }, "Food"],
    // Food (SNI) has no contaminant rows: BPOM's limits only decide Pharma.
    [{ lead: 50, totalPlateCount: 1e9 }, "Food"],
    // Food, not Pharma, without lead and microbe counts.
    [{ lead: undefined, cadmium: undefined, totalPlateCount: undefined, yeastMould: undefined }, "Food"],
    [{ lead: undefined }, "Food"],
    [{ yeastMould: undefined }, "Food"],
    [{ moisture: undefined }, null],
    [{ essentialOil: undefined }, null],
  ],
};

describe("grades at every threshold of GRADING.md, on both sides", () => {
  for (const [productId, cases] of Object.entries(boundaryCases)) {
    describe(productId, () => {
      it.each(cases.map(([change, grade]) => ({ change, grade, label: describeChange(change) || "baseline" })))(
        "$label -> $grade",
        ({ change, grade }) => {
          expect(gradeOf(productId, { ...baselineOf(productId), ...change })).toBe(grade);
        },
      );
    });
  }

  it("covers every product", () => {
    expect(Object.keys(boundaryCases).sort()).toEqual(rulebooks.map((book) => book.productId).sort());
  });
});

describe("what a certificate says about the grade it did not reach", () => {
  const patchouli = baselineOf("patchouli-oil");

  it("names nothing at the top grade", () => {
    expect(computeGrade(rulebookOf("patchouli-oil"), measurementsOf(patchouli)).shortOfNextGrade).toBeNull();
  });

  it("names the parameter, its value and the threshold of the next grade up", () => {
    const outcome = computeGrade(rulebookOf("patchouli-oil"), measurementsOf({ ...patchouli, patchouliAlcohol: 33 }));
    expect(outcome.grade).toBe("PA-32");
    expect(outcome.shortOfNextGrade).toEqual({ grade: "PA-35", failures: [{ parameter: "patchouliAlcohol", value: 33, min: 35, reason: "below" }] });
  });

  it("for a rejected batch, names what kept it from the lowest grade: failed standard rows and missing required ones", () => {
    const outcome = computeGrade(rulebookOf("patchouli-oil"), measurementsOf({ ...patchouli, patchouliAlcohol: 36, alphaCopaene: undefined, iron: 30 }));
    expect(outcome.grade).toBeNull();
    expect(outcome.missingRequired).toEqual(["alphaCopaene"]);
    expect(outcome.failedStandard).toEqual([{ parameter: "iron", value: 30, max: 25, reason: "above" }]);
    expect(outcome.shortOfNextGrade).toEqual({
      grade: "SNI",
      failures: [
        { parameter: "alphaCopaene", max: 0.5, reason: "missing" },
        { parameter: "iron", value: 30, max: 25, reason: "above" },
      ],
    });
  });

  it("reports a parameter bound by both the standard and the grade once, at the stricter limit", () => {
    const outcome = computeGrade(rulebookOf("patchouli-oil"), measurementsOf({ ...patchouli, patchouliAlcohol: 29 }));
    expect(outcome.failedStandard).toEqual([{ parameter: "patchouliAlcohol", value: 29, min: 30, reason: "below" }]);
    expect(outcome.shortOfNextGrade?.failures).toEqual([{ parameter: "patchouliAlcohol", value: 29, min: 30, reason: "below" }]);
  });

  it("lists what Pharma needs when lead and microbes were not measured", () => {
    const outcome = computeGrade(rulebookOf("ginger-simplisia"), measurementsOf({ moisture: 11, essentialOil: 2, cadmium: 0.1 }));
    expect(outcome.grade).toBe("Food");
    expect(outcome.shortOfNextGrade).toEqual({
      grade: "Pharma",
      failures: [
        { parameter: "moisture", value: 11, max: 10, reason: "above" },
        { parameter: "lead", max: 10, reason: "missing" },
        { parameter: "totalPlateCount", max: 1_000_000, reason: "missing" },
        { parameter: "yeastMould", max: 10_000, reason: "missing" },
      ],
    });
  });

  it("gives the whole band a range-bounded parameter must sit in", () => {
    const outcome = computeGrade(rulebookOf("teak-furniture"), measurementsOf({ woodMoisture: 13, svlkCertificate: 1, finishDefects: 1 }));
    expect(outcome.grade).toBe("Domestic");
    expect(outcome.shortOfNextGrade).toEqual({
      grade: "Export",
      failures: [
        { parameter: "woodMoisture", value: 13, min: 8, max: 12, reason: "above" },
        { parameter: "finishDefects", value: 1, max: 0, reason: "above" },
        { parameter: "jointStrength", min: 1, reason: "missing" },
      ],
    });
  });

  it("names only the one grade up, not the top grade", () => {
    const outcome = computeGrade(rulebookOf("coco-fiber"), measurementsOf({ fiberLength: 3, moisture: 17, impurities: 7 }));
    expect(outcome.grade).toBe("C");
    expect(outcome.shortOfNextGrade).toEqual({
      grade: "B",
      failures: [
        { parameter: "fiberLength", value: 3, min: 5, reason: "below" },
        { parameter: "impurities", value: 7, max: 5, reason: "above" },
      ],
    });
  });

  it("names the regulation row for a beef batch without halal certificate", () => {
    const outcome = computeGrade(rulebookOf("beef"), measurementsOf({ ...baselineOf("beef"), halal: 0 }));
    expect(outcome.failedStandard).toEqual([{ parameter: "halal", value: 0, min: 1, reason: "below" }]);
    expect(outcome.shortOfNextGrade).toEqual({ grade: "Mutu III", failures: [{ parameter: "halal", value: 0, min: 1, reason: "below" }] });
  });

  it("names texture for a Mutu II beef batch", () => {
    const outcome = computeGrade(rulebookOf("beef"), measurementsOf({ ...baselineOf("beef"), texture: 2 }));
    expect(outcome.shortOfNextGrade).toEqual({ grade: "Mutu I", failures: [{ parameter: "texture", value: 2, min: 1, max: 1, reason: "above" }] });
  });
});

describe("measurement input", () => {
  const patchouli = rulebookOf("patchouli-oil");
  const beef = rulebookOf("beef");

  it("accepts every baseline as it is", () => {
    for (const book of rulebooks) {
      expect(validateMeasurementInput(book, measurementsOf(baselineOf(book.productId)))).toEqual([]);
    }
  });

  it("refuses a parameter the product does not have, naming the ones it has", () => {
    const problems = validateMeasurementInput(patchouli, [{ parameter: "marbling", value: 5 }]);
    expect(problems).toEqual([{ path: "body.measurements.0.parameter", message: expect.stringContaining("patchouliAlcohol, alphaCopaene") }]);
  });

  it("refuses a parameter measured twice, even with the same value", () => {
    const problems = validateMeasurementInput(patchouli, [
      { parameter: "patchouliAlcohol", value: 33 },
      { parameter: "iron", value: 3 },
      { parameter: "patchouliAlcohol", value: 33 },
    ]);
    expect(problems).toEqual([{ path: "body.measurements.2.parameter", message: "patchouliAlcohol is already measured at body.measurements.0" }]);
  });

  it.each([
    ["patchouli-oil", "patchouliAlcohol", -0.01],
    ["patchouli-oil", "patchouliAlcohol", 100.01],
    ["patchouli-oil", "specificGravity", 95],
    ["coco-fiber", "moisture", -1],
    ["beef", "marbling", 13],
    ["beef", "marbling", 0],
    ["beef", "texture", 4],
    ["beef", "halal", 2],
    ["ginger-simplisia", "lead", -0.5],
    ["teak-furniture", "finishDefects", -1],
    ["patchouli-oil", "iron", Number.NaN],
    ["patchouli-oil", "iron", Number.POSITIVE_INFINITY],
  ])("refuses %s %s = %d as outside what can be read", (productId, parameter, value) => {
    const problems = validateMeasurementInput(rulebookOf(productId), [{ parameter, value }]);
    expect(problems).toEqual([{ path: "body.measurements.0.value", message: expect.stringContaining("reads between") }]);
  });

  it("accepts the physical limits themselves", () => {
    expect(validateMeasurementInput(beef, [{ parameter: "marbling", value: 12 }, { parameter: "meatColour", value: 1 }, { parameter: "halal", value: 0 }])).toEqual([]);
    expect(validateMeasurementInput(patchouli, [{ parameter: "patchouliAlcohol", value: 100 }, { parameter: "alphaCopaene", value: 0 }])).toEqual([]);
  });

  it.each([
    ["beef", "marbling", 9.5],
    ["beef", "halal", 0.5],
    ["teak-furniture", "finishDefects", 1.2],
    ["patchouli-oil", "ethanolSolubility", 0.9],
  ])("refuses a fraction on a whole-number scale: %s %s = %d", (productId, parameter, value) => {
    expect(validateMeasurementInput(rulebookOf(productId), [{ parameter, value }])).toEqual([
      { path: "body.measurements.0.value", message: expect.stringContaining("whole number") },
    ]);
  });

  it("accepts fractions where the scale is continuous", () => {
    expect(validateMeasurementInput(patchouli, [{ parameter: "patchouliAlcohol", value: 33.27 }])).toEqual([]);
  });

  it("reports every problem, each at its own index", () => {
    const problems = validateMeasurementInput(beef, [
      { parameter: "colour", value: 3 },
      { parameter: "marbling", value: 13 },
      { parameter: "texture", value: 1.5 },
      { parameter: "marbling", value: 9 },
    ]);
    expect(problems.map((problem) => problem.path)).toEqual([
      "body.measurements.0.parameter",
      "body.measurements.1.value",
      "body.measurements.2.value",
      "body.measurements.3.parameter",
    ]);
  });

  it("lists required parameters not measured, in rulebook order", () => {
    expect(missingRequired(patchouli, [{ parameter: "refractiveIndex", value: 1.51 }, { parameter: "iron", value: 3 }])).toEqual([
      "patchouliAlcohol",
      "alphaCopaene",
      "specificGravity",
    ]);
    expect(missingRequired(patchouli, measurementsOf(baselineOf("patchouli-oil")))).toEqual([]);
  });

  it("grades nothing when the input itself is faulty, and says why", () => {
    const outcome = computeGrade(beef, [
      { parameter: "meatColour", value: 3 },
      { parameter: "meatColour", value: 4 },
      { parameter: "fatColour", value: 2 },
      { parameter: "marbling", value: 13 },
      { parameter: "texture", value: 1.5 },
      { parameter: "halal", value: 1 },
      { parameter: "ph", value: 5.6 },
    ]);
    expect(outcome).toEqual({
      grade: null,
      missingRequired: [],
      unknownParameters: ["ph"],
      duplicateParameters: ["meatColour"],
      outOfPhysicalRange: [{ parameter: "marbling", value: 13, min: 1, max: 12 }],
      nonIntegerValues: [{ parameter: "texture", value: 1.5 }],
      failedStandard: [],
      shortOfNextGrade: null,
    });
  });

  it("keeps the input-error lists empty for clean input", () => {
    const outcome = computeGrade(beef, measurementsOf(baselineOf("beef")));
    expect(outcome).toMatchObject({ grade: "Mutu I", missingRequired: [], unknownParameters: [], duplicateParameters: [], outOfPhysicalRange: [], nonIntegerValues: [], failedStandard: [] });
  });
});

describe("grade order", () => {
  const patchouli = rulebookOf("patchouli-oil");

  it("ranks best first from 0", () => {
    expect(["PA-35", "PA-32", "SNI"].map((grade) => gradeRank(patchouli, grade))).toEqual([0, 1, 2]);
  });

  it("refuses to rank a grade the rulebook does not have", () => {
    expect(() => gradeRank(patchouli, "A")).toThrow(/not a grade of patchouli-oil/);
  });

  it("knows its grades", () => {
    expect(isKnownGrade(patchouli, "PA-32")).toBe(true);
    expect(isKnownGrade(patchouli, "Mutu I")).toBe(false);
    expect(isKnownGrade(patchouli, "pa-32")).toBe(false);
  });

  it.each([
    ["PA-35", "PA-32", true],
    ["PA-32", "PA-32", true],
    ["SNI", "PA-32", false],
    ["PA-35", "SNI", true],
    [null, "SNI", false],
  ] as const)("%s meets a minimum of %s: %s", (grade, minGrade, meets) => {
    expect(meetsMinGrade(patchouli, grade, minGrade)).toBe(meets);
  });
});

describe("the rulebooks", () => {
  it("cover the five products at version 2026.1", () => {
    expect(rulebooks.map((book) => [book.productId, book.family, book.unit, book.version])).toEqual([
      ["patchouli-oil", "essential-oil", "kg", "2026.1"],
      ["coco-fiber", "coconut", "kg", "2026.1"],
      ["teak-furniture", "furniture", "piece", "2026.1"],
      ["beef", "beef", "kg", "2026.1"],
      ["ginger-simplisia", "herbal", "kg", "2026.1"],
    ]);
  });

  it("list grades best first as GRADING.md does", () => {
    expect(Object.fromEntries(rulebooks.map((book) => [book.productId, book.grades.map((grade) => grade.grade)]))).toEqual({
      "patchouli-oil": ["PA-35", "PA-32", "SNI"],
      "coco-fiber": ["A", "B", "C"],
      "teak-furniture": ["Export", "Domestic"],
      beef: ["Mutu I", "Mutu II", "Mutu III"],
      "ginger-simplisia": ["Pharma", "Food"],
    });
  });

  it("use GRADING.md's parameter keys, required flags and equipment kinds", () => {
    const contract = Object.fromEntries(
      rulebooks.map((book) => [book.productId, book.parameters.map((spec) => `${spec.key}${spec.required ? "*" : ""}@${spec.equipmentKind}`)]),
    );
    expect(contract).toEqual({
      "patchouli-oil": [
        "patchouliAlcohol*@gc",
        "alphaCopaene*@gc",
        "specificGravity*@pycnometer",
        "refractiveIndex*@refractometer",
        "acidNumber@titration",
        "esterNumber@titration",
        "opticalRotation@polarimeter",
        "iron@aas",
        "ethanolSolubility@visual",
      ],
      "coco-fiber": ["fiberLength*@ruler", "moisture*@moisture-meter", "impurities*@sieve-balance"],
      "teak-furniture": ["woodMoisture*@moisture-meter", "svlkCertificate*@document-check", "finishDefects*@visual", "jointStrength@load-tester"],
      beef: ["meatColour*@colour-chart", "fatColour*@colour-chart", "marbling*@marbling-chart", "texture*@visual", "halal*@document-check"],
      "ginger-simplisia": [
        "moisture*@moisture-analyzer",
        "essentialOil*@distillation",
        "lead@aas",
        "cadmium@aas",
        "totalPlateCount@incubator",
        "yeastMould@incubator",
      ],
    });
  });

  it("have no data mistakes", () => {
    for (const book of rulebookHistory) expect(rulebookProblems(book), `${book.productId} ${book.version}`).toEqual([]);
  });

  it("cite a source for every kind of threshold they use", () => {
    for (const book of rulebooks) {
      const bases = new Set([...book.standardRequirements, ...book.grades.flatMap((grade) => grade.rules)].map((bound) => bound.basis));
      for (const basis of bases) expect(book.sources[basis], `${book.productId} ${basis}`).toBeTruthy();
    }
  });

  it("keep the standard's thresholds apart from the marketplace's trade grades", () => {
    const patchouli = rulebookOf("patchouli-oil");
    expect(patchouli.standardRequirements.every((bound) => bound.basis === "standard")).toBe(true);
    expect(patchouli.grades.map((grade) => grade.rules.map((rule) => rule.basis))).toEqual([["trade-grade"], ["trade-grade"], ["standard"]]);
  });

  it("name a key parameter with a retest margin", () => {
    expect(Object.fromEntries(rulebooks.map((book) => [book.productId, [book.keyParameter, book.retestMargin[book.keyParameter]]]))).toEqual({
      "patchouli-oil": ["patchouliAlcohol", 0.5],
      "coco-fiber": ["fiberLength", 0.5],
      "teak-furniture": ["woodMoisture", 1],
      beef: ["marbling", 1],
      "ginger-simplisia": ["essentialOil", 0.1],
    });
  });

  it("cannot be altered once published", () => {
    const patchouli = rulebookOf("patchouli-oil");
    const floor = patchouli.standardRequirements[0] as { min?: number };
    expect(() => {
      floor.min = 20;
    }).toThrow(TypeError);
    expect(patchouli.standardRequirements[0]?.min).toBe(30);
  });
});

describe("rulebook data checks", () => {
  const beef = rulebookOf("beef");
  const furniture = rulebookOf("teak-furniture");

  it("catch a band on a parameter that is better higher (beef marbling read literally as 5 - 8)", () => {
    const literal: Rulebook = {
      ...beef,
      grades: beef.grades.map((grade) => ({ ...grade, rules: grade.rules.map((rule) => (grade.grade === "Mutu II" && rule.parameter === "marbling" ? { ...rule, max: 8 } : rule)) })),
    };
    expect(rulebookProblems(literal)).toEqual([
      "marbling is better higher, yet a threshold caps it at 8",
      "Mutu I does not demand at least what Mutu II demands of marbling: [9, 12] against [5, 8]",
    ]);
  });

  it("catch bands that share no value, a lower grade stricter than a higher one, and unknown names", () => {
    const broken: Rulebook = {
      ...furniture,
      keyParameter: "colour",
      retestMargin: { colour: 0 },
      grades: [
        { grade: "Export", rules: [{ parameter: "woodMoisture", min: 8, max: 12, basis: "buyer-norm" }] },
        { grade: "Domestic", rules: [{ parameter: "woodMoisture", min: 13, max: 14, basis: "draft-standard" }, { parameter: "grain", min: 1, basis: "marketplace" }] },
      ],
    };
    expect(rulebookProblems(broken)).toEqual([
      "a threshold names unknown parameter grain",
      "woodMoisture is best inside a band, yet its thresholds share no value: moving towards one band leaves another",
      "Export does not demand at least what Domestic demands of woodMoisture: [8, 12] against [13, 14]",
      "Export does not demand at least what Domestic demands of grain: [-inf, inf] against [1, inf]",
      "key parameter colour is not a parameter",
      "retest margin for unknown parameter colour",
      "retest margin for colour must be positive",
    ]);
  });

  it("catch a threshold outside what an instrument can read", () => {
    const broken: Rulebook = { ...beef, standardRequirements: [...beef.standardRequirements, { parameter: "marbling", min: 13, basis: "standard" }] };
    expect(rulebookProblems(broken)).toContain("marbling: limit 13 lies outside what can be read (1..12)");
  });
});

describe("rulebook versions", () => {
  const patchouli = rulebookOf("patchouli-oil");
  const stricter: Rulebook = {
    ...patchouli,
    version: "2026.10",
    grades: [{ grade: "PA-36", rules: [{ parameter: "patchouliAlcohol", min: 36, basis: "trade-grade" }] }, ...patchouli.grades],
  };
  const older: Rulebook = { ...patchouli, version: "2026.9" };
  const history = [patchouli, stricter, older];

  it("compare as numbers, part by part", () => {
    expect(compareVersions("2026.10", "2026.9")).toBeGreaterThan(0);
    expect(compareVersions("2026.1", "2026.1")).toBe(0);
    expect(compareVersions("2026.1", "2027")).toBeLessThan(0);
  });

  it("serve the newest by default, and any named version exactly", () => {
    expect(findRulebookIn(history, "patchouli-oil")?.version).toBe("2026.10");
    expect(findRulebookIn(history, "patchouli-oil", "2026.1")).toBe(patchouli);
    expect(findRulebookIn(history, "patchouli-oil", "2025.1")).toBeUndefined();
    expect(latestRulebooks(history)).toEqual([stricter]);
  });

  it("leave a certificate graded under an older version unchanged", () => {
    const measurements = measurementsOf({ ...baselineOf("patchouli-oil"), patchouliAlcohol: 36.5 });
    const underOriginal = findRulebookIn(history, "patchouli-oil", "2026.1");
    expect(underOriginal && computeGrade(underOriginal, measurements).grade).toBe("PA-35");
    expect(computeGrade(stricter, measurements).grade).toBe("PA-36");
  });

  it("find the published ones", () => {
    expect(findRulebook("beef")?.version).toBe("2026.1");
    expect(findRulebook("beef", "2026.1")?.productId).toBe("beef");
    expect(findRulebook("beef", "1999.1")).toBeUndefined();
    expect(findRulebook("durian")).toBeUndefined();
  });
});

describe("the /products summary", () => {
  it("matches the Product schema for every rulebook", () => {
    for (const book of rulebooks) expect(ProductSchema.parse(productSummary(book))).toEqual(productSummary(book));
  });

  it("carries grades best first, parameters with their ranges, and the rulebook version", () => {
    const summary = productSummary(rulebookOf("beef"));
    expect(summary).toMatchObject({ id: "beef", family: "beef", name: "Beef", nameId: "Daging sapi", unit: "kg", grades: ["Mutu I", "Mutu II", "Mutu III"], rulebookVersion: "2026.1" });
    expect(summary.parameters[2]).toEqual({
      key: "marbling",
      unit: "1-12",
      name: "Marbling score (1 none - 12 abundant)",
      nameId: "Skor marbling (1 tidak ada - 12 sangat banyak)",
      required: true,
      equipmentKind: "marbling-chart",
      physicalMin: 1,
      physicalMax: 12,
    });
  });
});
