export type ProductFamily = "essential-oil" | "coconut" | "furniture" | "beef" | "herbal";

/**
 * Which way a reading gets better. `range`: best inside a band (wood moisture, specific gravity),
 * worse both above and below it. Grading never reads this; it states what the thresholds must
 * respect so that a better reading can never earn a worse grade (checked by `rulebookProblems` and
 * the property tests).
 */
export type Direction = "higher" | "lower" | "range";

/**
 * Who sets a threshold. Certificates travel to buyers, so the rulebook keeps apart what a national
 * standard or regulation demands from what the marketplace or export buyers add on top.
 */
export type ThresholdBasis =
  | "standard"
  | "draft-standard"
  | "regulation"
  | "trade-grade"
  | "buyer-norm"
  | "marketplace";

export interface ParameterSpec {
  /** Part of the API contract: measurements are posted under this key. */
  key: string;
  name: string;
  nameId: string;
  unit: string;
  required: boolean;
  equipmentKind: string;
  /** What an instrument can read at all; a reading outside it is an input error (400), not a grade. */
  physicalMin: number;
  physicalMax: number;
  integer?: boolean;
  better: Direction;
}

/** Inclusive limits on one parameter. */
export interface Bound {
  parameter: string;
  min?: number;
  max?: number;
  basis: ThresholdBasis;
}

export interface GradeRule {
  grade: string;
  /** Every parameter named here must be measured and within its bound for the grade. */
  rules: readonly Bound[];
}

export interface Rulebook {
  productId: string;
  family: ProductFamily;
  name: string;
  nameId: string;
  unit: "kg" | "piece";
  /** A certificate names the version it was graded under; a published version is never edited. */
  version: string;
  /** Where each kind of threshold in this rulebook comes from. */
  sources: Partial<Record<ThresholdBasis, string>>;
  parameters: readonly ParameterSpec[];
  /**
   * The pass/fail set every grade must meet, where a standard or regulation gives one. Each row is
   * checked when measured; a required parameter must be measured anyway.
   */
  standardRequirements: readonly Bound[];
  /** Best first. */
  grades: readonly GradeRule[];
  /** The value buyers pay for: the one averaged over a pooled delivery and watched for re-testing. */
  keyParameter: string;
  /**
   * Per parameter: how close to a grade threshold a pooled average may sit before the pool is
   * re-tested, in the parameter's unit. Always covers `keyParameter`.
   */
  retestMargin: Readonly<Record<string, number>>;
}
