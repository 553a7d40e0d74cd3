import { isTransactionConflict, StockMovedError } from "@fsm/store";

export const maxAttempts = 6;

const pause = (attempt: number) => new Promise((done) => setTimeout(done, Math.random() * 20 * 2 ** attempt));

/** Stock that moved under a plan: re-read and re-plan, a bounded number of times, with jitter. */
export const retryWhenStockMoves = async <T>(attempt: (number: number) => Promise<T>, onExhausted: () => Error): Promise<T> => {
  for (let number = 1; number <= maxAttempts; number += 1) {
    try {
      return await attempt(number);
    } catch (error) {
      if (!(error instanceof StockMovedError) && !isTransactionConflict(error)) throw error;
      await pause(number);
    }
  }
  throw onExhausted();
};
