import { type DynamoDBClient, ScanCommand, type ScanCommandOutput } from "@aws-sdk/client-dynamodb";
import { unmarshall } from "@aws-sdk/util-dynamodb";

/**
 * The marketplace's stock invariants, checked over the whole table. Used by the fault suite and by
 * every benchmark after its load runs; free of vitest so plain `tsx` scripts can import it.
 *
 * It reads the table with Scan. That is deliberate and only allowed here: this is a test and bench
 * checker, not a request path, and it must see every item (an allocation no index would return is
 * exactly the kind of thing it looks for). Request paths never Scan (the cost bench asserts it).
 */

type Row = Record<string, unknown>;

interface BatchRow {
  id: string;
  status: string;
  total: number;
  available: number;
  reserved: number;
  shipped: number;
  gsi1pk?: string;
}

interface OrderRow {
  id: string;
  productId: string;
  status: string;
  quantity: number;
  heldQuantity: number;
  gsi3pk?: string;
}

interface AllocationRow {
  id: string;
  pk: string;
  orderId: string;
  batchId: string;
  quantity: number;
  status: string;
  gsi3pk?: string;
}

export interface InvariantReport {
  /** Human-readable descriptions of every broken invariant; empty when all hold. */
  violations: string[];
  batches: number;
  orders: number;
  allocations: number;
  /** Sum over batches, to compare with what clients were told. */
  reserved: number;
  /** Order ids in the table (any status). */
  orderIds: Set<string>;
}

export interface InvariantSource {
  client: DynamoDBClient;
  tableName: string;
}

/** Statuses whose quantity still sits in the batch's `reserved` counter. */
const reservedStatuses = new Set(["held", "confirmed"]);
/** Statuses whose quantity moved to the batch's `shipped` counter. */
const shippedStatuses = new Set(["shipped", "delivered"]);
/** Every allocation that counts towards its order's `heldQuantity` (all but released). */
const activeStatuses = new Set(["held", "confirmed", "shipped", "delivered"]);
/** Orders still collecting stock: their status follows from their held quantity. */
const collectingStatuses = new Set(["open", "partially-held", "held"]);

const scanAll = async ({ client, tableName }: InvariantSource): Promise<Row[]> => {
  const rows: Row[] = [];
  let startKey: ScanCommandOutput["LastEvaluatedKey"];
  do {
    // Test/bench only (see the module comment): a consistent full read of the table.
    const page = await client.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: startKey, ConsistentRead: true }));
    rows.push(...(page.Items ?? []).map((item) => unmarshall(item)));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return rows;
};

const isCount = (value: unknown) => typeof value === "number" && Number.isInteger(value) && value >= 0;

const expectedCollectingStatus = (quantity: number, held: number) => (held >= quantity ? "held" : held > 0 ? "partially-held" : "open");

/**
 * Checks, over every item of the table:
 * - each batch: `total = available + reserved + shipped`, every counter a non-negative integer;
 * - no stock held twice: per batch, the held and confirmed allocations add up to `reserved`, and the
 *   shipped and delivered ones to `shipped`;
 * - each order: `heldQuantity` = the sum of its allocations that are not released, never more than
 *   it ordered; an order still collecting has the status that quantity implies, and is in the
 *   open-demand queue exactly when it wants more;
 * - each allocation belongs to an order and a batch that exist, lives in its order's item
 *   collection, and a held one is in the hold-expiry queue (or the sweeper would never free it).
 */
export const checkInvariants = async (source: InvariantSource): Promise<InvariantReport> => {
  const rows = await scanAll(source);
  const batches = rows.filter((row) => row.entity === "batch") as unknown as BatchRow[];
  const orders = rows.filter((row) => row.entity === "order") as unknown as OrderRow[];
  const allocations = rows.filter((row) => row.entity === "allocation") as unknown as AllocationRow[];
  const violations: string[] = [];

  const byBatch = new Map<string, AllocationRow[]>();
  const byOrder = new Map<string, AllocationRow[]>();
  for (const allocation of allocations) {
    byBatch.set(allocation.batchId, [...(byBatch.get(allocation.batchId) ?? []), allocation]);
    byOrder.set(allocation.orderId, [...(byOrder.get(allocation.orderId) ?? []), allocation]);
  }
  const sum = (list: AllocationRow[] | undefined, statuses: Set<string>) =>
    (list ?? []).filter((allocation) => statuses.has(allocation.status)).reduce((total, allocation) => total + allocation.quantity, 0);

  let reserved = 0;
  for (const batch of batches) {
    const counters = { total: batch.total, available: batch.available, reserved: batch.reserved, shipped: batch.shipped };
    const bad = Object.entries(counters).filter(([, value]) => !isCount(value));
    if (bad.length > 0) {
      violations.push(`batch ${batch.id}: counters not non-negative integers: ${JSON.stringify(counters)}`);
      continue;
    }
    reserved += batch.reserved;
    if (batch.total !== batch.available + batch.reserved + batch.shipped) {
      violations.push(`batch ${batch.id}: total ${batch.total} != available ${batch.available} + reserved ${batch.reserved} + shipped ${batch.shipped}`);
    }
    const held = sum(byBatch.get(batch.id), reservedStatuses);
    if (held !== batch.reserved) {
      violations.push(`batch ${batch.id}: held+confirmed allocations total ${held} but reserved is ${batch.reserved} (stock held twice or lost)`);
    }
    const shipped = sum(byBatch.get(batch.id), shippedStatuses);
    if (shipped !== batch.shipped) violations.push(`batch ${batch.id}: shipped allocations total ${shipped} but shipped is ${batch.shipped}`);
  }

  const orderIds = new Set(orders.map((order) => order.id));
  for (const order of orders) {
    const active = sum(byOrder.get(order.id), activeStatuses);
    if (active !== order.heldQuantity) {
      violations.push(`order ${order.id}: heldQuantity ${order.heldQuantity} but its non-released allocations total ${active} (half-written order)`);
    }
    if (order.heldQuantity > order.quantity) violations.push(`order ${order.id}: holds ${order.heldQuantity}, more than the ${order.quantity} ordered`);
    if (collectingStatuses.has(order.status)) {
      const expected = expectedCollectingStatus(order.quantity, order.heldQuantity);
      if (order.status !== expected) violations.push(`order ${order.id}: status ${order.status} but holds ${order.heldQuantity}/${order.quantity} (${expected})`);
    }
    const wantsMore = order.status === "open" || order.status === "partially-held";
    const queued = order.gsi3pk === `OPEN#${order.productId}`;
    if (wantsMore !== queued) violations.push(`order ${order.id}: status ${order.status} but ${queued ? "in" : "not in"} the open-demand queue`);
  }

  const batchIds = new Set(batches.map((batch) => batch.id));
  for (const allocation of allocations) {
    if (!orderIds.has(allocation.orderId)) violations.push(`allocation ${allocation.id}: its order ${allocation.orderId} does not exist`);
    if (allocation.pk !== `ORDER#${allocation.orderId}`) violations.push(`allocation ${allocation.id}: not in its order's item collection (${allocation.pk})`);
    if (!batchIds.has(allocation.batchId)) violations.push(`allocation ${allocation.id}: its batch ${allocation.batchId} does not exist`);
    if (!isCount(allocation.quantity) || allocation.quantity === 0) violations.push(`allocation ${allocation.id}: quantity ${String(allocation.quantity)}`);
    if (allocation.status === "held" && allocation.gsi3pk !== "HOLDS") violations.push(`allocation ${allocation.id}: held but not in the hold-expiry queue`);
  }

  return { violations, batches: batches.length, orders: orders.length, allocations: allocations.length, reserved, orderIds };
};

/**
 * A Scan is not a snapshot: while requests are still writing (a load generator stops at its
 * deadline, the server finishes what it already accepted), one page can show a batch after a
 * transaction and another page its allocations from before it. This checks until two consecutive
 * scans agree (the table stopped changing), then reports that state.
 */
export const checkInvariantsWhenSettled = async (source: InvariantSource, { intervalMs = 500, maxAttempts = 20 } = {}): Promise<InvariantReport> => {
  const fingerprint = (report: InvariantReport) => JSON.stringify([report.violations, report.batches, report.orders, report.allocations, report.reserved]);
  let previous = await checkInvariants(source);
  for (let attempt = 1; attempt < maxAttempts; attempt += 1) {
    await new Promise((done) => setTimeout(done, intervalMs));
    const current = await checkInvariants(source);
    if (fingerprint(current) === fingerprint(previous)) return current;
    previous = current;
  }
  return previous;
};

/** Throws with every violation listed; for scripts that must fail loudly. */
export const assertInvariants = async (source: InvariantSource, when: string) => {
  const report = await checkInvariants(source);
  if (report.violations.length > 0) {
    throw new Error(`Invariants broken ${when} (${report.violations.length}):\n  ${report.violations.join("\n  ")}`);
  }
  return report;
};
