import type { Rulebook } from "../rulebook";

/**
 * Solid-wood furniture (mebel kayu).
 *
 * Draft standard: RSNI3 0608:2016 (draft revision of the furniture standard), wood moisture at most
 * 14 %, measured per SNI 01-7255. A draft, not yet in force, so its basis is `draft-standard`; it
 * is still a limit every grade must meet.
 * Regulation: SVLK (Sistem Verifikasi Legalitas Kayu) is mandatory for timber products; a small maker
 * may use a supplier's declaration (DKP). No document, no grade.
 * Buyer norm: export buyers ask wood moisture 8 - 12 %.
 * Marketplace's own: finishing defects (0 for Export, at most 2 for Domestic) and the joint load test
 * for Export.
 */
export const teakFurniture: Rulebook = {
  productId: "teak-furniture",
  family: "furniture",
  name: "Solid-wood furniture",
  nameId: "Mebel kayu",
  unit: "piece",
  version: "2026.1",
  sources: {
    "draft-standard": "RSNI3 0608:2016 (draft furniture standard): wood moisture at most 14 %, measured per SNI 01-7255",
    regulation: "SVLK: V-Legal document, or a supplier's declaration (DKP) for a small maker, mandatory for timber products",
    "buyer-norm": "Export buyers: wood moisture 8-12 %",
    marketplace: "Marketplace's own: finishing defects per grade, joint load test for Export",
  },
  parameters: [
    // Moisture content on the oven-dry basis: green timber reads above 100 %.
    { key: "woodMoisture", name: "Wood moisture content", nameId: "Kadar air kayu", unit: "%", required: true, equipmentKind: "moisture-meter", physicalMin: 0, physicalMax: 200, better: "range" },
    { key: "svlkCertificate", name: "SVLK / V-Legal or DKP document present (1 = yes, 0 = no)", nameId: "Dokumen SVLK / V-Legal atau DKP ada (1 = ya, 0 = tidak)", unit: "0/1", required: true, equipmentKind: "document-check", physicalMin: 0, physicalMax: 1, integer: true, better: "higher" },
    { key: "finishDefects", name: "Visible finishing defects per piece", nameId: "Cacat finishing yang terlihat per unit", unit: "count", required: true, equipmentKind: "visual", physicalMin: 0, physicalMax: 1000, integer: true, better: "lower" },
    { key: "jointStrength", name: "Joint load test passed (1 = yes, 0 = no)", nameId: "Uji beban sambungan lulus (1 = ya, 0 = tidak)", unit: "0/1", required: false, equipmentKind: "load-tester", physicalMin: 0, physicalMax: 1, integer: true, better: "higher" },
  ],
  standardRequirements: [
    { parameter: "svlkCertificate", min: 1, basis: "regulation" },
    { parameter: "woodMoisture", max: 14, basis: "draft-standard" },
  ],
  grades: [
    {
      grade: "Export",
      rules: [
        { parameter: "woodMoisture", min: 8, max: 12, basis: "buyer-norm" },
        { parameter: "finishDefects", max: 0, basis: "marketplace" },
        { parameter: "jointStrength", min: 1, basis: "marketplace" },
      ],
    },
    {
      grade: "Domestic",
      rules: [
        { parameter: "woodMoisture", max: 14, basis: "draft-standard" },
        { parameter: "finishDefects", max: 2, basis: "marketplace" },
      ],
    },
  ],
  // Wood moisture is the one continuous reading that decides Export against Domestic and that
  // means something averaged over a pooled delivery: furniture dried outside 8-12 % cracks or warps
  // in the buyer's climate, the commonest cause of export claims. Defect counts and the legality and
  // load-test flags are checked piece by piece, not averaged.
  keyParameter: "woodMoisture",
  // One percentage point, about the accuracy a handheld moisture meter claims even on the right
  // species setting.
  retestMargin: { woodMoisture: 1 },
};
