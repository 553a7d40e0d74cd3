import {
  type CertificateSigner,
  type Clock,
  createBatch,
  findRulebook,
  gradeRank,
  isoDay,
  prepareCertificate,
  type User,
} from "@fsm/core";
import type { Store } from "@fsm/store";
import { demoFacilities } from "./demo-facilities";
import { demoOrganisations } from "./demo-organisations";
import { type DemoBatch, demoBatches, demoInstruments } from "./demo-stock";
import { demoUsers } from "./demo-users";

export const seedVersion = "demo-2026.1";

const day = (now: Date, offsetDays: number) => isoDay(new Date(now.getTime() + offsetDays * 86_400_000));

const callerOf = (handle: string) => {
  const user = demoUsers.find((candidate) => candidate.email === `${handle}@demo.example`) as User;
  return { userId: user.id, email: user.email, role: user.role, orgId: user.orgId };
};

/** A demo batch goes through the same domain steps as any other: declare, inspect, grade, sign. */
const seedBatch = async (store: Store, signer: CertificateSigner, now: Date, demo: DemoBatch) => {
  const id = `bt_demo_${demo.key}`;
  if (await store.batches.get(id)) return;
  const equipmentRunIds: string[] = [];
  for (const [index, run] of (demo.runs ?? []).entries()) {
    const runId = `run_demo_${demo.key}_${index + 1}`;
    const cooperative = callerOf(demo.cooperativeHandle);
    await store.equipmentRuns.record({
      id: runId,
      facilityId: demo.facilityId,
      productId: demo.productId,
      description: run.description,
      ranOn: day(now, -run.daysAgo),
      outputQuantity: run.output,
      recordedBy: cooperative.userId,
      recordedByOrgId: cooperative.orgId,
      recordedAt: now.toISOString(),
    });
    equipmentRunIds.push(runId);
  }
  const batch = createBatch(
    {
      productId: demo.productId,
      facilityId: demo.facilityId,
      quantity: demo.quantity,
      unitPriceIdr: demo.unitPriceIdr,
      producedOn: day(now, -demo.producedDaysAgo),
      bestBefore: demo.bestBeforeDays ? day(now, demo.bestBeforeDays - demo.producedDaysAgo) : undefined,
      contributions: demo.contributions,
    },
    { caller: callerOf(demo.cooperativeHandle), facility: await store.directory.findFacility(demo.facilityId), productKnown: true, id, now },
  );
  const checkedAt = await store.batches.declarationsRevision(demo.facilityId, demo.productId);
  await store.batches.create(equipmentRunIds.length > 0 ? { ...batch, equipmentRunIds } : batch, checkedAt);
  const queued = await store.batches.requestInspection(batch, now);
  if (!demo.measurements) return;
  const rulebook = findRulebook(demo.productId);
  const facility = await store.directory.findFacility(demo.facilityId);
  if (!rulebook || !facility) throw new Error(`Demo data names an unknown product or facility: ${demo.key}`);
  const equipment = await store.equipment.listAtFacility(facility.id);
  const { payload, shortOfNextGrade } = prepareCertificate(
    {
      measuredOn: day(now, -Math.max(0, demo.producedDaysAgo - 1)),
      measurements: Object.entries(demo.measurements).map(([parameter, value]) => ({
        parameter,
        value,
        equipmentId: equipment.find((item) => item.kind === rulebook.parameters.find((candidate) => candidate.key === parameter)?.equipmentKind)?.id ?? "missing",
      })),
    },
    { caller: callerOf(demo.officerHandle), batch: queued, facility, rulebook, equipment, certificateId: `ct_demo_${demo.key}`, now },
  );
  await store.certificates.issue(queued, {
    payload,
    jws: await signer.sign(payload),
    shortOfNextGrade,
    gradeRank: payload.grade === null ? undefined : gradeRank(rulebook, payload.grade),
    keyValue: demo.measurements[rulebook.keyParameter],
  });
};

/** Organisations, facilities and accounts: what every run needs, demo stock or not. */
export const seedDirectory = async (store: Store) => {
  for (const organisation of demoOrganisations) await store.directory.putOrganisation(organisation);
  for (const facility of demoFacilities) await store.directory.putFacility(facility);
  for (const user of demoUsers) await store.directory.putUser(user);
};

/**
 * Seeds once per data directory: a marker records that it ran, and every item is written only if
 * absent, so a seed interrupted half-way completes on the next start without overwriting anything.
 */
export const seedDemoData = async (store: Store, signer: CertificateSigner, clock: Clock) => {
  if (await store.directory.seedRan(seedVersion)) return false;
  const now = clock.now();
  await seedDirectory(store);
  const existing = new Set((await Promise.all(demoFacilities.map((facility) => store.equipment.listAtFacility(facility.id)))).flat().map((item) => item.serial));
  for (const instrument of demoInstruments.filter((candidate) => !existing.has(candidate.serial))) {
    await store.equipment.register({
      id: `eq_demo_${instrument.serial.toLowerCase()}`,
      facilityId: instrument.facilityId,
      kind: instrument.kind,
      serial: instrument.serial,
      calibratedOn: day(now, -60),
      calibrationValidUntil: day(now, 305),
      registeredBy: "seed",
      registeredAt: now.toISOString(),
    });
  }
  for (const demo of demoBatches) await seedBatch(store, signer, now, demo);
  await store.directory.markSeedRan(seedVersion);
  return true;
};
