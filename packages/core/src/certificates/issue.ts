import { assertOfficerOf } from "../batches/access";
import { businessRule, conflict, type FieldProblem, invalidInput } from "../errors";
import { computeGrade, missingRequired, type Rulebook, validateMeasurementInput } from "../grading";
import type { Caller } from "../identity/caller";
import { isoDay } from "../ports/clock";
import type { Batch } from "../schemas/batch";
import type { CertificatePayload, CertifiedMeasurement, IssueCertificate } from "../schemas/certificate";
import type { Equipment } from "../schemas/equipment";
import type { Facility } from "../schemas/facility";
import { certificateValidUntil } from "./validity";

export interface IssueContext {
  caller: Caller;
  batch: Batch;
  facility: Facility;
  rulebook: Rulebook;
  equipment: Equipment[];
  certificateId: string;
  now: Date;
}

const calibrationProblems = (input: IssueCertificate, rulebook: Rulebook, equipment: Equipment[], facility: Facility) => {
  const byId = new Map(equipment.map((item) => [item.id, item]));
  const problems: FieldProblem[] = [];
  input.measurements.forEach((measurement, index) => {
    const path = `body.measurements.${index}.equipmentId`;
    const item = byId.get(measurement.equipmentId);
    const parameter = rulebook.parameters.find((candidate) => candidate.key === measurement.parameter);
    if (!item) {
      problems.push({ path, message: `equipment ${measurement.equipmentId} is not registered at ${facility.name}` });
    } else if (parameter && item.kind !== parameter.equipmentKind) {
      problems.push({ path, message: `${measurement.parameter} is measured with ${parameter.equipmentKind}, not ${item.kind}` });
    } else if (input.measuredOn < item.calibratedOn || input.measuredOn > item.calibrationValidUntil) {
      problems.push({
        path,
        message: `calibration of ${item.kind} ${item.serial} is valid ${item.calibratedOn} to ${item.calibrationValidUntil}, not on ${input.measuredOn}`,
      });
    }
  });
  return problems;
};

/** Measurements against the rulebook and the site's equipment: 400, 422, or the graded readings. */
export const evaluateMeasurements = (input: IssueCertificate, rulebook: Rulebook, equipment: Equipment[], facility: Facility) => {
  const inputProblems = validateMeasurementInput(rulebook, input.measurements);
  if (inputProblems.length > 0) throw invalidInput("Some measurements cannot be read.", inputProblems);
  const missing = missingRequired(rulebook, input.measurements);
  if (missing.length > 0) {
    throw businessRule(
      `Required parameters were not measured: ${missing.join(", ")}.`,
      missing.map((parameter) => ({ path: "body.measurements", message: `${parameter} is required` })),
    );
  }
  const calibration = calibrationProblems(input, rulebook, equipment, facility);
  if (calibration.length > 0) throw businessRule("Some equipment cannot vouch for these measurements.", calibration);
  const outcome = computeGrade(rulebook, input.measurements);
  const byId = new Map(equipment.map((item) => [item.id, item]));
  const measurements: CertifiedMeasurement[] = input.measurements.map((measurement) => {
    const item = byId.get(measurement.equipmentId) as Equipment;
    const parameter = rulebook.parameters.find((candidate) => candidate.key === measurement.parameter);
    return {
      parameter: measurement.parameter,
      value: measurement.value,
      unit: parameter?.unit ?? "",
      equipmentId: item.id,
      equipmentKind: item.kind,
      equipmentSerial: item.serial,
      calibratedOn: item.calibratedOn,
      calibrationValidUntil: item.calibrationValidUntil,
    };
  });
  return { grade: outcome.grade, shortOfNextGrade: outcome.shortOfNextGrade, measurements };
};

/** The part of every certificate payload that the readings, the officer and the moment decide. */
const gradedReadings = (input: IssueCertificate, { caller, facility, rulebook, equipment, certificateId, now }: Omit<IssueContext, "batch">) => {
  const { grade, shortOfNextGrade, measurements } = evaluateMeasurements(input, rulebook, equipment, facility);
  return {
    shortOfNextGrade,
    signed: {
      certificateId,
      grade,
      measurements,
      rulebookVersion: rulebook.version,
      officerId: caller.userId,
      facilityId: facility.id,
      measuredOn: input.measuredOn,
      issuedAt: now.toISOString(),
    },
  };
};

const assertMeasuredInPast = (measuredOn: string, now: Date) => {
  const today = isoDay(now);
  if (measuredOn > today) {
    throw invalidInput("Measurements cannot be dated in the future.", [{ path: "body.measuredOn", message: `must be on or before ${today}` }]);
  }
};

/**
 * Everything an officer's submission must satisfy before anything is written; the grade is computed
 * here from the rulebook and never taken from the request.
 */
export const prepareCertificate = (input: IssueCertificate, context: IssueContext) => {
  const { caller, batch, facility, now } = context;
  assertOfficerOf(caller, facility.qualityUnitId, facility.name);
  if (batch.status !== "awaiting-inspection") {
    throw conflict(`Batch ${batch.id} is ${batch.status}; only a batch awaiting inspection can be certified.`);
  }
  assertMeasuredInPast(input.measuredOn, now);
  if (input.measuredOn < batch.producedOn) {
    throw invalidInput("Measurements cannot predate production.", [{ path: "body.measuredOn", message: `must be on or after ${batch.producedOn}` }]);
  }
  const { shortOfNextGrade, signed } = gradedReadings(input, context);
  const payload: CertificatePayload = {
    ...signed,
    scope: "batch",
    batchId: batch.id,
    productId: batch.productId,
    quantity: batch.total,
    cooperativeId: batch.cooperativeId,
    validUntil: certificateValidUntil(batch.productId, input.measuredOn, batch.bestBefore),
  };
  return { payload, shortOfNextGrade };
};

export interface PooledLot {
  orderId: string;
  productId: string;
  quantity: number;
  batchIds: string[];
  facilityIds: string[];
}

/**
 * A re-test of a pooled delivery: an officer of one of the sites in the pool measures a sample of
 * the blended lot; the certificate covers the order's held quantity, not any one batch.
 */
export const preparePooledCertificate = (input: IssueCertificate, context: Omit<IssueContext, "batch"> & { lot: PooledLot }) => {
  const { caller, facility, now, lot } = context;
  assertOfficerOf(caller, facility.qualityUnitId, facility.name);
  if (!lot.facilityIds.includes(facility.id)) throw conflict(`${facility.name} supplies nothing to order ${lot.orderId}.`);
  if (lot.quantity === 0) throw conflict(`Order ${lot.orderId} holds nothing to re-test.`);
  assertMeasuredInPast(input.measuredOn, now);
  const { shortOfNextGrade, signed } = gradedReadings(input, context);
  const payload: CertificatePayload = {
    ...signed,
    scope: "pooled-delivery",
    batchId: lot.orderId,
    pooledBatchIds: lot.batchIds,
    productId: lot.productId,
    quantity: lot.quantity,
    cooperativeId: "pooled",
    validUntil: certificateValidUntil(lot.productId, input.measuredOn),
  };
  return { payload, shortOfNextGrade };
};
