import type { Batch } from "@fsm/core";
import { updateItem } from "../table/transactions";
import { keys } from "./keys";

type RankedBatch = Batch & { gradeRank?: number };

/**
 * Every change to a batch's counters, as transaction items. Each is conditional on the state it
 * was computed from, so `total = available + reserved + shipped` holds whatever races.
 */
export const stockWrites = (tableName: string) => ({
  hold: (batch: RankedBatch, quantity: number, now: string) =>
    updateItem(tableName, {
      key: keys.batch(batch.id),
      add: { available: -quantity, reserved: quantity },
      set: { updatedAt: now },
      condition: "#status = :listed AND #available >= :quantity",
      names: { "#status": "status", "#available": "available" },
      values: { ":listed": "listed", ":quantity": quantity },
    }),

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
