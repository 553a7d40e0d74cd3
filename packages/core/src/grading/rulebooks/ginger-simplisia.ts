import type { Rulebook } from "../rulebook";

/**
 * Dried ginger (jahe kering / simplisia jahe).
 *
 * Standard: SNI 01-3393-1994 *Jahe kering*: moisture at most 12.0 %, essential oil at least
 * 1.5 ml/100 g. Every grade must meet it, and it alone makes grade `Food`.
 * Regulation: BPOM's limits for raw material of traditional medicine (Peraturan BPOM 12/2014, since
 * replaced by 29/2023; the 2014 figures are kept here as data): moisture at most 10 %, total plate
 * count at most 10^6 colonies/g, yeast and mould at most 10^4 colonies/g, lead at most 10 mg/kg,
 * cadmium 0.3 mg/kg. They make grade `Pharma`, so a batch not tested for lead and microbes can be
 * `Food` but never `Pharma`. BPOM's arsenic (5 mg/kg) and mercury (0.5 mg/kg) limits are not graded:
 * the reference lists no parameter for them; measuring them is a new rulebook version.
 */
export const gingerSimplisia: Rulebook = {
  productId: "ginger-simplisia",
  family: "herbal",
  name: "Dried ginger (simplisia)",
  nameId: "Jahe kering (simplisia jahe)",
  unit: "kg",
  version: "2026.1",
  sources: {
    standard: "SNI 01-3393-1994 Jahe kering: moisture at most 12.0 %, essential oil at least 1.5 ml/100 g",
    regulation: "Peraturan BPOM 12/2014 (replaced by 29/2023): limits for raw material of traditional medicine",
  },
  parameters: [
    { key: "moisture", name: "Moisture content", nameId: "Kadar air", unit: "%", required: true, equipmentKind: "moisture-analyzer", physicalMin: 0, physicalMax: 100, better: "lower" },
    // 100 ml of oil in 100 g of rhizome cannot happen; the bound only refuses nonsense.
    { key: "essentialOil", name: "Essential oil content", nameId: "Kadar minyak atsiri", unit: "ml/100 g", required: true, equipmentKind: "distillation", physicalMin: 0, physicalMax: 100, better: "higher" },
    // 10^6 mg/kg is the whole sample.
    { key: "lead", name: "Lead (Pb)", nameId: "Timbal (Pb)", unit: "mg/kg", required: false, equipmentKind: "aas", physicalMin: 0, physicalMax: 1_000_000, better: "lower" },
    { key: "cadmium", name: "Cadmium (Cd)", nameId: "Kadmium (Cd)", unit: "mg/kg", required: false, equipmentKind: "aas", physicalMin: 0, physicalMax: 1_000_000, better: "lower" },
    // A gram of pure bacterial biomass holds on the order of 10^12 cells.
    { key: "totalPlateCount", name: "Total plate count (ALT)", nameId: "Angka lempeng total (ALT)", unit: "colonies/g", required: false, equipmentKind: "incubator", physicalMin: 0, physicalMax: 1e12, better: "lower" },
    { key: "yeastMould", name: "Yeast and mould (AKK)", nameId: "Angka kapang khamir (AKK)", unit: "colonies/g", required: false, equipmentKind: "incubator", physicalMin: 0, physicalMax: 1e12, better: "lower" },
  ],
  standardRequirements: [
    { parameter: "moisture", max: 12, basis: "standard" },
    { parameter: "essentialOil", min: 1.5, basis: "standard" },
  ],
  grades: [
    {
      grade: "Pharma",
      rules: [
        { parameter: "moisture", max: 10, basis: "regulation" },
        { parameter: "essentialOil", min: 1.5, basis: "standard" },
        { parameter: "lead", max: 10, basis: "regulation" },
        { parameter: "cadmium", max: 0.3, basis: "regulation" },
        { parameter: "totalPlateCount", max: 1_000_000, basis: "regulation" },
        { parameter: "yeastMould", max: 10_000, basis: "regulation" },
      ],
    },
    {
      grade: "Food",
      rules: [
        { parameter: "moisture", max: 12, basis: "standard" },
        { parameter: "essentialOil", min: 1.5, basis: "standard" },
      ],
    },
  ],
  // Essential oil carries the pungency and aroma that jamu makers and extractors pay for; moisture
  // and contaminants are limits a batch meets or fails.
  keyParameter: "essentialOil",
  // A tenth of a ml/100 g, our estimate of how far a repeat distillation of the same sample may land.
  retestMargin: { essentialOil: 0.1 },
};
