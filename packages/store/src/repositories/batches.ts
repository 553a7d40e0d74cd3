import { type Batch, type BatchStatus, conflict } from "@fsm/core";
import type { TableGateway } from "../table/gateway";
import { failedConditions, putItem, updateItem } from "../table/transactions";
import { keys } from "./keys";
import { DeclarationsMovedError } from "./moved";
import { type CreateRequest, transactCreating } from "./requests";
import { withoutStorageAttributes } from "./strip";

const toBatch = (item: Record<string, unknown>) => withoutStorageAttributes<Batch & { gradeRank?: number }>(item);

/** Statuses from which a cooperative may still withdraw what is not reserved. */
const withdrawable: BatchStatus[] = ["draft", "awaiting-inspection", "listed", "rejected", "sold-out", "delisted"];

export const batchRepository = (table: TableGateway) => ({
  /** How many declarations the site has taken for a product; read before a capacity check. */
  async declarationsRevision(facilityId: string, productId: string) {
    const item = await table.get(keys.declarationsRevision(facilityId, productId));
    return Number(item?.revision ?? 0);
  },

  /**
   * The batch, the site's declared-output ledger and the equipment runs it links, in one
   * transaction: a run accounts for one batch only, and the ledger never misses a declaration. The
   * capacity check was made at `checkedAt` (the declarations revision it read); if another batch was
   * declared since, nothing is written and `DeclarationsMovedError` says to check again.
   */
  async create(batch: Batch, checkedAt: number, request?: CreateRequest) {
    const runIds = batch.equipmentRunIds ?? [];
    try {
      await transactCreating(
        table,
        [
          updateItem(table.tableName, {
            key: keys.declarationsRevision(batch.facilityId, batch.productId),
            setExpressions: ["#revision = if_not_exists(#revision, :zero) + :one", "#entity = :entity"],
            condition: checkedAt === 0 ? "attribute_not_exists(#revision)" : "#revision = :checkedAt",
            names: { "#revision": "revision", "#entity": "entity" },
            values: { ":zero": 0, ":one": 1, ":entity": "declarations-revision", ...(checkedAt === 0 ? {} : { ":checkedAt": checkedAt }) },
          }),
          putItem(table.tableName, { ...keys.batch(batch.id), ...keys.batchOwner(batch.cooperativeId, batch.createdAt, batch.id), entity: "batch", ...batch }),
          updateItem(table.tableName, {
            key: keys.declaredOutput(batch.facilityId, batch.productId, batch.producedOn),
            setExpressions: ["#declared = if_not_exists(#declared, :zero) + :quantity", "#entity = :entity"],
            names: { "#declared": "declared", "#entity": "entity" },
            values: { ":zero": 0, ":quantity": batch.total, ":entity": "declared-output" },
          }),
          ...runIds.map((runId) =>
            updateItem(table.tableName, {
              key: keys.equipmentRun(batch.facilityId, runId),
              set: { batchId: batch.id },
              condition: "attribute_exists(pk) AND attribute_not_exists(batchId)",
            }),
          ),
        ],
        { request, resourceId: batch.id, now: new Date(batch.createdAt), token: `create-${batch.id}-r${checkedAt}` },
      );
    } catch (error) {
      const failed = failedConditions(error);
      if (failed?.includes(0)) throw new DeclarationsMovedError();
      if (failed) throw conflict("An equipment run already accounts for another batch, or this batch exists.");
      throw error;
    }
  },

  /** The most recent production day of a cooperative's batches of a product at a site. */
  async latestProductionDay(cooperativeId: string, facilityId: string, productId: string, onOrBefore: string) {
    const items = await table.queryAll({
      index: "owner",
      partition: `ORG#${cooperativeId}`,
      sortBeginsWith: "BATCH#",
      filter: {
        expression: "#facility = :facility AND #product = :product AND #producedOn <= :day",
        names: { "#facility": "facilityId", "#product": "productId", "#producedOn": "producedOn" },
        values: { ":facility": facilityId, ":product": productId, ":day": onOrBefore },
      },
    });
    return items.map((item) => String(item.producedOn)).sort().at(-1);
  },

  /** Output declared at a site for a product from `from` to `until`, both included. */
  async declaredFromTo(facilityId: string, productId: string, from: string, until: string) {
    if (until < from) return 0;
    const items = await table.queryAll({ partition: keys.declaredOutput(facilityId, productId, from).pk, sortBetween: [`DAY#${from}`, `DAY#${until}`], consistent: true });
    return items.reduce((sum, item) => sum + Number(item.declared ?? 0), 0);
  },

  /** Output declared at a site for a product on days after `after`, up to and including `until`. */
  async declaredBetween(facilityId: string, productId: string, after: string, until: string) {
    if (until <= after) return 0;
    const items = await table.queryAll({
      partition: keys.declaredOutput(facilityId, productId, after).pk,
      sortBetween: [`DAY#${after}~`, `DAY#${until}`],
      // Strongly consistent: a capacity check must see every declaration before the revision it read.
      consistent: true,
    });
    return items.reduce((sum, item) => sum + Number(item.declared ?? 0), 0);
  },

  async get(id: string) {
    const item = await table.get(keys.batch(id));
    return item ? toBatch(item) : undefined;
  },

  async listByOwner(cooperativeId: string, status?: BatchStatus) {
    const items = await table.queryAll({
      index: "owner",
      partition: `ORG#${cooperativeId}`,
      sortBeginsWith: "BATCH#",
      newestFirst: true,
      filter: status ? { expression: "#status = :status", names: { "#status": "status" }, values: { ":status": status } } : undefined,
    });
    return items.map(toBatch);
  },

  async listAwaitingInspection(facilityId: string) {
    const items = await table.queryAll({ index: "queue", partition: `INSPECT#${facilityId}` });
    return items.map(toBatch);
  },

  async requestInspection(batch: Batch, now: Date) {
    const requestedAt = now.toISOString();
    try {
      const updated = await table.update({
        key: keys.batch(batch.id),
        set: {
          status: "awaiting-inspection",
          inspectionRequestedAt: requestedAt,
          updatedAt: requestedAt,
          ...keys.inspectionQueue(batch.facilityId, requestedAt, batch.id),
        },
        condition: "#status = :draft",
        names: { "#status": "status" },
        values: { ":draft": "draft" },
      });
      return toBatch(updated ?? {});
    } catch (error) {
      if (failedConditions(error)) throw conflict(`Batch ${batch.id} is ${batch.status}; only a draft can be sent for inspection.`);
      throw error;
    }
  },

  /** Only stock not reserved leaves the market: reservations stay and may still ship. */
  async withdraw(batch: Batch, now: Date) {
    try {
      const updated = await table.update({
        key: keys.batch(batch.id),
        set: { status: "withdrawn", updatedAt: now.toISOString() },
        remove: ["gsi1pk", "gsi1sk", "gsi3pk", "gsi3sk"],
        condition: `#status IN (${withdrawable.map((_, index) => `:w${index}`).join(", ")})`,
        names: { "#status": "status", "#withdrawn": "withdrawn", "#total": "total", "#available": "available" },
        values: { ":zero": 0, ...Object.fromEntries(withdrawable.map((status, index) => [`:w${index}`, status])) },
        setExpressions: ["#withdrawn = #withdrawn + #available", "#total = #total - #available", "#available = :zero"],
      });
      return toBatch(updated ?? {});
    } catch (error) {
      if (failedConditions(error)) throw conflict(`Batch ${batch.id} is already withdrawn.`);
      throw error;
    }
  },
});

export type BatchRepository = ReturnType<typeof batchRepository>;
