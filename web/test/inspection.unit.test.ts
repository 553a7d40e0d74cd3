import { describe, expect, it } from "vitest";
import { calibrationState } from "../src/officer/calibration";
import { previewGrade } from "../src/officer/gradePreview";
import { checkMeasurements } from "../src/officer/measurements";
import { equipment, patchouli } from "./support/fixtures";

describe("calibrationState", () => {
  const gc = equipment({ calibratedOn: "2026-01-01", calibrationValidUntil: "2026-12-31" });
  it("is inclusive at both ends and warns in the last 30 days", () => {
    expect(calibrationState(gc, "2026-01-01")).toBe("valid");
    expect(calibrationState(gc, "2026-12-31")).toBe("expiring");
    expect(calibrationState(gc, "2027-01-01")).toBe("expired");
    expect(calibrationState(gc, "2025-12-31")).toBe("not-yet");
  });
});

describe("checkMeasurements", () => {
  const instruments = [equipment(), equipment({ id: "eq-old", calibrationValidUntil: "2026-02-01" })];

  it("asks for required parameters and accepts the optional ones left empty", () => {
    const check = checkMeasurements(patchouli.parameters, {}, instruments, "2026-06-01");
    expect(check.problems).toEqual({ patchouliAlcohol: "required" });
    expect(check.ready).toBe(false);
  });

  it("refuses readings outside the physical range and instruments out of calibration", () => {
    expect(checkMeasurements(patchouli.parameters, { patchouliAlcohol: { value: "120", equipmentId: "eq-gc-1" } }, instruments, "2026-06-01").problems).toEqual({
      patchouliAlcohol: "range",
    });
    expect(checkMeasurements(patchouli.parameters, { patchouliAlcohol: { value: "36", equipmentId: "eq-old" } }, instruments, "2026-06-01").problems).toEqual({
      patchouliAlcohol: "calibration",
    });
  });

  it("builds the request body once everything is in order (decimal comma accepted)", () => {
    const check = checkMeasurements(patchouli.parameters, { patchouliAlcohol: { value: "35,5", equipmentId: "eq-gc-1" } }, instruments, "2026-06-01");
    expect(check.ready).toBe(true);
    expect(check.measurements).toEqual([{ parameter: "patchouliAlcohol", value: 35.5, equipmentId: "eq-gc-1" }]);
  });
});

describe("previewGrade", () => {
  const rules = {
    required: ["patchouliAlcohol", "alphaCopaene"],
    standardRequirements: [{ parameter: "patchouliAlcohol", min: 30 }, { parameter: "alphaCopaene", max: 0.5 }, { parameter: "acidNumber", max: 8 }],
    grades: [
      { grade: "PA-35", rules: [{ parameter: "patchouliAlcohol", min: 35 }] },
      { grade: "PA-32", rules: [{ parameter: "patchouliAlcohol", min: 32 }] },
      { grade: "SNI", rules: [{ parameter: "patchouliAlcohol", min: 30 }] },
    ],
  };

  it("gives the best grade met, inclusive of the bound", () => {
    expect(previewGrade(rules, { patchouliAlcohol: 35, alphaCopaene: 0.5 })).toEqual({ grade: "PA-35", shortOf: null });
  });

  it("names what kept the readings from the next grade up", () => {
    expect(previewGrade(rules, { patchouliAlcohol: 33, alphaCopaene: 0.4 })).toEqual({ grade: "PA-32", shortOf: { grade: "PA-35", parameters: ["patchouliAlcohol"] } });
  });

  it("rejects when a required parameter is missing or a measured standard row fails", () => {
    expect(previewGrade(rules, { patchouliAlcohol: 40 })).toEqual({ grade: null, shortOf: { grade: "SNI", parameters: ["alphaCopaene"] } });
    expect(previewGrade(rules, { patchouliAlcohol: 40, alphaCopaene: 0.1, acidNumber: 9 }).grade).toBeNull();
  });
});
