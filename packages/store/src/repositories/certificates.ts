import type { Batch, CertificatePayload, Certificate } from "@fsm/core";
import { conflict } from "@fsm/core";
import type { TableGateway } from "../table/gateway";
import { failedConditions, putItem, updateItem } from "../table/transactions";
import { keys } from "./keys";
import { withoutStorageAttributes } from "./strip";

/** A certificate as stored: the signed payload, its JWS, and what happened to it since. */
export type StoredCertificate = Omit<Certificate, "status"> & { revokedAt?: string; revocationReason?: string };

export interface IssuedCertificate {
  payload: CertificatePayload;
  jws: string;
  shortOfNextGrade: Certificate["shortOfNextGrade"];
  gradeRank: number | undefined;
}

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
  async issue(batch: Batch, issued: IssuedCertificate) {
    const { payload, jws, shortOfNextGrade, gradeRank } = issued;
    const stored: StoredCertificate = {
      id: payload.certificateId,
      batchId: payload.batchId,
      productId: payload.productId,
      facilityId: payload.facilityId,
      cooperativeId: payload.cooperativeId,
      quantity: payload.quantity,
      grade: payload.grade,
      measurements: payload.measurements,
      rulebookVersion: payload.rulebookVersion,
      officerId: payload.officerId,
      measuredOn: payload.measuredOn,
      issuedAt: payload.issuedAt,
      validUntil: payload.validUntil,
      shortOfNextGrade,
      jws,
    };
    const listed = payload.grade !== null && gradeRank !== undefined;
    const catalog = listed && batch.available > 0 ? keys.catalogEntry(batch.productId, gradeRank, batch.unitPriceIdr, batch.id) : {};
    try {
      await table.transact(
        [
          putItem(table.tableName, {
            ...keys.certificate(stored.id),
            gsi2pk: `ORG#${stored.cooperativeId}`,
            gsi2sk: `CERT#${stored.issuedAt}#${stored.id}`,
            entity: "certificate",
            ...stored,
          }),
          updateItem(table.tableName, {
            key: keys.batch(batch.id),
            set: {
              status: listed ? "listed" : "rejected",
              grade: payload.grade,
              gradeRank,
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
        `issue-${stored.id}`,
      );
    } catch (error) {
      if (failedConditions(error)) throw conflict(`Batch ${batch.id} is no longer awaiting inspection.`);
      throw error;
    }
    return stored;
  },
});

export type CertificateRepository = ReturnType<typeof certificateRepository>;
