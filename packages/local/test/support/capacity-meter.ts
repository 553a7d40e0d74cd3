import { type AttributeValue, type ConsumedCapacity, type DynamoDBClient, GetItemCommand } from "@aws-sdk/client-dynamodb";
import { marketTable } from "@fsm/store";
import { type Image, type IndexKeys, type WriteAction, type WriteCost, writeCost } from "./write-cost";

/**
 * Meters what a DynamoDB client consumes: a middleware asks every data-plane command for
 * `ReturnConsumedCapacity: "INDEXES"` and adds up the `ConsumedCapacity` of each response, split
 * into the table and its global secondary indexes; it also records every command's name, so a
 * caller can prove that a request path never Scans. Free of vitest, for benches and tests alike.
 *
 * Given a second client (`images`, one without this middleware, so its reads are not metered), it
 * also estimates what each write costs on AWS from the items themselves (write-cost.ts): it reads
 * every item a write targets before the command and again after it succeeded, and prices the write
 * by AWS's documented rules. DynamoDB Local's own figures for TransactWriteItems are not reliable
 * (they neither double every item nor count every index entry), so the estimate does not use them.
 */

const readCommands = new Set(["GetItemCommand", "QueryCommand", "ScanCommand", "BatchGetItemCommand", "TransactGetItemsCommand"]);
const writeCommands = new Set(["PutItemCommand", "UpdateItemCommand", "DeleteItemCommand", "BatchWriteItemCommand", "TransactWriteItemsCommand"]);

/** What AWS would consume for one write call, estimated from the sizes of the items it writes. */
export interface AwsEstimate {
  writeUnits: number;
  tableWriteUnits: number;
  indexWriteUnits: number;
  /** One entry per item written (or condition-checked), with its key (`pk | sk`). */
  writes: (WriteCost & { key: string })[];
}

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
  /** Writes only; absent when the meter reads no item images, or for a write command it cannot price. */
  aws?: AwsEstimate;
}

export interface MeterTotals {
  calls: number;
  commands: Record<string, number>;
  /** As reported by DynamoDB Local. */
  rcu: number;
  wcu: number;
  /** AWS estimate: reads as reported (Local's read figures follow AWS's rules), writes from item sizes. */
  awsRru: number;
  awsWru: number;
  awsTableWru: number;
  awsIndexWru: number;
  /** Write calls without an AWS estimate (their units are missing from `awsWru`). */
  unestimatedWrites: number;
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
  const totals: MeterTotals = {
    calls: calls.length,
    commands: {},
    rcu: 0,
    wcu: 0,
    awsRru: 0,
    awsWru: 0,
    awsTableWru: 0,
    awsIndexWru: 0,
    unestimatedWrites: 0,
    scans: 0,
    failedCalls: 0,
  };
  for (const call of calls) {
    totals.commands[call.command] = (totals.commands[call.command] ?? 0) + 1;
    if (call.command === "ScanCommand") totals.scans += 1;
    if (call.failed) totals.failedCalls += 1;
    if (call.kind === "read") {
      totals.rcu += call.units;
      totals.awsRru += call.units;
    }
    if (call.kind === "write") {
      totals.wcu += call.units;
      if (!call.aws) totals.unestimatedWrites += 1;
      totals.awsWru += call.aws?.writeUnits ?? 0;
      totals.awsTableWru += call.aws?.tableWriteUnits ?? 0;
      totals.awsIndexWru += call.aws?.indexWriteUnits ?? 0;
    }
  }
  return totals;
};

interface WriteTarget {
  action: WriteAction;
  tableName: string;
  key: Record<string, AttributeValue>;
  /** The item a Put writes. */
  item?: Record<string, AttributeValue>;
}

interface TableSchema {
  partitionKey: string;
  sortKey?: string;
  indexes: readonly IndexKeys[];
}

const defaultSchema: TableSchema = { partitionKey: marketTable.partitionKey, sortKey: marketTable.sortKey, indexes: Object.values(marketTable.indexes) };

type Keyed = { TableName?: string; Key?: Record<string, AttributeValue>; Item?: Record<string, AttributeValue> };

/** The items a write command targets, in order; undefined for a command the estimate does not cover (BatchWriteItem). */
const writeTargets = (command: string, input: Record<string, unknown>, schema: TableSchema): WriteTarget[] | undefined => {
  const keyOf = (item: Record<string, AttributeValue>) =>
    Object.fromEntries([schema.partitionKey, schema.sortKey].flatMap((name) => (name && item[name] ? [[name, item[name]]] : [])));
  const target = (action: WriteAction, entry: Keyed): WriteTarget => ({
    action,
    tableName: entry.TableName ?? "",
    key: entry.Item ? keyOf(entry.Item) : (entry.Key ?? {}),
    item: entry.Item,
  });
  if (command === "PutItemCommand") return [target("put", input as Keyed)];
  if (command === "UpdateItemCommand") return [target("update", input as Keyed)];
  if (command === "DeleteItemCommand") return [target("delete", input as Keyed)];
  if (command !== "TransactWriteItemsCommand") return undefined;
  const items = (input.TransactItems ?? []) as { Put?: Keyed; Update?: Keyed; Delete?: Keyed; ConditionCheck?: Keyed }[];
  return items.map((entry) => {
    if (entry.Put) return target("put", entry.Put);
    if (entry.Update) return target("update", entry.Update);
    if (entry.Delete) return target("delete", entry.Delete);
    return target("condition-check", entry.ConditionCheck ?? {});
  });
};

const readImages = (images: DynamoDBClient, targets: WriteTarget[]): Promise<Image[]> =>
  Promise.all(
    targets.map(async ({ tableName, key }) => (await images.send(new GetItemCommand({ TableName: tableName, Key: key, ConsistentRead: true }))).Item),
  );

const keyLabel = (key: Record<string, AttributeValue>) => Object.values(key).map((value) => value.S ?? value.N ?? "?").join(" | ");

const sumEstimate = (targets: WriteTarget[], writes: WriteCost[]): AwsEstimate => {
  const tableWriteUnits = writes.reduce((sum, write) => sum + write.tableUnits, 0);
  const indexWriteUnits = writes.reduce((sum, write) => sum + write.indexUnits, 0);
  const labelled = writes.map((write, index) => ({ ...write, key: keyLabel(targets[index]?.key ?? {}) }));
  return { writeUnits: tableWriteUnits + indexWriteUnits, tableWriteUnits, indexWriteUnits, writes: labelled };
};

export interface CapacityMeter {
  /** Every call since the last `reset`. */
  readonly calls: MeteredCall[];
  reset(): void;
  totals(): MeterTotals;
}

export interface MeterOptions {
  name?: string;
  /** A client on the same endpoint without this middleware: turns on the AWS estimate of writes. */
  images?: DynamoDBClient;
  /** Key and index names of the metered table (all indexes projecting ALL); the marketplace table by default. */
  schema?: TableSchema;
}

/** Adds the metering middleware to a client (its commands from now on are metered). */
export const meterCapacity = (client: DynamoDBClient, { name = "capacityMeter", images, schema = defaultSchema }: MeterOptions = {}): CapacityMeter => {
  let calls: MeteredCall[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = context.commandName ?? "UnknownCommand";
      const kind = readCommands.has(command) ? "read" : writeCommands.has(command) ? "write" : "other";
      const input = args.input as Record<string, unknown>;
      if (kind !== "other") input.ReturnConsumedCapacity = "INDEXES";
      const transactional = command === "TransactWriteItemsCommand";
      const targets = images && kind === "write" ? writeTargets(command, input, schema) : undefined;
      const before = images && targets ? await readImages(images, targets) : [];
      try {
        const result = await next(args);
        const output = result.output as { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[] };
        const reported = sumCapacity(output.ConsumedCapacity);
        let aws: AwsEstimate | undefined;
        if (images && targets) {
          const after = await readImages(images, targets);
          aws = sumEstimate(
            targets,
            targets.map((target, index) =>
              writeCost({ action: target.action, before: before[index], after: after[index], transactional, indexes: schema.indexes }),
            ),
          );
        }
        calls.push({ command, kind, failed: false, ...reported, ...(aws ? { aws } : {}) });
        return result;
      } catch (error) {
        // DynamoDB Local reports nothing for a failed call. On AWS a single-item write whose condition
        // fails still consumes write capacity; a cancelled transaction is not counted here (see the bench legend).
        const name = (error as Error).name;
        let aws: AwsEstimate | undefined;
        if (images && targets) {
          const target = targets[0];
          aws =
            name === "ConditionalCheckFailedException" && !transactional && target
              ? sumEstimate(targets, [
                  writeCost({ action: target.action, before: before[0], after: undefined, attempted: target.item, conditionFailed: true, transactional: false, indexes: schema.indexes }),
                ])
              : sumEstimate([], []);
        }
        calls.push({ command, kind, failed: true, error: name, units: 0, tableUnits: 0, indexUnits: 0, tables: [], ...(aws ? { aws } : {}) });
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
