/**
 * How long a measurement stays trustworthy, per product. The certificate never outlives the batch's
 * best-before either. Oils keep for years sealed but buyers re-test after a year; fibre, wood and
 * dried rhizome pick up moisture over months; chilled, vacuum-packed beef keeps about three weeks.
 */
export const certificateValidityDays: Record<string, number> = {
  "patchouli-oil": 365,
  "coco-fiber": 180,
  "teak-furniture": 365,
  beef: 21,
  "ginger-simplisia": 180,
};

const defaultValidityDays = 90;

export const certificateValidUntil = (productId: string, measuredOn: string, bestBefore?: string) => {
  const days = certificateValidityDays[productId] ?? defaultValidityDays;
  const until = new Date(`${measuredOn}T00:00:00Z`);
  until.setUTCDate(until.getUTCDate() + days);
  const byValidity = until.toISOString().slice(0, 10);
  return bestBefore && bestBefore < byValidity ? bestBefore : byValidity;
};
