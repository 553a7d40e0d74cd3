import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { describe, expect, it } from "vitest";
import { type IndexKeys, indexWrite, itemSize, numberSize, writeCost, writeUnitsFor } from "./support/write-cost";

type Item = Record<string, AttributeValue>;

/** An item of exactly `bytes` bytes by AWS's rules: `attributes` plus a string `d` that pads it. */
const sized = (bytes: number, attributes: Item = {}): Item => {
  const padding = bytes - itemSize(attributes) - 1;
  if (padding < 0) throw new Error(`attributes alone exceed ${bytes} B`);
  const item = { ...attributes, d: { S: "x".repeat(padding) } };
  expect(itemSize(item)).toBe(bytes);
  return item;
};

const catalog: IndexKeys = { name: "gsi1", partitionKey: "gsi1pk", sortKey: "gsi1sk" };
const owner: IndexKeys = { name: "gsi2", partitionKey: "gsi2pk", sortKey: "gsi2sk" };
const indexes = [catalog, owner];
const inCatalog = (sortKey = "A"): Item => ({ gsi1pk: { S: "PRODUCT#p" }, gsi1sk: { S: sortKey } });
const inOwner: Item = { gsi2pk: { S: "ORG#o" }, gsi2sk: { S: "ORDER#1" } };

describe("item size by AWS's rules", () => {
  it("counts numbers as one byte per two significant digits plus one", () => {
    expect(numberSize("1300000")).toBe(2); // "13"
    expect(numberSize("0")).toBe(1);
    expect(numberSize("-12.5")).toBe(3); // "125"
    expect(numberSize("0.0050")).toBe(2); // "5"
    expect(numberSize("123456")).toBe(4);
    expect(numberSize("1e+21")).toBe(2);
  });

  it("adds attribute names to values of every type", () => {
    const item: Item = {
      pk: { S: "ORDER#1" }, // 2 + 7
      qty: { N: "100" }, // 3 + 2
      ok: { BOOL: true }, // 2 + 1
      nothing: { NULL: true }, // 7 + 1
      b: { B: new Uint8Array(10) }, // 1 + 10
      tags: { SS: ["a", "bc"] }, // 4 + 3
      list: { L: [{ S: "ab" }, { N: "7" }] }, // 4 + 3 + (1 + 2) + (1 + 2)
      map: { M: { x: { S: "abc" } } }, // 3 + 3 + (1 + 1 + 3)
    };
    expect(itemSize(item)).toBe(67);
  });

  it("measures strings in UTF-8 bytes and empty containers as 3 bytes", () => {
    expect(itemSize({ name: { S: "é€" } })).toBe(4 + 2 + 3);
    expect(itemSize({ m: { M: {} }, l: { L: [] } })).toBe(1 + 3 + 1 + 3);
    expect(itemSize(undefined)).toBe(0);
  });
});

describe("write units per size", () => {
  it("rounds writes up per KB with at least one unit", () => {
    expect([0, 400, 1024, 1025, 2500].map(writeUnitsFor)).toEqual([1, 1, 1, 2, 3]);
  });
});

describe("index entry transitions (projection ALL)", () => {
  it("is free when the item is in the index neither before nor after, or did not change", () => {
    expect(indexWrite(catalog, sized(500), sized(700))).toEqual({ index: "gsi1", change: "none", units: 0 });
    // A partition key without the sort key does not put the item in the index.
    expect(indexWrite(catalog, undefined, sized(500, { gsi1pk: { S: "P" } })).change).toBe("none");
    const same = sized(900, inCatalog());
    expect(indexWrite(catalog, same, { ...same })).toEqual({ index: "gsi1", change: "unchanged", units: 0 });
  });

  it("puts an entering item by its size and deletes a leaving one by the old entry's size", () => {
    expect(indexWrite(catalog, sized(300), sized(1500, inCatalog()))).toEqual({ index: "gsi1", change: "put", units: 2 });
    expect(indexWrite(catalog, undefined, sized(400, inCatalog()))).toEqual({ index: "gsi1", change: "put", units: 1 });
    expect(indexWrite(catalog, sized(2500, inCatalog()), sized(2400))).toEqual({ index: "gsi1", change: "delete", units: 3 });
    expect(indexWrite(catalog, sized(800, inCatalog()), undefined)).toEqual({ index: "gsi1", change: "delete", units: 1 });
  });

  it("deletes and puts on a key change, rewrites in place otherwise", () => {
    expect(indexWrite(catalog, sized(900, inCatalog("A")), sized(1100, inCatalog("B")))).toEqual({ index: "gsi1", change: "key-change", units: 1 + 2 });
    expect(indexWrite(catalog, sized(900, inCatalog()), sized(1100, inCatalog()))).toEqual({ index: "gsi1", change: "update", units: 2 });
    expect(indexWrite(catalog, sized(1100, inCatalog()), sized(900, inCatalog()))).toEqual({ index: "gsi1", change: "update", units: 2 });
  });
});

describe("write units of a write", () => {
  const put = (bytes: number, attributes: Item = {}, transactional = true) =>
    writeCost({ action: "put", before: undefined, after: sized(bytes, attributes), transactional, indexes });

  it("prices a standard put once and its index entry once", () => {
    expect(put(400, inOwner, false)).toMatchObject({ tableUnits: 1, indexUnits: 1, indexes: [{ index: "gsi2", change: "put", units: 1 }] });
  });

  it("doubles every transactional item where DynamoDB Local does not", () => {
    // Local reported 2 table units for one and for three 400 B puts; AWS bills 2 per item.
    expect(put(400).tableUnits).toBe(2);
    expect([put(400), put(400), put(400)].reduce((sum, cost) => sum + cost.tableUnits, 0)).toBe(6);
    // 400 B, 1,500 B and 2,500 B: 2 x (1 + 2 + 3) = 12, as Local reported.
    expect([put(400), put(1500), put(2500)].reduce((sum, cost) => sum + cost.tableUnits, 0)).toBe(12);
  });

  it("keeps the index writes of a transaction single (assumed)", () => {
    expect(put(2500, inOwner)).toMatchObject({ tableUnits: 6, indexUnits: 3 });
    const fivePuts = Array.from({ length: 5 }, () => put(400, inOwner));
    expect(fivePuts.reduce((sum, cost) => sum + cost.tableUnits + cost.indexUnits, 0)).toBe(5 * 2 + 5 * 1);
  });

  it("prices an update by the larger image and a delete by the deleted item", () => {
    const grown = writeCost({ action: "update", before: sized(900, inOwner), after: sized(1100, inOwner), transactional: true, indexes });
    expect(grown).toMatchObject({ bytes: 1100, tableUnits: 4, indexUnits: 2, indexes: [{ index: "gsi2", change: "update", units: 2 }] });
    const shrunk = writeCost({ action: "update", before: sized(2100), after: sized(300), transactional: false, indexes });
    expect(shrunk).toMatchObject({ tableUnits: 3, indexUnits: 0 });
    const deleted = writeCost({ action: "delete", before: sized(2500, inCatalog()), after: undefined, transactional: false, indexes });
    expect(deleted).toMatchObject({ tableUnits: 3, indexUnits: 3, indexes: [{ index: "gsi1", change: "delete", units: 3 }] });
    const missing = writeCost({ action: "delete", before: undefined, after: undefined, transactional: true, indexes });
    expect(missing).toMatchObject({ tableUnits: 2, indexUnits: 0 });
  });

  it("leaves the catalog and enters the owner index in one update", () => {
    const cost = writeCost({ action: "update", before: sized(700, inCatalog()), after: sized(700, inOwner), transactional: true, indexes });
    expect(cost).toMatchObject({ tableUnits: 2, indexUnits: 2 });
    expect(cost.indexes.map((entry) => entry.change)).toEqual(["delete", "put"]);
  });

  it("prices a condition check as a transactional write of the checked item, without index writes", () => {
    const check = writeCost({ action: "condition-check", before: sized(1500, inOwner), after: sized(1500, inOwner), transactional: true, indexes });
    expect(check).toMatchObject({ tableUnits: 4, indexUnits: 0, indexes: [] });
  });

  it("prices a failed condition by the larger of the existing and attempted item, 1 when neither exists", () => {
    const existing = sized(300, inOwner);
    const failedPut = writeCost({ action: "put", before: existing, after: existing, attempted: sized(1500, inOwner), conditionFailed: true, transactional: false, indexes });
    expect(failedPut).toMatchObject({ tableUnits: 2, indexUnits: 0 });
    const failedUpdate = writeCost({ action: "update", before: undefined, after: undefined, conditionFailed: true, transactional: false, indexes });
    expect(failedUpdate).toMatchObject({ tableUnits: 1, indexUnits: 0 });
  });
});
