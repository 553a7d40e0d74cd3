import type { Product } from "../schemas/product";
import { findRulebookIn, latestRulebooks } from "./history";
import type { Rulebook } from "./rulebook";
import { beef } from "./rulebooks/beef";
import { cocoFiber } from "./rulebooks/coco-fiber";
import { gingerSimplisia } from "./rulebooks/ginger-simplisia";
import { patchouliOil } from "./rulebooks/patchouli-oil";
import { teakFurniture } from "./rulebooks/teak-furniture";

export * from "./rulebook";
export * from "./grade";
export * from "./order";
export * from "./history";
export * from "./rulebook-problems";

const deepFreeze = <T>(value: T): T => {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const nested of Object.values(value)) deepFreeze(nested);
  }
  return value;
};

/**
 * Every version of every rulebook. A new version is added beside the old one, never edited in place:
 * a certificate names the version it was graded under, and that version stays here unchanged (frozen,
 * so not even a stray assignment at run time can alter it).
 */
export const rulebookHistory: readonly Rulebook[] = deepFreeze([patchouliOil, cocoFiber, teakFurniture, beef, gingerSimplisia]);

/** The current version of each product's rulebook. */
export const rulebooks: readonly Rulebook[] = Object.freeze(latestRulebooks(rulebookHistory));

/** The newest version unless one is named (to re-read a certificate under the version that graded it). */
export const findRulebook = (productId: string, version?: string): Rulebook | undefined => findRulebookIn(rulebookHistory, productId, version);

/** The `GET /products` shape. */
export const productSummary = (rulebook: Rulebook): Product => ({
  id: rulebook.productId,
  family: rulebook.family,
  name: rulebook.name,
  nameId: rulebook.nameId,
  unit: rulebook.unit,
  grades: rulebook.grades.map((grade) => grade.grade),
  parameters: rulebook.parameters.map(({ key, unit, name, nameId, required, equipmentKind, physicalMin, physicalMax }) => ({
    key,
    unit,
    name,
    nameId,
    required,
    equipmentKind,
    physicalMin,
    physicalMax,
  })),
  rulebookVersion: rulebook.version,
  standardRequirements: rulebook.standardRequirements.map(({ parameter, min, max }) => ({ parameter, min, max })),
  gradeRules: rulebook.grades.map(({ grade, rules }) => ({ grade, rules: rules.map(({ parameter, min, max }) => ({ parameter, min, max })) })),
  keyParameter: rulebook.keyParameter,
});
