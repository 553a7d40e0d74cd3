import type { Items } from "./items";

/** Quantities taken, by item index, with their landed cost in whole rupiah. */
export interface Solution {
  allocations: Allocation[];
  costIdr: number;
}

export interface Allocation {
  item: number;
  quantity: number;
}

export const landedCostIdr = (items: Items, allocations: readonly Allocation[]): number => {
  let cost = 0;
  for (const { item, quantity } of allocations) {
    if (quantity > 0) cost += (items.unitCostIdr[item] as number) * quantity + (items.fixedCostIdr[item] as number);
  }
  return cost;
};

export const toSolution = (items: Items, allocations: Allocation[]): Solution => ({
  allocations,
  costIdr: landedCostIdr(items, allocations),
});

/** Everything every item has: the plan when stock is short or just enough. */
export const takeEverything = (items: Items): Solution =>
  toSolution(
    items,
    Array.from(items.available, (available, index) => ({ item: index, quantity: available })),
  );
