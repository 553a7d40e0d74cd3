const FIRST_SETTLED = 64;

/**
 * Indices 0..count-1 in the order `compare` gives, sorted only as far as anyone reads. The solver reads
 * the first few dozen or hundred of up to 100,000 candidates, and a full comparison sort of 100,000
 * costs more than the rest of the match; so each read past the sorted prefix selects (quickselect) the
 * next block, at least doubling the prefix, and sorts only that block.
 */
export class LazyOrder {
  private readonly ranked: Int32Array;
  private settled = 0;
  private readonly compare: (left: number, right: number) => number;

  constructor(count: number, compare: (left: number, right: number) => number) {
    this.ranked = new Int32Array(count);
    for (let index = 0; index < count; index++) this.ranked[index] = index;
    this.compare = compare;
  }

  get length(): number {
    return this.ranked.length;
  }

  /** The index at `rank` in this order. */
  at(rank: number): number {
    if (rank >= this.settled) this.settleThrough(rank);
    return this.ranked[rank] as number;
  }

  private settleThrough(rank: number) {
    const end = Math.min(this.ranked.length, Math.max(rank + 1, 2 * this.settled, FIRST_SETTLED));
    if (end < this.ranked.length) this.selectSmallest(this.settled, this.ranked.length - 1, end - 1);
    this.ranked.subarray(this.settled, end).sort(this.compare);
    this.settled = end;
  }

  /** Rearranges ranked[low..high] so that ranked[nth] holds what a sort would put there, smaller before it. */
  private selectSmallest(low: number, high: number, nth: number) {
    const ranked = this.ranked;
    const compare = this.compare;
    const swap = (first: number, second: number) => {
      const held = ranked[first] as number;
      ranked[first] = ranked[second] as number;
      ranked[second] = held;
    };
    while (high > low) {
      const middle = (low + high) >>> 1;
      if (compare(ranked[middle] as number, ranked[low] as number) < 0) swap(middle, low);
      if (compare(ranked[high] as number, ranked[low] as number) < 0) swap(high, low);
      if (compare(ranked[high] as number, ranked[middle] as number) < 0) swap(high, middle);
      const pivot = ranked[middle] as number;
      let left = low;
      let right = high;
      while (left <= right) {
        while (compare(ranked[left] as number, pivot) < 0) left++;
        while (compare(ranked[right] as number, pivot) > 0) right--;
        if (left <= right) {
          swap(left, right);
          left++;
          right--;
        }
      }
      if (nth <= right) high = right;
      else if (nth >= left) low = left;
      else return;
    }
  }
}
