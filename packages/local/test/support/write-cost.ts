import type { AttributeValue } from "@aws-sdk/client-dynamodb";

/**
 * What a write costs on AWS, from DynamoDB's documented rules and the items themselves, without
 * trusting what DynamoDB Local reports for transactions (it does not double them reliably). Pure
 * arithmetic over marshalled items (`Record<string, AttributeValue>`); the meter
 * (capacity-meter.ts) supplies the before and after images.
 *
 * Sources (Amazon DynamoDB Developer Guide):
 * - item size: "DynamoDB item sizes and formats" (CapacityUnitCalculations): attribute name UTF-8
 *   bytes + value; strings UTF-8 bytes, numbers ~1 byte per two significant digits + 1, binary raw
 *   bytes, null and Boolean 1 byte, List and Map 3 bytes + their elements + 1 byte per element.
 *   Sets are not described there: counted here as the sum of their elements, without overhead.
 * - standard writes: "Capacity unit consumption for writes": 1 WRU per started KB; PutItem and
 *   UpdateItem the larger of the item before and after, DeleteItem the deleted item.
 * - failed condition: "Capacity units consumed by conditional writes" (WorkingWithItems): 1 WRU
 *   when the item does not exist, else by the larger of the existing and the attempted item.
 * - transactions: "Capacity management for transactions" (transaction-apis): two underlying
 *   writes of every item in the transaction (prepare and commit).
 * - indexes: "Provisioned throughput considerations for global secondary indexes", Write capacity
 *   units: entering an index 1 write, a key change 2 (delete + put), leaving 1 (delete), a change
 *   of projected attributes only 1, not in the index before nor after 0; entries over 1 KB cost
 *   more.
 */

export type Image = Record<string, AttributeValue> | undefined;

export interface IndexKeys {
  name: string;
  partitionKey: string;
  sortKey?: string;
}

const kilobyte = 1024;

const utf8 = (text: string) => Buffer.byteLength(text, "utf8");

/** Bytes of a DynamoDB number: 1 per two significant digits (leading and trailing zeros trimmed) + 1. */
export const numberSize = (text: string) => {
  const mantissa = text.trim().replace(/^[+-]/, "").split(/e/i)[0] ?? "";
  const digits = mantissa.replace(".", "").replace(/^0+/, "").replace(/0+$/, "");
  return Math.ceil(digits.length / 2) + 1;
};

/** Bytes of one attribute value (without its name). */
export const valueSize = (value: AttributeValue): number => {
  if (value.S !== undefined) return utf8(value.S);
  if (value.N !== undefined) return numberSize(value.N);
  if (value.B !== undefined) return value.B.byteLength;
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (value.SS !== undefined) return value.SS.reduce((sum, entry) => sum + utf8(entry), 0);
  if (value.NS !== undefined) return value.NS.reduce((sum, entry) => sum + numberSize(entry), 0);
  if (value.BS !== undefined) return value.BS.reduce((sum, entry) => sum + entry.byteLength, 0);
  if (value.L !== undefined) return 3 + value.L.reduce((sum, entry) => sum + 1 + valueSize(entry), 0);
  if (value.M !== undefined) return 3 + Object.entries(value.M).reduce((sum, [name, entry]) => sum + 1 + utf8(name) + valueSize(entry), 0);
  throw new Error(`Unknown attribute value type: ${Object.keys(value).join(", ")}`);
};

/** Bytes of an item: every attribute's name and value. 0 for no item. */
export const itemSize = (item: Image): number =>
  item === undefined ? 0 : Object.entries(item).reduce((sum, [name, value]) => sum + utf8(name) + valueSize(value), 0);

/** Write units for so many bytes: 1 per started KB, at least 1 (a write of a missing item costs 1). */
export const writeUnitsFor = (bytes: number) => Math.max(1, Math.ceil(bytes / kilobyte));

export type IndexChange = "none" | "put" | "delete" | "key-change" | "update" | "unchanged";

export interface IndexWrite {
  index: string;
  change: IndexChange;
  units: number;
}

const inIndex = (item: Image, index: IndexKeys) =>
  item !== undefined && item[index.partitionKey] !== undefined && (index.sortKey === undefined || item[index.sortKey] !== undefined);

const sameValue = (a: AttributeValue | undefined, b: AttributeValue | undefined) => JSON.stringify(a) === JSON.stringify(b);

const sameItem = (a: Image, b: Image) => {
  const names = new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]);
  return [...names].every((name) => sameValue(a?.[name], b?.[name]));
};

/**
 * The write one index (projecting ALL attributes) takes when its table item goes from `before` to
 * `after`. A delete is sized by the entry it removes, like a table DeleteItem (the guide: entries
 * over 1 KB "require additional write capacity units"); an in-place update by the larger of the two
 * entries, like a table UpdateItem.
 */
export const indexWrite = (index: IndexKeys, before: Image, after: Image): IndexWrite => {
  const was = inIndex(before, index);
  const is = inIndex(after, index);
  const write = (change: IndexChange, units: number): IndexWrite => ({ index: index.name, change, units });
  if (!was && !is) return write("none", 0);
  if (!was) return write("put", writeUnitsFor(itemSize(after)));
  if (!is) return write("delete", writeUnitsFor(itemSize(before)));
  const keyNames = [index.partitionKey, ...(index.sortKey ? [index.sortKey] : [])];
  if (keyNames.some((name) => !sameValue(before?.[name], after?.[name]))) {
    return write("key-change", writeUnitsFor(itemSize(before)) + writeUnitsFor(itemSize(after)));
  }
  if (sameItem(before, after)) return write("unchanged", 0);
  return write("update", writeUnitsFor(Math.max(itemSize(before), itemSize(after))));
};

export type WriteAction = "put" | "update" | "delete" | "condition-check";

export interface WriteCost {
  action: WriteAction;
  /** The item size the table write is priced by. */
  bytes: number;
  tableUnits: number;
  indexUnits: number;
  indexes: IndexWrite[];
}

export interface WriteCostInput {
  action: WriteAction;
  before: Image;
  /** The item once the write succeeded (undefined after a delete, or when the write failed). */
  after: Image;
  /** One action of a TransactWriteItems: two underlying writes of the item. */
  transactional: boolean;
  /** The write's condition failed (the item is unchanged). */
  conditionFailed?: boolean;
  /** For a failed Put: the item it tried to write. */
  attempted?: Image;
  indexes: readonly IndexKeys[];
}

/**
 * Write units of one write on the table and its indexes. ConditionCheck (transactional only) is
 * priced as a write of the checked item (write operations never consume read units, and the
 * transaction writes every item twice); a failed condition costs the larger of the existing item
 * and the attempted one (1 when neither exists) and writes no index; index writes are not doubled
 * by a transaction (the guide is silent on this: ASSUMED).
 */
export const writeCost = ({ action, before, after, transactional, conditionFailed = false, attempted, indexes }: WriteCostInput): WriteCost => {
  const factor = transactional ? 2 : 1;
  if (conditionFailed || action === "condition-check") {
    const bytes = Math.max(itemSize(before), itemSize(attempted));
    return { action, bytes, tableUnits: factor * writeUnitsFor(bytes), indexUnits: 0, indexes: [] };
  }
  const bytes = action === "delete" ? itemSize(before) : Math.max(itemSize(before), itemSize(after));
  const indexWrites = indexes.map((index) => indexWrite(index, before, after)).filter((entry) => entry.units > 0);
  return {
    action,
    bytes,
    tableUnits: factor * writeUnitsFor(bytes),
    indexUnits: indexWrites.reduce((sum, entry) => sum + entry.units, 0),
    indexes: indexWrites,
  };
};
