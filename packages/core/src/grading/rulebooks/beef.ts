import type { Rulebook } from "../rulebook";

/**
 * Beef (daging sapi).
 *
 * Standard: SNI 3932:2008 *Mutu karkas dan daging sapi*, Table 4 (tingkatan mutu daging). Scores are
 * read against the standard's charts: meat colour 1 - 9 (light to dark red), fat colour 1 - 9 (white
 * to yellow), marbling 1 - 12 (none to abundant), texture 1 fine, 2 medium, 3 coarse. The scales
 * are confirmed from published summaries of the standard; the per-grade ranges are Table 4 as we
 * read it, written out below one grade per block so that a correction is a one-number change.
 *
 * Marbling: Table 4 lists bands (Mutu I 9 - 12, Mutu II 5 - 8, Mutu III 1 - 4). We grade each band
 * as a floor ("or better", as the reference already says for Mutu III): read literally, a carcass
 * with marbling 10 and medium texture would miss Mutu I on texture, miss Mutu II for having too much
 * marbling and fall to Mutu III, so more marbling would earn a worse grade.
 *
 * Regulation: halal certification is required to trade beef (UU 33/2014 Jaminan Produk Halal):
 * `halal` must be 1 for any grade.
 */
export const beef: Rulebook = {
  productId: "beef",
  family: "beef",
  name: "Beef",
  nameId: "Daging sapi",
  unit: "kg",
  version: "2026.1",
  sources: {
    standard: "SNI 3932:2008 Mutu karkas dan daging sapi, Tabel 4 (tingkatan mutu daging)",
    regulation: "Halal certificate required to trade beef (UU 33/2014 Jaminan Produk Halal)",
  },
  parameters: [
    { key: "meatColour", name: "Meat colour score (1 light - 9 dark red)", nameId: "Skor warna daging (1 terang - 9 merah gelap)", unit: "1-9", required: true, equipmentKind: "colour-chart", physicalMin: 1, physicalMax: 9, integer: true, better: "lower" },
    { key: "fatColour", name: "Fat colour score (1 white - 9 yellow)", nameId: "Skor warna lemak (1 putih - 9 kuning)", unit: "1-9", required: true, equipmentKind: "colour-chart", physicalMin: 1, physicalMax: 9, integer: true, better: "lower" },
    { key: "marbling", name: "Marbling score (1 none - 12 abundant)", nameId: "Skor marbling (1 tidak ada - 12 sangat banyak)", unit: "1-12", required: true, equipmentKind: "marbling-chart", physicalMin: 1, physicalMax: 12, integer: true, better: "higher" },
    { key: "texture", name: "Texture (1 fine, 2 medium, 3 coarse)", nameId: "Tekstur (1 halus, 2 sedang, 3 kasar)", unit: "1-3", required: true, equipmentKind: "visual", physicalMin: 1, physicalMax: 3, integer: true, better: "lower" },
    { key: "halal", name: "Halal certificate present (1 = yes, 0 = no)", nameId: "Sertifikat halal ada (1 = ya, 0 = tidak)", unit: "0/1", required: true, equipmentKind: "document-check", physicalMin: 0, physicalMax: 1, integer: true, better: "higher" },
  ],
  standardRequirements: [{ parameter: "halal", min: 1, basis: "regulation" }],
  grades: [
    {
      grade: "Mutu I",
      rules: [
        { parameter: "meatColour", min: 1, max: 5, basis: "standard" },
        { parameter: "fatColour", min: 1, max: 3, basis: "standard" },
        { parameter: "marbling", min: 9, max: 12, basis: "standard" },
        { parameter: "texture", min: 1, max: 1, basis: "standard" },
      ],
    },
    {
      grade: "Mutu II",
      rules: [
        { parameter: "meatColour", min: 1, max: 5, basis: "standard" },
        { parameter: "fatColour", min: 1, max: 3, basis: "standard" },
        { parameter: "marbling", min: 5, basis: "standard" }, // Table 4: 5 - 8, graded as a floor
        { parameter: "texture", min: 1, max: 2, basis: "standard" },
      ],
    },
    {
      grade: "Mutu III",
      rules: [
        { parameter: "meatColour", min: 1, max: 9, basis: "standard" },
        { parameter: "fatColour", min: 1, max: 9, basis: "standard" },
        { parameter: "marbling", min: 1, basis: "standard" }, // Table 4: 1 - 4, graded as a floor
        { parameter: "texture", min: 1, max: 3, basis: "standard" },
      ],
    },
  ],
  // Marbling is what separates Mutu I from Mutu II, and what beef buyers (hotels, restaurants) pay
  // a premium for; colour and texture mostly sort out what falls to Mutu III.
  keyParameter: "marbling",
  // One step of the marbling chart: the smallest difference two graders reading one cut can have.
  retestMargin: { marbling: 1 },
};
