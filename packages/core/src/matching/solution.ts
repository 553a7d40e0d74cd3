import type { Item } from "./items";

/** Quantities taken, by position in the sorted items, with their landed cost in whole rupiah. */
export interface Solution {
  allocations: Allocation[];
  costIdr: number;
}

export interface Allocation {
  item: number;
  quantity: number;
}

export const landedCostIdr = (items: readonly Item[], allocations: readonly Allocation[]): number => {
  let cost = 0;
  for (const { item, quantity } of allocations) {
    const { unitCostIdr, fixedCostIdr } = items[item] as Item;
    if (quantity > 0) cost += unitCostIdr * quantity + fixedCostIdr;
  }
  return cost;
};

export const toSolution = (items: readonly Item[], allocations: Allocation[]): Solution => ({
  allocations,
  costIdr: landedCostIdr(items, allocations),
});

/** Everything every item has: the plan when stock is short or just enough. */
export const takeEverything = (items: readonly Item[]): Solution =>
  toSolution(
    items,
    items.map((item, index) => ({ item: index, quantity: item.available })),
  );
