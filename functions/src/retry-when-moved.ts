import { isTransactionConflict, StateMovedError } from "@fsm/store";

const maxAttempts = 6;

const pause = (attempt: number) => new Promise((done) => setTimeout(done, Math.random() * 20 * 2 ** attempt));

/**
 * What a decision was based on moved before its write landed (stock under a plan, declarations under
 * a capacity check): re-read and decide again, a bounded number of times, with jitter.
 */
export const retryWhenMoved = async <T>(attempt: (number: number) => Promise<T>, onExhausted: () => Error): Promise<T> => {
  for (let number = 1; number <= maxAttempts; number += 1) {
    try {
      return await attempt(number);
    } catch (error) {
      if (!(error instanceof StateMovedError) && !isTransactionConflict(error)) throw error;
      if (number < maxAttempts) await pause(number);
    }
  }
  throw onExhausted();
};
