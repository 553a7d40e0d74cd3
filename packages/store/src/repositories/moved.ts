/**
 * What a use case read changed before its conditional write landed, and nothing was written: the
 * caller re-reads, decides again and retries.
 */
export class StateMovedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Stock moved under a plan: re-read and re-match. */
export class StockMovedError extends StateMovedError {
  constructor() {
    super("Stock changed while holding; re-read and re-match.");
  }
}

/** Another batch was declared at the site meanwhile: re-read the declarations and check capacity again. */
export class DeclarationsMovedError extends StateMovedError {
  constructor() {
    super("Another batch was declared at this site meanwhile; check capacity again.");
  }
}
