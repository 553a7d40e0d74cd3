import { businessRule } from "../errors";
import type { EquipmentRun, Facility } from "../schemas/facility";

export interface VolumeCheckInput {
  facility: Facility;
  productId: string;
  unit: string;
  quantity: number;
  producedOn: string;
  /** The producedOn of this cooperative's previous batch of the product at this site, if any. */
  previousBatchOn?: string;
  /** Output already declared at the site for the product after the window opened, by any cooperative. */
  declaredSinceWindow: number;
  linkedRuns: EquipmentRun[];
}

export interface VolumeAssessment {
  capacityPerDay: number;
  windowStart: string;
  days: number;
  capacity: number;
  alreadyDeclared: number;
  remaining: number;
  fromRuns: number;
  allowed: number;
}

const dayNumber = (isoDate: string) => Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000);

/**
 * What the site could have produced for this product since the cooperative's previous batch there
 * (or since the site opened): capacity per day times the days in that window, minus what was already
 * declared in it. Recorded equipment runs linked to the batch account for output beyond that.
 */
export const assessVolume = (input: VolumeCheckInput): VolumeAssessment => {
  const capacityPerDay = input.facility.capacities.find((capacity) => capacity.productId === input.productId)?.perDay ?? 0;
  const windowStart = input.previousBatchOn && input.previousBatchOn > input.facility.commissionedOn ? input.previousBatchOn : input.facility.commissionedOn;
  const days = Math.max(0, dayNumber(input.producedOn) - dayNumber(windowStart));
  const capacity = Math.floor(capacityPerDay * days);
  const remaining = Math.max(0, capacity - input.declaredSinceWindow);
  const fromRuns = input.linkedRuns.reduce((sum, run) => sum + run.outputQuantity, 0);
  return { capacityPerDay, windowStart, days, capacity, alreadyDeclared: input.declaredSinceWindow, remaining, fromRuns, allowed: remaining + fromRuns };
};

/** Refuses a volume the site could not have produced, saying why in numbers (422). */
export const assertPlausibleVolume = (input: VolumeCheckInput) => {
  const assessment = assessVolume(input);
  if (input.quantity <= assessment.allowed) return assessment;
  const { capacityPerDay, windowStart, days, capacity, alreadyDeclared, remaining, fromRuns } = assessment;
  throw businessRule(
    `${input.facility.name} produces about ${capacityPerDay} ${input.unit} of ${input.productId} a day. ` +
      `From ${windowStart} to ${input.producedOn} (${days} days) that is ${capacity} ${input.unit}, of which ${alreadyDeclared} ${input.unit} ` +
      `were already declared, leaving ${remaining} ${input.unit}${fromRuns > 0 ? ` plus ${fromRuns} ${input.unit} from the linked equipment runs` : ""}; ` +
      `this batch declares ${input.quantity} ${input.unit}. Link the equipment runs that produced it (equipmentRunIds).`,
    [{ path: "body.quantity", message: `at most ${assessment.allowed} ${input.unit} without further equipment runs` }],
    { volumeCheck: { ...assessment, requested: input.quantity } },
  );
};
