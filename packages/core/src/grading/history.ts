import type { Rulebook } from "./rulebook";

/** Numeric per dot-separated part, so 2026.10 comes after 2026.9. */
export const compareVersions = (a: string, b: string): number => {
  const partsA = a.split(".").map(Number);
  const partsB = b.split(".").map(Number);
  for (let index = 0; index < Math.max(partsA.length, partsB.length); index += 1) {
    const difference = (partsA[index] ?? 0) - (partsB[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
};

/** The newest version of each product's rulebook, in the order products first appear in the history. */
export const latestRulebooks = (history: readonly Rulebook[]): Rulebook[] => {
  const latest = new Map<string, Rulebook>();
  for (const book of history) {
    const current = latest.get(book.productId);
    if (!current || compareVersions(book.version, current.version) > 0) latest.set(book.productId, book);
  }
  return [...latest.values()];
};

/** Without a version, the newest; with one, exactly that version, so an old certificate is re-read as it was graded. */
export const findRulebookIn = (history: readonly Rulebook[], productId: string, version?: string): Rulebook | undefined =>
  version === undefined
    ? latestRulebooks(history.filter((book) => book.productId === productId))[0]
    : history.find((book) => book.productId === productId && book.version === version);
