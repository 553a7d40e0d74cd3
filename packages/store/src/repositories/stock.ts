import type { Batch } from "@fsm/core";
import { updateItem } from "../table/transactions";
import { keys } from "./keys";

type RankedBatch = Batch & { gradeRank?: number };

/**
 * Every change to a batch's counters, as transaction items. Each is conditional on the state it
 * was computed from, so `total = available + reserved + shipped` holds whatever races.
 */
export const stockWrites = (tableName: string) => ({
  /**
   * A hold that takes everything on sale also takes the batch out of the catalog, in the same
   * write; it then needs exactly that much available, so stock that came back is never hidden.
   */
  hold: (batch: RankedBatch, quantity: number, now: string) => {
    const takesAll = quantity === batch.available;
    return updateItem(tableName, {
      key: keys.batch(batch.id),
      add: { available: -quantity, reserved: quantity },
      set: { updatedAt: now },
      remove: takesAll ? ["gsi1pk", "gsi1sk"] : undefined,
      condition: `#status = :listed AND #available ${takesAll ? "=" : ">="} :quantity`,
      names: { "#status": "status", "#available": "available" },
      values: { ":listed": "listed", ":quantity": quantity },
    });
  },

  /** Held stock goes back where the batch now is: on sale, off sale (delisted), or out (withdrawn). */
  release: (batch: RankedBatch, quantity: number, now: string) => {
    const common = { key: keys.batch(batch.id), names: { "#status": "status", "#reserved": "reserved" }, values: { ":quantity": quantity, ":was": batch.status } };
    const condition = "#status = :was AND #reserved >= :quantity";
    if (batch.status === "withdrawn") {
      return updateItem(tableName, { ...common, add: { reserved: -quantity, total: -quantity, withdrawn: quantity }, set: { updatedAt: now }, condition });
    }
    const catalog =
      (batch.status === "listed" || batch.status === "sold-out") && batch.gradeRank !== undefined
        ? keys.catalogEntry(batch.productId, batch.gradeRank, batch.unitPriceIdr, batch.id)
        : {};
    const status = batch.status === "sold-out" ? { status: "listed" } : {};
    return updateItem(tableName, { ...common, add: { reserved: -quantity, available: quantity }, set: { updatedAt: now, ...catalog, ...status }, condition });
  },

  ship: (batch: RankedBatch, quantity: number, now: string) =>
    updateItem(tableName, {
      key: keys.batch(batch.id),
      add: { reserved: -quantity, shipped: quantity },
      set: { updatedAt: now },
      condition: "#reserved >= :quantity",
      names: { "#reserved": "reserved" },
      values: { ":quantity": quantity },
    }),
});
