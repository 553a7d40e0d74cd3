import {
  assertOfficerOf,
  findRulebook,
  forbidden,
  gradeRank,
  heldQuantityOf,
  isActive,
  isoDay,
  notFound,
  prepareCertificate,
  preparePooledCertificate,
  presentCertificate,
} from "@fsm/core";
import { type AppDeps, productionDeps } from "../deps";
import { groupHandler, lazyHandler } from "../http/group-handler";
import { implement, implementCreating } from "../http/operation";
import { routes } from "../routes";

const facilityOrNotFound = async ({ store }: AppDeps, id: string) => {
  const facility = await store.directory.findFacility(id);
  if (!facility) throw notFound("Facility", id);
  return facility;
};

/** A certificate as it is now: a replayed issue shows a revocation that happened since. */
const replayCertificate = async (id: string, _input: unknown, { store, clock }: AppDeps) => {
  const certificate = await store.certificates.get(id);
  if (!certificate) throw notFound("Certificate", id);
  return presentCertificate(certificate, isoDay(clock.now()));
};

export const operations = [
  implementCreating(
    routes.registerEquipment,
    async ({ params, body, caller, request }, deps) => {
      const facility = await facilityOrNotFound(deps, params.id);
      assertOfficerOf(caller, facility.qualityUnitId, facility.name);
      const equipment = {
        id: deps.ids.next("eq"),
        facilityId: facility.id,
        ...body,
        registeredBy: caller.userId,
        registeredAt: deps.clock.now().toISOString(),
      };
      await deps.store.equipment.register(equipment, request);
      return equipment;
    },
    async (id, { params }, deps) => {
      const equipment = await deps.store.equipment.get(params.id, id);
      if (!equipment) throw notFound("Equipment", id);
      return equipment;
    },
  ),
  implement(routes.listEquipment, async ({ params }, deps) => {
    const facility = await facilityOrNotFound(deps, params.id);
    return deps.store.equipment.listAtFacility(facility.id);
  }),
  implement(routes.listInspections, async ({ query, caller }, { store }) => {
    const facilities = (await store.directory.listFacilities()).filter(
      (facility) => facility.qualityUnitId === caller.orgId && (!query.facilityId || facility.id === query.facilityId),
    );
    const queues = await Promise.all(facilities.map((facility) => store.batches.listAwaitingInspection(facility.id)));
    return queues.flat();
  }),
  implementCreating(
    routes.issueCertificate,
    async ({ params, body, caller, request }, deps) => {
      const { store, clock, ids, signer } = deps;
      const batch = await store.batches.get(params.id);
      if (!batch) throw notFound("Batch", params.id);
      const facility = await facilityOrNotFound(deps, batch.facilityId);
      const rulebook = findRulebook(batch.productId);
      if (!rulebook) throw notFound("Rulebook for", batch.productId);
      const now = clock.now();
      const { payload, shortOfNextGrade } = prepareCertificate(body, {
        caller,
        batch,
        facility,
        rulebook,
        equipment: await store.equipment.listAtFacility(facility.id),
        certificateId: ids.next("ct"),
        now,
      });
      const stored = await store.certificates.issue(batch, {
        payload,
        jws: await signer.sign(payload),
        shortOfNextGrade,
        gradeRank: payload.grade === null ? undefined : gradeRank(rulebook, payload.grade),
        keyValue: body.measurements.find((measurement) => measurement.parameter === rulebook.keyParameter)?.value,
      }, request);
      return presentCertificate(stored, isoDay(now));
    },
    replayCertificate,
  ),
  implementCreating(
    routes.issuePooledCertificate,
    async ({ params, body, caller, request }, deps) => {
      const { store, clock, ids, signer } = deps;
      const found = await store.orders.get(params.id);
      if (!found) throw notFound("Order", params.id);
      const { order, allocations } = found;
      const rulebook = findRulebook(order.productId);
      if (!rulebook) throw notFound("Rulebook for", order.productId);
      const pooled = allocations.filter(isActive);
      const facilities = await store.directory.listFacilities();
      const facility = facilities.find((candidate) => candidate.qualityUnitId === caller.orgId && pooled.some((allocation) => allocation.facilityId === candidate.id));
      if (!facility) throw forbidden(`Only an officer of a site supplying order ${order.id} may re-test its pooled delivery.`);
      const now = clock.now();
      const { payload, shortOfNextGrade } = preparePooledCertificate(body, {
        caller,
        facility,
        rulebook,
        equipment: await store.equipment.listAtFacility(facility.id),
        certificateId: ids.next("ct"),
        now,
        lot: {
          orderId: order.id,
          productId: order.productId,
          quantity: heldQuantityOf(pooled),
          batchIds: [...new Set(pooled.map((allocation) => allocation.batchId))],
          facilityIds: [...new Set(pooled.map((allocation) => allocation.facilityId))],
        },
      });
      const stored = await store.certificates.issuePooled(order.id, { payload, jws: await signer.sign(payload), shortOfNextGrade }, request);
      return presentCertificate(stored, isoDay(now));
    },
    replayCertificate,
  ),
  implement(routes.revokeCertificate, async ({ params, body, caller }, deps) => {
    const { store, clock } = deps;
    const certificate = await store.certificates.get(params.id);
    if (!certificate) throw notFound("Certificate", params.id);
    const facility = await facilityOrNotFound(deps, certificate.facilityId);
    assertOfficerOf(caller, facility.qualityUnitId, facility.name);
    const now = clock.now();
    const revoked = await store.revocation.revoke(certificate, { reason: body.reason, officerId: caller.userId, now });
    return presentCertificate(revoked, isoDay(now));
  }),
];

export const makeHandler = (deps: AppDeps) => groupHandler(operations, deps);
export const handler = lazyHandler(() => makeHandler(productionDeps()));
