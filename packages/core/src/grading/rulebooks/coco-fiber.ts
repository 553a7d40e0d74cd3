import type { Rulebook } from "../rulebook";

/**
 * Coco fibre (serat sabut kelapa).
 *
 * Standard: SNI 01-6095-1999 *Mutu sabut kelapa*, fibre-length classes a >= 10 cm, b 5 - 10 cm,
 * c 2 - 5 cm: the standard's, used as the floor of grades A, B and C. It gives no pass/fail set we
 * could retrieve, so `standardRequirements` is empty.
 * Buyer norm: export buyers expect moisture under 18 % (grades B and C; A's 15 % is the
 * marketplace's own premium limit).
 * Marketplace's own: the impurity limits per grade (the SNI's per-class limits were not retrievable).
 */
export const cocoFiber: Rulebook = {
  productId: "coco-fiber",
  family: "coconut",
  name: "Coco fibre",
  nameId: "Serat sabut kelapa",
  unit: "kg",
  version: "2026.1",
  sources: {
    standard: "SNI 01-6095-1999 Mutu sabut kelapa: fibre-length classes a >= 10 cm, b 5-10 cm, c 2-5 cm",
    "buyer-norm": "Export buyers: moisture under 18 %",
    marketplace: "Marketplace's own limits: impurities per grade, moisture 15 % for grade A",
  },
  parameters: [
    // A coconut husk is at most about 35 cm long; 100 leaves room without admitting a reading in mm.
    { key: "fiberLength", name: "Mean fibre length", nameId: "Panjang serat rata-rata", unit: "cm", required: true, equipmentKind: "ruler", physicalMin: 0, physicalMax: 100, better: "higher" },
    { key: "moisture", name: "Moisture content", nameId: "Kadar air", unit: "%", required: true, equipmentKind: "moisture-meter", physicalMin: 0, physicalMax: 100, better: "lower" },
    { key: "impurities", name: "Dust, pith, fibre under 2 cm and foreign matter", nameId: "Debu, gabus, serat di bawah 2 cm dan benda asing", unit: "%", required: true, equipmentKind: "sieve-balance", physicalMin: 0, physicalMax: 100, better: "lower" },
  ],
  standardRequirements: [],
  grades: [
    {
      grade: "A",
      rules: [
        { parameter: "fiberLength", min: 10, basis: "standard" },
        { parameter: "moisture", max: 15, basis: "marketplace" },
        { parameter: "impurities", max: 3, basis: "marketplace" },
      ],
    },
    {
      grade: "B",
      rules: [
        { parameter: "fiberLength", min: 5, basis: "standard" },
        { parameter: "moisture", max: 18, basis: "buyer-norm" },
        { parameter: "impurities", max: 5, basis: "marketplace" },
      ],
    },
    {
      grade: "C",
      rules: [
        { parameter: "fiberLength", min: 2, basis: "standard" },
        { parameter: "moisture", max: 18, basis: "buyer-norm" },
        { parameter: "impurities", max: 8, basis: "marketplace" },
      ],
    },
  ],
  // Length is what the SNI classes and buyers' uses (brush, rope, mattress, geotextile) turn on;
  // moisture and impurities are limits a batch either meets or is dried and cleaned to meet.
  keyParameter: "fiberLength",
  // Half a centimetre, our estimate of how far the mean of a second hand-measured sample from the
  // same bale may move.
  retestMargin: { fiberLength: 0.5 },
};
