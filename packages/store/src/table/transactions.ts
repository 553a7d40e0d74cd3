import type { TransactWriteItem } from "@aws-sdk/client-dynamodb";
import { type Item, type Key, toAttributes } from "./gateway";

/** Small builders so that repositories write transactions as data, not as SDK boilerplate. */
export interface UpdateSpec {
  key: Key;
  set?: Record<string, unknown>;
  /** `SET name = name + :value` for counters. */
  add?: Record<string, number>;
  remove?: string[];
  /** Raw `SET` clauses for arithmetic between attributes, over `names` and `values`. */
  setExpressions?: string[];
  /** A condition over `#name` placeholders for every attribute in `names`. */
  condition?: string;
  names?: Record<string, string>;
  values?: Record<string, unknown>;
}

export const putItem = (
  tableName: string,
  item: Item,
  condition = "attribute_not_exists(pk)",
  names?: Record<string, string>,
  values?: Record<string, unknown>,
): TransactWriteItem => ({
  Put: {
    TableName: tableName,
    Item: toAttributes(item),
    ConditionExpression: condition,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values ? toAttributes(values) : undefined,
  },
});

export const updateExpression = (spec: UpdateSpec) => {
  const names: Record<string, string> = { ...spec.names };
  const values: Record<string, unknown> = { ...spec.values };
  const setParts: string[] = [];
  const setEntries = Object.entries(spec.set ?? {});
  setEntries.forEach(([name, value], index) => {
    if (value === undefined) return;
    names[`#s${index}`] = name;
    values[`:s${index}`] = value;
    setParts.push(`#s${index} = :s${index}`);
  });
  Object.entries(spec.add ?? {}).forEach(([name, delta], index) => {
    names[`#a${index}`] = name;
    values[`:a${index}`] = delta;
    setParts.push(`#a${index} = #a${index} + :a${index}`);
  });
  setParts.push(...(spec.setExpressions ?? []));
  /** Setting an attribute to undefined removes it, as it would vanish from a marshalled item. */
  const cleared = setEntries.filter(([, value]) => value === undefined).map(([name]) => name);
  const removeParts = [...(spec.remove ?? []), ...cleared].map((name, index) => {
    names[`#r${index}`] = name;
    return `#r${index}`;
  });
  const expression = [
    setParts.length > 0 ? `SET ${setParts.join(", ")}` : "",
    removeParts.length > 0 ? `REMOVE ${removeParts.join(", ")}` : "",
  ]
    .filter(Boolean)
    .join(" ");
  return {
    UpdateExpression: expression,
    ConditionExpression: spec.condition,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: Object.keys(values).length > 0 ? toAttributes(values) : undefined,
  };
};

export const updateItem = (tableName: string, spec: UpdateSpec): TransactWriteItem => ({
  Update: { TableName: tableName, Key: toAttributes(spec.key), ...updateExpression(spec) },
});

export const conditionCheck = (tableName: string, key: Key, condition: string, names: Record<string, string>, values: Record<string, unknown>): TransactWriteItem => ({
  ConditionCheck: {
    TableName: tableName,
    Key: toAttributes(key),
    ConditionExpression: condition,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: toAttributes(values),
  },
});

/** Which items of a cancelled transaction failed their condition, by position. */
export const failedConditions = (error: unknown): number[] | undefined => {
  if (!(error instanceof Error)) return undefined;
  if (error.name === "ConditionalCheckFailedException") return [0];
  if (error.name !== "TransactionCanceledException") return undefined;
  const reasons = (error as Error & { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
  const failed = reasons.flatMap((reason, index) => (reason.Code === "ConditionalCheckFailed" ? [index] : []));
  return failed.length > 0 ? failed : undefined;
};

/** A transaction another transaction raced with; safe to retry after re-reading. */
export const isTransactionConflict = (error: unknown) => {
  if (!(error instanceof Error) || error.name !== "TransactionCanceledException") return false;
  const reasons = (error as Error & { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
  return reasons.some((reason) => reason.Code === "TransactionConflict");
};
