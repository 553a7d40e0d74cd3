import type { ConsumedCapacity, DynamoDBClient } from "@aws-sdk/client-dynamodb";

/**
 * Meters what a DynamoDB client consumes: a middleware asks every data-plane command for
 * `ReturnConsumedCapacity: "INDEXES"` and adds up the `ConsumedCapacity` of each response, split
 * into the table and its global secondary indexes; it also records every command's name, so a
 * caller can prove that a request path never Scans. Free of vitest, for benches and tests alike.
 */

const readCommands = new Set(["GetItemCommand", "QueryCommand", "ScanCommand", "BatchGetItemCommand", "TransactGetItemsCommand"]);
const writeCommands = new Set(["PutItemCommand", "UpdateItemCommand", "DeleteItemCommand", "BatchWriteItemCommand", "TransactWriteItemsCommand"]);
const transactional = new Set(["TransactWriteItemsCommand", "TransactGetItemsCommand"]);

export interface MeteredCall {
  command: string;
  tables: string[];
  /** Capacity units as DynamoDB (Local) reported them: table + indexes. */
  units: number;
  tableUnits: number;
  indexUnits: number;
  kind: "read" | "write" | "other";
  failed: boolean;
  /** The error's name when the call failed (e.g. `ConditionalCheckFailedException`). */
  error?: string;
}

export interface MeterTotals {
  calls: number;
  commands: Record<string, number>;
  /** As reported by DynamoDB Local. */
  rcu: number;
  wcu: number;
  /**
   * What AWS would bill on demand: DynamoDB Local reports a transactional item like a standard one,
   * AWS bills the table part of TransactWriteItems / TransactGetItems twice (2 WRU per KB written,
   * 2 RRU per 4 KB read); index writes they cause are billed once. A single-item write whose
   * condition fails still consumes write capacity on AWS (DynamoDB Local reports nothing): counted
   * here as 1 WRU, the least it costs.
   */
  billedRru: number;
  billedWru: number;
  scans: number;
  failedCalls: number;
}

const sumCapacity = (capacity: ConsumedCapacity | ConsumedCapacity[] | undefined) => {
  const list = capacity === undefined ? [] : Array.isArray(capacity) ? capacity : [capacity];
  let units = 0;
  let tableUnits = 0;
  let indexUnits = 0;
  const tables: string[] = [];
  for (const entry of list) {
    if (entry.TableName) tables.push(entry.TableName);
    const total = entry.CapacityUnits ?? (entry.ReadCapacityUnits ?? 0) + (entry.WriteCapacityUnits ?? 0);
    const indexes = Object.values(entry.GlobalSecondaryIndexes ?? {}).reduce((sum, index) => sum + (index.CapacityUnits ?? 0), 0) +
      Object.values(entry.LocalSecondaryIndexes ?? {}).reduce((sum, index) => sum + (index.CapacityUnits ?? 0), 0);
    units += total;
    indexUnits += indexes;
    tableUnits += entry.Table?.CapacityUnits ?? total - indexes;
  }
  return { units, tableUnits, indexUnits, tables };
};

export const totalsOf = (calls: MeteredCall[]): MeterTotals => {
  const totals: MeterTotals = { calls: calls.length, commands: {}, rcu: 0, wcu: 0, billedRru: 0, billedWru: 0, scans: 0, failedCalls: 0 };
  for (const call of calls) {
    totals.commands[call.command] = (totals.commands[call.command] ?? 0) + 1;
    if (call.command === "ScanCommand") totals.scans += 1;
    if (call.failed) totals.failedCalls += 1;
    if (call.failed && call.kind === "write" && call.error === "ConditionalCheckFailedException") totals.billedWru += 1;
    const billed = (transactional.has(call.command) ? 2 : 1) * call.tableUnits + call.indexUnits;
    if (call.kind === "read") {
      totals.rcu += call.units;
      totals.billedRru += billed;
    }
    if (call.kind === "write") {
      totals.wcu += call.units;
      totals.billedWru += billed;
    }
  }
  return totals;
};

export interface CapacityMeter {
  /** Every call since the last `reset`. */
  readonly calls: MeteredCall[];
  reset(): void;
  totals(): MeterTotals;
}

/** Adds the metering middleware to a client (its commands from now on are metered). */
export const meterCapacity = (client: DynamoDBClient, name = "capacityMeter"): CapacityMeter => {
  let calls: MeteredCall[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = context.commandName ?? "UnknownCommand";
      const kind = readCommands.has(command) ? "read" : writeCommands.has(command) ? "write" : "other";
      const input = args.input as Record<string, unknown>;
      if (kind !== "other") input.ReturnConsumedCapacity = "INDEXES";
      try {
        const result = await next(args);
        const output = result.output as { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[] };
        calls.push({ command, kind, failed: false, ...sumCapacity(output.ConsumedCapacity) });
        return result;
      } catch (error) {
        // A failed conditional write consumes capacity on AWS too; DynamoDB Local does not report it.
        calls.push({ command, kind, failed: true, error: (error as Error).name, units: 0, tableUnits: 0, indexUnits: 0, tables: [] });
        throw error;
      }
    },
    { step: "initialize", name },
  );
  return {
    get calls() {
      return calls;
    },
    reset() {
      calls = [];
    },
    totals: () => totalsOf(calls),
  };
};
