import type { Rulebook } from "../rulebook";

/**
 * Patchouli oil (minyak nilam).
 *
 * Standard: SNI 06-2385-2006 *Minyak nilam*, Table 1 (syarat mutu). The SNI is one pass/fail set:
 * every row is a `standardRequirements` entry, and every grade must pass each measured row.
 * Trade grades (the marketplace's): PA-35 and PA-32 add a stricter floor on patchouli alcohol, the
 * value buyers pay for; the bottom grade `SNI` is the standard's own floor of 30 %.
 * Buyer norm, NOT graded: exporters prefer acid number <= 5 and ester number <= 10. An oil at acid
 * number 7 meets the SNI and keeps its grade; buyers who want the stricter figure read it off the
 * certificate's measurements.
 */
export const patchouliOil: Rulebook = {
  productId: "patchouli-oil",
  family: "essential-oil",
  name: "Patchouli oil",
  nameId: "Minyak nilam",
  unit: "kg",
  version: "2026.1",
  sources: {
    standard: "SNI 06-2385-2006 Minyak nilam, Tabel 1 (syarat mutu)",
    "trade-grade": "Marketplace trade grades PA-35 and PA-32: patchouli alcohol floors on top of the full SNI",
  },
  parameters: [
    // Percentages of a GC chromatogram.
    { key: "patchouliAlcohol", name: "Patchouli alcohol (C15H26O)", nameId: "Patchouli alkohol (C15H26O)", unit: "%", required: true, equipmentKind: "gc", physicalMin: 0, physicalMax: 100, better: "higher" },
    { key: "alphaCopaene", name: "Alpha-copaene", nameId: "Alfa-kopaen", unit: "%", required: true, equipmentKind: "gc", physicalMin: 0, physicalMax: 100, better: "lower" },
    // Far wider than any essential oil (about 0.85 - 1.1), yet narrow enough that a misplaced
    // decimal point (95 for 0.95) is refused rather than graded.
    { key: "specificGravity", name: "Specific gravity 25/25 °C", nameId: "Bobot jenis 25/25 °C", unit: "-", required: true, equipmentKind: "pycnometer", physicalMin: 0.5, physicalMax: 1.5, better: "range" },
    // The scale of an Abbe refractometer.
    { key: "refractiveIndex", name: "Refractive index nD20", nameId: "Indeks bias nD20", unit: "-", required: true, equipmentKind: "refractometer", physicalMin: 1.3, physicalMax: 1.7, better: "range" },
    // Pure acids and esters read several hundred mg KOH/g; an oil reads far less.
    { key: "acidNumber", name: "Acid number", nameId: "Bilangan asam", unit: "mg KOH/g", required: false, equipmentKind: "titration", physicalMin: 0, physicalMax: 1000, better: "lower" },
    { key: "esterNumber", name: "Ester number", nameId: "Bilangan ester", unit: "mg KOH/g", required: false, equipmentKind: "titration", physicalMin: 0, physicalMax: 1000, better: "lower" },
    { key: "opticalRotation", name: "Optical rotation", nameId: "Putaran optik", unit: "°", required: false, equipmentKind: "polarimeter", physicalMin: -180, physicalMax: 180, better: "range" },
    // 10^6 mg/kg is the whole sample.
    { key: "iron", name: "Iron (Fe)", nameId: "Besi (Fe)", unit: "mg/kg", required: false, equipmentKind: "aas", physicalMin: 0, physicalMax: 1_000_000, better: "lower" },
    { key: "ethanolSolubility", name: "Clear or opalescent in ethanol 90 % at 1:10 (1 = yes, 0 = no)", nameId: "Kelarutan dalam etanol 90 % 1:10 (1 = jernih/opalesen, 0 = tidak)", unit: "0/1", required: false, equipmentKind: "visual", physicalMin: 0, physicalMax: 1, integer: true, better: "higher" },
  ],
  standardRequirements: [
    { parameter: "patchouliAlcohol", min: 30, basis: "standard" },
    { parameter: "alphaCopaene", max: 0.5, basis: "standard" },
    { parameter: "specificGravity", min: 0.95, max: 0.975, basis: "standard" },
    { parameter: "refractiveIndex", min: 1.507, max: 1.515, basis: "standard" },
    { parameter: "acidNumber", max: 8, basis: "standard" },
    { parameter: "esterNumber", max: 20, basis: "standard" },
    // The SNI writes "(-48) - (-65)": a laevorotatory oil between those two readings.
    { parameter: "opticalRotation", min: -65, max: -48, basis: "standard" },
    { parameter: "iron", max: 25, basis: "standard" },
    { parameter: "ethanolSolubility", min: 1, basis: "standard" },
  ],
  grades: [
    { grade: "PA-35", rules: [{ parameter: "patchouliAlcohol", min: 35, basis: "trade-grade" }] },
    { grade: "PA-32", rules: [{ parameter: "patchouliAlcohol", min: 32, basis: "trade-grade" }] },
    { grade: "SNI", rules: [{ parameter: "patchouliAlcohol", min: 30, basis: "standard" }] },
  ],
  keyParameter: "patchouliAlcohol",
  // Half a percentage point, our estimate of how far a buyer's GC re-test of the same oil may land
  // from ours: a pooled average closer than that to 32 or 35 could fall on either side.
  retestMargin: { patchouliAlcohol: 0.5 },
};
