/** Time is a port so that hold expiry and calibration validity are tested by moving a clock. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export const fixedClock = (start: Date) => {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advanceSeconds(seconds: number) {
      current += seconds * 1000;
    },
    set(to: Date) {
      current = to.getTime();
    },
  };
};

export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
