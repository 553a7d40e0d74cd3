import type { Allocation, Batch, Order, OrderStatus, PlannedHold } from "@fsm/core";
import { blendedValue, conflict, findRulebook, heldQuantityOf, holdingStatus, isActive, orderTotals, wantsMoreStock } from "@fsm/core";
import type { TransactWriteItem } from "@aws-sdk/client-dynamodb";
import type { Item, TableGateway } from "../table/gateway";
import { failedConditions, putItem, updateItem } from "../table/transactions";
import { keys } from "./keys";
import { StockMovedError } from "./moved";
import { type CreateRequest, transactCreating } from "./requests";
import { stockWrites } from "./stock";
import { withoutStorageAttributes } from "./strip";

/** The order item as stored: everything but the allocations and the derived totals. */
export type StoredOrder = Omit<Order, "allocations" | "goodsIdr" | "freightIdr" | "totalIdr" | "blended"> & {
  version: number;
  allocationSequence: number;
};

const noBlend = (parameter: string) => ({ parameter, value: null, retestRequired: false, nearestThreshold: null });

export const toOrderView = (order: StoredOrder, allocations: Allocation[]): Order => {
  const { version: _version, allocationSequence: _sequence, ...rest } = order;
  const rulebook = findRulebook(order.productId);
  const parts = allocations.filter((allocation) => isActive(allocation) && allocation.keyValue !== undefined).map((allocation) => ({ quantity: allocation.quantity, value: allocation.keyValue as number }));
  return { ...rest, allocations, ...orderTotals(allocations), blended: rulebook ? blendedValue(rulebook, parts) : noBlend("") };
};

const toAllocation = (item: Item) => withoutStorageAttributes<Allocation>(item);

const orderIndexKeys = (order: StoredOrder) => ({
  ...keys.orderOwner(order.buyerId, order.createdAt, order.id),
  ...(wantsMoreStock(order.status) ? keys.openDemand(order.productId, order.createdAt, order.id) : {}),
});

/**
 * Version-checked order update, so two writers never both act on the same order state. The order
 * is in the open-demand queue exactly while its status wants more stock.
 */
export const orderUpdateItem = (tableName: string, order: StoredOrder, set: Partial<StoredOrder>) => {
  const status = set.status ?? order.status;
  const openDemand = wantsMoreStock(status) ? keys.openDemand(order.productId, order.createdAt, order.id) : undefined;
  return updateItem(tableName, {
    key: keys.order(order.id),
    set: { ...set, ...openDemand, version: order.version + 1 },
    remove: openDemand ? undefined : ["gsi3pk", "gsi3sk"],
    condition: "#version = :version",
    names: { "#version": "version" },
    values: { ":version": order.version },
  });
};

export interface HoldPlacement {
  /** The order's allocations so far, when an existing order is re-matched. */
  existing?: Allocation[];
  now: Date;
  holdSeconds: number;
  /** The buyer's request that placed a new order, when it carried an `Idempotency-Key`. */
  request?: CreateRequest;
}

export const orderRepository = (table: TableGateway) => {
  const orderUpdate = (order: StoredOrder, set: Partial<StoredOrder>) => orderUpdateItem(table.tableName, order, set);
  const stock = stockWrites(table.tableName);

  const allocationItem = (allocation: Allocation): Item => ({
    ...keys.allocation(allocation.id),
    ...keys.allocationOwner(allocation.cooperativeId, allocation.createdAt, allocation.id),
    ...keys.allocationByBatch(allocation.batchId, allocation.id),
    ...(allocation.status === "held" && allocation.holdExpiresAt ? keys.holdExpiry(allocation.holdExpiresAt, allocation.id) : {}),
    entity: "allocation",
    ...allocation,
  });

  const run = async (items: TransactWriteItem[], token: string | undefined, onConflict: () => Error) => {
    try {
      await table.transact(items, token);
    } catch (error) {
      if (failedConditions(error)) throw onConflict();
      throw error;
    }
  };

  const newAllocations = (order: StoredOrder, holds: PlannedHold[], now: Date, holdSeconds: number): Allocation[] => {
    const createdAt = now.toISOString();
    const holdExpiresAt = new Date(now.getTime() + holdSeconds * 1000).toISOString();
    return holds.map((hold, index) => ({
      id: keys.allocationId(order.id, order.allocationSequence + index + 1),
      orderId: order.id,
      batchId: hold.batch.id,
      productId: order.productId,
      cooperativeId: hold.batch.cooperativeId,
      facilityId: hold.batch.facilityId,
      buyerId: order.buyerId,
      quantity: hold.quantity,
      unitPriceIdr: hold.batch.unitPriceIdr,
      freightPerUnitIdr: hold.freightPerUnitIdr,
      pickupCostIdr: hold.pickupCostIdr,
      grade: hold.batch.grade ?? null,
      keyValue: hold.batch.keyValue,
      status: "held",
      holdExpiresAt,
      createdAt,
    }));
  };

  return {
    async get(id: string) {
      const items = await table.queryAll({ partition: keys.order(id).pk, consistent: true });
      const orderItem = items.find((item) => item.sk === "ORDER");
      if (!orderItem) return undefined;
      const order = withoutStorageAttributes<StoredOrder>(orderItem);
      const allocations = items.filter((item) => item.entity === "allocation").map(toAllocation);
      return { order, allocations };
    },

    async listByBuyer(buyerId: string, status?: OrderStatus) {
      const items = await table.queryAll({
        index: "owner",
        partition: `ORG#${buyerId}`,
        sortBeginsWith: "ORDER#",
        newestFirst: true,
        filter: status ? { expression: "#status = :status", names: { "#status": "status" }, values: { ":status": status } } : undefined,
      });
      return items.map((item) => withoutStorageAttributes<StoredOrder>(item));
    },

    async listOpenDemand(productId: string) {
      const items = await table.queryAll({ index: "queue", partition: `OPEN#${productId}` });
      return items.map((item) => withoutStorageAttributes<StoredOrder>(item));
    },

    async getAllocation(id: string) {
      if (!id.includes(".a")) return undefined;
      const item = await table.get(keys.allocation(id));
      return item?.entity === "allocation" ? toAllocation(item) : undefined;
    },

    async listAllocationsForCooperative(cooperativeId: string, status?: Allocation["status"]) {
      const items = await table.queryAll({
        index: "owner",
        partition: `ORG#${cooperativeId}`,
        sortBeginsWith: "ALLOC#",
        newestFirst: true,
        filter: status ? { expression: "#status = :status", names: { "#status": "status" }, values: { ":status": status } } : undefined,
      });
      return items.map(toAllocation);
    },

    async listAllocationsOfBatch(batchId: string) {
      const items = await table.queryAll({ index: "catalog", partition: `BATCHALLOC#${batchId}` });
      return items.map(toAllocation);
    },

    async expiredHolds(now: Date, limit = 100) {
      const page = await table.query({ index: "queue", partition: "HOLDS", sortAtMost: `${now.toISOString()}#~`, limit });
      return page.items.map(toAllocation);
    },

    /**
     * Places the order (new, or an existing one being re-matched) and all its holds in one
     * transaction. A batch whose stock moved meanwhile fails its condition and nothing is written;
     * a new order whose request already completed throws `RequestAlreadyCompletedError`.
     */
    async placeHolds(order: StoredOrder, holds: PlannedHold[], placement: HoldPlacement) {
      const { existing = [], now, holdSeconds, request } = placement;
      const isNew = order.version === 0;
      const allocations = newAllocations(order, holds, now, holdSeconds);
      const heldQuantity = heldQuantityOf([...existing, ...allocations]);
      const status = holdingStatus(order.quantity, heldQuantity);
      const stamp = now.toISOString();
      const next: StoredOrder = {
        ...order,
        heldQuantity,
        status,
        updatedAt: stamp,
        allocationSequence: order.allocationSequence + allocations.length,
        version: isNew ? 1 : order.version + 1,
      };
      const orderWrite = isNew
        ? putItem(table.tableName, { ...keys.order(order.id), ...orderIndexKeys(next), entity: "order", ...next })
        : orderUpdate(order, { heldQuantity, status, updatedAt: stamp, allocationSequence: next.allocationSequence });
      const items = [
        orderWrite,
        ...allocations.flatMap((allocation, index) => [
          putItem(table.tableName, allocationItem(allocation)),
          stock.hold(holds[index]?.batch as Batch, allocation.quantity, stamp),
        ]),
      ];
      try {
        await transactCreating(table, items, { request: isNew ? request : undefined, resourceId: order.id, now });
      } catch (error) {
        if (failedConditions(error)) throw new StockMovedError();
        throw error;
      }
      return { order: next, allocations: [...existing, ...allocations] };
    },

    /** Holds become confirmed; a hold already past its expiry makes the whole confirmation a 409. */
    async confirm(order: StoredOrder, allocations: Allocation[], now: Date) {
      const stamp = now.toISOString();
      const held = allocations.filter((allocation) => allocation.status === "held");
      const items = [
        orderUpdate(order, { status: "confirmed", updatedAt: stamp }),
        ...held.map((allocation) =>
          updateItem(table.tableName, {
            key: keys.allocation(allocation.id),
            set: { status: "confirmed", updatedAt: stamp },
            remove: ["gsi3pk", "gsi3sk"],
            condition: "#status = :held AND #expires > :now",
            names: { "#status": "status", "#expires": "holdExpiresAt" },
            values: { ":held": "held", ":now": stamp },
          }),
        ),
      ];
      await run(items, undefined, () => conflict(`Order ${order.id} changed or its holds expired; it can no longer be confirmed.`));
    },

    /**
     * Releases holds, returning their stock, and moves the order on, in one transaction per order.
     * `batches` are the current batches behind the holds (their status decides where stock goes).
     */
    async release(
      order: StoredOrder,
      allocations: Allocation[],
      toRelease: Allocation[],
      batches: Map<string, Batch>,
      reason: "expired" | "cancelled" | "revoked",
      nextStatus: OrderStatus,
      now: Date,
    ) {
      const stamp = now.toISOString();
      const released = new Set(toRelease.map((allocation) => allocation.id));
      const heldQuantity = heldQuantityOf(allocations.filter((allocation) => !released.has(allocation.id)));
      const items = [
        orderUpdate(order, { status: nextStatus, heldQuantity, updatedAt: stamp }),
        ...toRelease.flatMap((allocation) => [
          updateItem(table.tableName, {
            key: keys.allocation(allocation.id),
            set: { status: "released", releaseReason: reason, updatedAt: stamp },
            remove: ["gsi3pk", "gsi3sk"],
            condition: "#status = :held",
            names: { "#status": "status" },
            values: { ":held": "held" },
          }),
          stock.release(batches.get(allocation.batchId) as Batch, allocation.quantity, stamp),
        ]),
      ];
      await run(items, undefined, () => conflict(`Order ${order.id} changed meanwhile; try again.`));
    },

    async ship(allocation: Allocation, batch: Batch, waybill: string, now: Date) {
      const stamp = now.toISOString();
      await run(
        [
          updateItem(table.tableName, {
            key: keys.allocation(allocation.id),
            set: { status: "shipped", waybill, shippedAt: stamp, updatedAt: stamp },
            condition: "#status = :confirmed",
            names: { "#status": "status" },
            values: { ":confirmed": "confirmed" },
          }),
          stock.ship(batch, allocation.quantity, stamp),
        ],
        `ship-${allocation.id}`,
        () => conflict(`Allocation ${allocation.id} is not confirmed; only confirmed allocations ship.`),
      );
      await table
        .update({
          key: keys.batch(batch.id),
          set: { status: "sold-out" },
          condition: "#status = :listed AND #available = :zero AND #reserved = :zero",
          names: { "#status": "status", "#available": "available", "#reserved": "reserved" },
          values: { ":listed": "listed", ":zero": 0 },
        })
        .catch((error: unknown) => {
          if (!failedConditions(error)) throw error;
        });
    },

    /** The last receipt of an order fulfils it, in the same transaction. */
    async receive(order: StoredOrder, allocations: Allocation[], allocation: Allocation, receivedQuantity: number, now: Date) {
      const stamp = now.toISOString();
      const outstanding = allocations.filter(
        (other) => other.id !== allocation.id && (other.status === "held" || other.status === "confirmed" || other.status === "shipped"),
      );
      const items = [
        updateItem(table.tableName, {
          key: keys.allocation(allocation.id),
          set: { status: "delivered", receivedQuantity, deliveredAt: stamp, updatedAt: stamp },
          condition: "#status = :shipped",
          names: { "#status": "status" },
          values: { ":shipped": "shipped" },
        }),
        orderUpdate(order, outstanding.length === 0 ? { status: "fulfilled", updatedAt: stamp } : { updatedAt: stamp }),
      ];
      await run(items, undefined, () => conflict(`Allocation ${allocation.id} is not shipped, or the order changed meanwhile.`));
    },

  };
};

export type OrderRepository = ReturnType<typeof orderRepository>;
