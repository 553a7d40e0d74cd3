/**
 * Calibrated instruments at each pilot site and a few certified batches, so the catalog is not
 * empty on a fresh start. Measurements are typical values for each product, graded by the rulebook
 * during seeding like any other batch (the grades below are what the rulebook gives, not typed in).
 */
export interface DemoInstrument {
  facilityId: string;
  kind: string;
  serial: string;
}

const instruments = (facilityId: string, prefix: string, kinds: string[]): DemoInstrument[] =>
  kinds.map((kind, index) => ({ facilityId, kind, serial: `${prefix}-${kind.toUpperCase()}-${String(index + 1).padStart(3, "0")}` }));

export const demoInstruments: DemoInstrument[] = [
  ...instruments("rpb-nilam-aceh-tamiang", "ATM", ["gc", "pycnometer", "refractometer", "titration", "polarimeter", "aas", "visual"]),
  ...instruments("rpb-kelapa-minahasa-selatan", "MSL", ["ruler", "moisture-meter", "sieve-balance"]),
  ...instruments("rpb-mebel-sragen", "SRG", ["moisture-meter", "document-check", "visual", "load-tester"]),
  ...instruments("rpb-sapi-kupang", "KPG", ["colour-chart", "marbling-chart", "visual", "document-check"]),
  ...instruments("rpb-jahe-kutai-kartanegara", "KKR", ["moisture-analyzer", "distillation", "aas", "incubator"]),
];

export interface DemoBatch {
  key: string;
  cooperativeHandle: string;
  officerHandle: string;
  productId: string;
  facilityId: string;
  quantity: number;
  unitPriceIdr: number;
  producedDaysAgo: number;
  bestBeforeDays?: number;
  contributions?: { memberName: string; quantity: number }[];
  /** Recorded runs backing a volume above the site's capacity since the cooperative's previous batch. */
  runs?: { description: string; daysAgo: number; output: number }[];
  /** Absent: the batch waits in the inspection queue. */
  measurements?: Record<string, number>;
}

export const demoBatches: DemoBatch[] = [
  {
    key: "aceh-1",
    cooperativeHandle: "koperasi-aceh",
    officerHandle: "officer-aceh",
    productId: "patchouli-oil",
    facilityId: "rpb-nilam-aceh-tamiang",
    quantity: 320,
    unitPriceIdr: 1_350_000,
    producedDaysAgo: 12,
    contributions: [
      { memberName: "Kelompok Tani Sungai Iyu", quantity: 180 },
      { memberName: "Kelompok Tani Bandar Khalipah", quantity: 140 },
    ],
    measurements: { patchouliAlcohol: 35.4, alphaCopaene: 0.32, specificGravity: 0.962, refractiveIndex: 1.509, acidNumber: 3.1, esterNumber: 6.5 },
  },
  {
    key: "aceh-2",
    cooperativeHandle: "koperasi-aceh-2",
    officerHandle: "officer-aceh",
    productId: "patchouli-oil",
    facilityId: "rpb-nilam-aceh-tamiang",
    quantity: 450,
    unitPriceIdr: 1_180_000,
    producedDaysAgo: 9,
    measurements: { patchouliAlcohol: 32.8, alphaCopaene: 0.41, specificGravity: 0.958, refractiveIndex: 1.511, acidNumber: 4.2 },
  },
  {
    key: "aceh-3",
    cooperativeHandle: "koperasi-aceh",
    officerHandle: "officer-aceh",
    productId: "patchouli-oil",
    facilityId: "rpb-nilam-aceh-tamiang",
    quantity: 260,
    unitPriceIdr: 1_020_000,
    producedDaysAgo: 6,
    runs: [{ description: "distillation campaign, kettles 1-4, 18 charges", daysAgo: 6, output: 260 }],
    measurements: { patchouliAlcohol: 30.9, alphaCopaene: 0.47, specificGravity: 0.955, refractiveIndex: 1.513 },
  },
  {
    key: "aceh-queue",
    cooperativeHandle: "koperasi-aceh-2",
    officerHandle: "officer-aceh",
    productId: "patchouli-oil",
    facilityId: "rpb-nilam-aceh-tamiang",
    quantity: 180,
    unitPriceIdr: 1_250_000,
    producedDaysAgo: 2,
    runs: [{ description: "distillation campaign, kettles 1-2, 12 charges", daysAgo: 2, output: 180 }],
  },
  {
    key: "sulut-1",
    cooperativeHandle: "koperasi-sulut",
    officerHandle: "officer-sulut",
    productId: "coco-fiber",
    facilityId: "rpb-kelapa-minahasa-selatan",
    quantity: 6_000,
    unitPriceIdr: 2_400,
    producedDaysAgo: 8,
    measurements: { fiberLength: 12.5, moisture: 14.2, impurities: 2.4 },
  },
  {
    key: "jateng-1",
    cooperativeHandle: "koperasi-jateng",
    officerHandle: "officer-jateng",
    productId: "teak-furniture",
    facilityId: "rpb-mebel-sragen",
    quantity: 40,
    unitPriceIdr: 3_750_000,
    producedDaysAgo: 15,
    measurements: { woodMoisture: 10.5, svlkCertificate: 1, finishDefects: 0, jointStrength: 1 },
  },
  {
    key: "ntt-1",
    cooperativeHandle: "koperasi-ntt",
    officerHandle: "officer-ntt",
    productId: "beef",
    facilityId: "rpb-sapi-kupang",
    quantity: 850,
    unitPriceIdr: 128_000,
    producedDaysAgo: 1,
    bestBeforeDays: 21,
    measurements: { meatColour: 4, fatColour: 2, marbling: 6, texture: 2, halal: 1 },
  },
  {
    key: "kaltim-1",
    cooperativeHandle: "koperasi-kaltim",
    officerHandle: "officer-kaltim",
    productId: "ginger-simplisia",
    facilityId: "rpb-jahe-kutai-kartanegara",
    quantity: 600,
    unitPriceIdr: 78_000,
    producedDaysAgo: 5,
    measurements: { moisture: 9.2, essentialOil: 1.9, lead: 2.1, cadmium: 0.1, totalPlateCount: 320_000, yeastMould: 2_500 },
  },
];
