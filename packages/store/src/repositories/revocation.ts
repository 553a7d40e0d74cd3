import type { Allocation, Batch } from "@fsm/core";
import { conflict, holdingStatus, wantsMoreStock } from "@fsm/core";
import type { TableGateway } from "../table/gateway";
import { failedConditions, updateItem } from "../table/transactions";
import type { StoredCertificate } from "./certificates";
import { keys } from "./keys";
import { orderUpdateItem, type StoredOrder } from "./orders";
import { withoutStorageAttributes } from "./strip";

export interface Revocation {
  reason: string;
  officerId: string;
  now: Date;
}

/**
 * Revoking is one transaction per batch: the certificate, the batch leaving the market, every
 * unconfirmed hold released (with its order's held quantity), and confirmed allocations flagged.
 * DynamoDB allows one write per item in a transaction, so holds are summed per batch and per order.
 */
export const revocationRepository = (table: TableGateway) => ({
  async revoke(certificate: StoredCertificate, { reason, officerId, now }: Revocation): Promise<StoredCertificate> {
    if (certificate.revokedAt) throw conflict(`Certificate ${certificate.id} is already revoked.`);
    const stamp = now.toISOString();
    const batchItem = await table.get(keys.batch(certificate.batchId));
    const batch = batchItem ? withoutStorageAttributes<Batch>(batchItem) : undefined;
    const allocations = (await table.queryAll({ index: "catalog", partition: `BATCHALLOC#${certificate.batchId}` })).map((item) =>
      withoutStorageAttributes<Allocation>(item),
    );
    const held = allocations.filter((allocation) => allocation.status === "held");
    const confirmed = allocations.filter((allocation) => allocation.status !== "held" && allocation.status !== "released");
    const releasedQuantity = held.reduce((sum, allocation) => sum + allocation.quantity, 0);
    const releasedByOrder = new Map<string, number>();
    for (const allocation of held) releasedByOrder.set(allocation.orderId, (releasedByOrder.get(allocation.orderId) ?? 0) + allocation.quantity);
    const orders = await Promise.all(
      [...releasedByOrder.keys()].map(async (orderId) => withoutStorageAttributes<StoredOrder>((await table.get(keys.order(orderId))) ?? {})),
    );

    const batchWrite =
      batch && certificate.id === batch.certificateId
        ? [
            updateItem(table.tableName, {
              key: keys.batch(batch.id),
              set: { updatedAt: stamp, ...(batch.status === "listed" || batch.status === "sold-out" ? { status: "delisted" } : {}) },
              add: releasedQuantity > 0 ? (batch.status === "withdrawn" ? { reserved: -releasedQuantity, total: -releasedQuantity, withdrawn: releasedQuantity } : { reserved: -releasedQuantity, available: releasedQuantity }) : undefined,
              remove: ["gsi1pk", "gsi1sk"],
              condition: "#status = :status AND #reserved >= :released",
              names: { "#status": "status", "#reserved": "reserved" },
              values: { ":status": batch.status, ":released": releasedQuantity },
            }),
          ]
        : [];
    const items = [
      updateItem(table.tableName, {
        key: keys.certificate(certificate.id),
        set: { revokedAt: stamp, revocationReason: reason, revokedBy: officerId },
        condition: "attribute_not_exists(revokedAt)",
      }),
      ...batchWrite,
      ...held.map((allocation) =>
        updateItem(table.tableName, {
          key: keys.allocation(allocation.id),
          set: { status: "released", releaseReason: "revoked", updatedAt: stamp },
          remove: ["gsi3pk", "gsi3sk"],
          condition: "#status = :held",
          names: { "#status": "status" },
          values: { ":held": "held" },
        }),
      ),
      ...orders.map((order) => {
        const heldQuantity = order.heldQuantity - (releasedByOrder.get(order.id) ?? 0);
        const status = wantsMoreStock(order.status) || order.status === "held" ? holdingStatus(order.quantity, heldQuantity) : order.status;
        return orderUpdateItem(table.tableName, order, { heldQuantity, status, updatedAt: stamp });
      }),
      ...confirmed.map((allocation) =>
        updateItem(table.tableName, {
          key: keys.allocation(allocation.id),
          set: { certificateRevoked: true, updatedAt: stamp },
          condition: "attribute_exists(pk)",
        }),
      ),
    ];
    try {
      await table.transact(items, `revoke-${certificate.id}`);
    } catch (error) {
      if (failedConditions(error)) throw conflict(`Certificate ${certificate.id} or its batch changed meanwhile; try again.`);
      throw error;
    }
    return { ...certificate, revokedAt: stamp, revocationReason: reason };
  },
});
