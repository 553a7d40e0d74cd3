import type { Batch } from "@fsm/core";
import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import type { TableGateway } from "../table/gateway";
import { failedConditions } from "../table/transactions";
import { keys } from "./keys";
import { withoutStorageAttributes } from "./strip";

export type ListedBatch = Batch & { gradeRank: number };

export interface CatalogSearch {
  productIds: string[];
  maxGradeRank?: number;
  province?: string;
  minQuantity?: number;
  validOn: string;
  limit: number;
  cursor?: string;
}

interface CatalogCursor {
  product: number;
  key: Record<string, AttributeValue>;
}

const encodeCursor = (cursor: CatalogCursor) => Buffer.from(JSON.stringify(cursor)).toString("base64url");
const decodeCursor = (cursor: string): CatalogCursor | undefined => {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as CatalogCursor;
    return typeof parsed.product === "number" && parsed.key && typeof parsed.key === "object" ? parsed : undefined;
  } catch {
    return undefined;
  }
};

/** Listed stock, read from the sparse catalog index only: no Scan on any request path. */
export const catalogRepository = (table: TableGateway) => {
  const filterFor = (search: Pick<CatalogSearch, "province" | "minQuantity" | "validOn">) => {
    const names: Record<string, string> = { "#available": "available", "#validUntil": "certificateValidUntil" };
    const values: Record<string, unknown> = { ":minQuantity": search.minQuantity ?? 1, ":validOn": search.validOn };
    const clauses = ["#available >= :minQuantity", "#validUntil >= :validOn"];
    if (search.province) {
      names["#province"] = "province";
      values[":province"] = search.province;
      clauses.push("#province = :province");
    }
    return { expression: clauses.join(" AND "), names, values };
  };

  return {
    /** Every listed batch of a product at or above a grade rank: the matching engine's candidates. */
    async candidates(productId: string, maxGradeRank: number, validOn: string) {
      const items = await table.queryAll({
        index: "catalog",
        partition: keys.catalogPartition(productId),
        sortAtMost: keys.catalogUpToRank(maxGradeRank),
        filter: filterFor({ validOn }),
      });
      return items.map((item) => withoutStorageAttributes<ListedBatch>(item));
    },

    /** One page, best grade then cheapest first; products in the given order when several. */
    async search(search: CatalogSearch): Promise<{ items: ListedBatch[]; cursor: string | null } | "bad-cursor"> {
      const start = search.cursor ? decodeCursor(search.cursor) : { product: 0, key: undefined };
      if (!start) return "bad-cursor";
      const items: ListedBatch[] = [];
      let product = start.product;
      let startAfter = start.key && Object.keys(start.key).length > 0 ? start.key : undefined;
      while (product < search.productIds.length && items.length < search.limit) {
        const page = await table.query({
          index: "catalog",
          partition: keys.catalogPartition(search.productIds[product] as string),
          sortAtMost: search.maxGradeRank === undefined ? undefined : keys.catalogUpToRank(search.maxGradeRank),
          filter: filterFor(search),
          limit: search.limit - items.length,
          startAfter,
        });
        items.push(...page.items.map((item) => withoutStorageAttributes<ListedBatch>(item)));
        if (page.lastKey) {
          startAfter = page.lastKey;
        } else {
          product += 1;
          startAfter = undefined;
        }
      }
      const more = product < search.productIds.length;
      return { items, cursor: more ? encodeCursor({ product, key: startAfter ?? {} }) : null };
    },

    /**
     * Takes a batch that has nothing left to sell out of the catalog; a no-op if stock came back or
     * it is out already. Holds remove the entry themselves when they take all the catalog showed;
     * this catches the holds that emptied a batch while the index still showed more.
     */
    async removeSoldOut(batchId: string, now: string) {
      await table
        .update({
          key: keys.batch(batchId),
          remove: ["gsi1pk", "gsi1sk"],
          set: { updatedAt: now },
          condition: "#available = :zero AND attribute_exists(gsi1pk)",
          names: { "#available": "available" },
          values: { ":zero": 0 },
        })
        .catch((error: unknown) => {
          if (!failedConditions(error)) throw error;
        });
    },
  };
};
