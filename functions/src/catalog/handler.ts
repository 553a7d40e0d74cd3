import {
  findRulebook,
  freightPerUnitIdr as freightPerUnit,
  gradeRank,
  invalidInput,
  isoDay,
  isKnownGrade,
  isProvinceCode,
  productSummary,
  rulebooks,
} from "@fsm/core";
import { type AppDeps, productionDeps } from "../deps";
import { groupHandler, lazyHandler } from "../http/group-handler";
import { implement } from "../http/operation";
import { routes } from "../routes";

const freightTo = (destination: string | undefined, batch: { province: string; productId: string; unitPriceIdr: number }) => {
  if (!destination || !isProvinceCode(destination)) return {};
  const freightPerUnitIdr = freightPerUnit(batch.province, destination, findRulebook(batch.productId)?.unit ?? "kg");
  return { freightPerUnitIdr, landedUnitPriceIdr: batch.unitPriceIdr + freightPerUnitIdr };
};

export const operations = [
  implement(routes.listProducts, async () => rulebooks.map(productSummary)),
  implement(routes.catalog, async ({ query }, { store, clock }) => {
    const rulebook = query.productId ? findRulebook(query.productId) : undefined;
    if (query.productId && !rulebook) return { items: [], cursor: null };
    if (query.minGrade && rulebook && !isKnownGrade(rulebook, query.minGrade)) {
      throw invalidInput("Unknown grade for this product.", [{ path: "query.minGrade", message: `one of ${rulebook.grades.map((grade) => grade.grade).join(", ")}` }]);
    }
    const page = await store.catalog.search({
      productIds: rulebook ? [rulebook.productId] : rulebooks.map((book) => book.productId),
      maxGradeRank: rulebook && query.minGrade ? gradeRank(rulebook, query.minGrade) : undefined,
      province: query.province,
      minQuantity: query.minQuantity,
      validOn: isoDay(clock.now()),
      limit: query.limit,
      cursor: query.cursor,
    });
    if (page === "bad-cursor") throw invalidInput("The cursor is not one this API gave out.", [{ path: "query.cursor", message: "invalid cursor" }]);
    return {
      cursor: page.cursor,
      items: page.items.map((batch) => ({
        ...freightTo(query.destinationProvince, batch),
        batchId: batch.id,
        productId: batch.productId,
        grade: batch.grade ?? "",
        available: batch.available,
        unitPriceIdr: batch.unitPriceIdr,
        facilityId: batch.facilityId,
        province: batch.province,
        cooperativeId: batch.cooperativeId,
        certificateId: batch.certificateId ?? "",
        certificateValidUntil: batch.certificateValidUntil ?? "",
        bestBefore: batch.bestBefore,
      })),
    };
  }),
];

export const makeHandler = (deps: AppDeps) => groupHandler(operations, deps);
export const handler = lazyHandler(() => makeHandler(productionDeps()));
