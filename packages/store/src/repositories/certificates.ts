import type { Batch, CertificatePayload, Certificate } from "@fsm/core";
import { conflict } from "@fsm/core";
import type { TableGateway } from "../table/gateway";
import { failedConditions, putItem, updateItem } from "../table/transactions";
import { keys } from "./keys";
import { type CreateRequest, transactCreating } from "./requests";
import { withoutStorageAttributes } from "./strip";

/** A certificate as stored: the signed payload, its JWS, and what happened to it since. */
export type StoredCertificate = Omit<Certificate, "status"> & { revokedAt?: string; revocationReason?: string };

export interface IssuedCertificate {
  payload: CertificatePayload;
  jws: string;
  shortOfNextGrade: Certificate["shortOfNextGrade"];
  gradeRank: number | undefined;
  /** The certified value of the product's key parameter, kept on the batch for blended orders. */
  keyValue: number | undefined;
}

const storedFrom = (payload: CertificatePayload, jws: string, shortOfNextGrade: Certificate["shortOfNextGrade"]): StoredCertificate => {
  const { certificateId, ...signed } = payload;
  return { id: certificateId, ...signed, shortOfNextGrade, jws };
};

const certificateItem = (stored: StoredCertificate) => ({
  ...keys.certificate(stored.id),
  ...(stored.scope === "batch" ? { gsi2pk: `ORG#${stored.cooperativeId}`, gsi2sk: `CERT#${stored.issuedAt}#${stored.id}` } : {}),
  entity: "certificate",
  ...stored,
});

export const certificateRepository = (table: TableGateway) => ({
  async get(id: string) {
    const item = await table.get(keys.certificate(id));
    return item ? withoutStorageAttributes<StoredCertificate>(item) : undefined;
  },

  async listForCooperative(cooperativeId: string) {
    const items = await table.queryAll({ index: "owner", partition: `ORG#${cooperativeId}`, sortBeginsWith: "CERT#", newestFirst: true });
    return items.map((item) => withoutStorageAttributes<StoredCertificate>(item));
  },

  /**
   * One transaction: the certificate, the batch's new status and its catalog entry. If the batch
   * left the queue meanwhile (withdrawn, certified by someone else), nothing is written.
   */
  async issue(batch: Batch, issued: IssuedCertificate, request?: CreateRequest) {
    const { payload, jws, shortOfNextGrade, gradeRank, keyValue } = issued;
    const stored = storedFrom(payload, jws, shortOfNextGrade);
    const listed = payload.grade !== null && gradeRank !== undefined;
    const catalog = listed && batch.available > 0 ? keys.catalogEntry(batch.productId, gradeRank, batch.unitPriceIdr, batch.id) : {};
    try {
      await transactCreating(
        table,
        [
          putItem(table.tableName, certificateItem(stored)),
          updateItem(table.tableName, {
            key: keys.batch(batch.id),
            set: {
              status: listed ? "listed" : "rejected",
              grade: payload.grade,
              gradeRank,
              keyValue,
              certificateId: stored.id,
              certificateValidUntil: stored.validUntil,
              certifiedAt: stored.issuedAt,
              updatedAt: stored.issuedAt,
              ...catalog,
            },
            remove: ["gsi3pk", "gsi3sk"],
            condition: "#status = :awaiting",
            names: { "#status": "status" },
            values: { ":awaiting": "awaiting-inspection" },
          }),
        ],
        { request, resourceId: stored.id, now: new Date(stored.issuedAt), token: `issue-${stored.id}` },
      );
    } catch (error) {
      if (failedConditions(error)) throw conflict(`Batch ${batch.id} is no longer awaiting inspection.`);
      throw error;
    }
    return stored;
  },

  /** A pooled delivery's re-test: the certificate and the order's link to it, together. */
  async issuePooled(orderId: string, issued: Omit<IssuedCertificate, "gradeRank" | "keyValue">, request?: CreateRequest) {
    const stored = storedFrom(issued.payload, issued.jws, issued.shortOfNextGrade);
    await transactCreating(
      table,
      [
        putItem(table.tableName, certificateItem(stored)),
        updateItem(table.tableName, {
          key: keys.order(orderId),
          set: { pooledCertificateId: stored.id, updatedAt: stored.issuedAt },
          condition: "attribute_exists(pk)",
        }),
      ],
      { request, resourceId: stored.id, now: new Date(stored.issuedAt), token: `issue-${stored.id}` },
    );
    return stored;
  },
});

export type CertificateRepository = ReturnType<typeof certificateRepository>;
