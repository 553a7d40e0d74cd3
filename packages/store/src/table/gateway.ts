import {
  type AttributeValue,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  TransactWriteItemsCommand,
  UpdateItemCommand,
  type TransactWriteItem,
} from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { marketTable, type MarketIndex } from "./definition";
import { type UpdateSpec, updateExpression } from "./transactions";

export type Item = Record<string, unknown>;
export type Key = { pk: string; sk: string };

export interface QueryRequest {
  filter?: { expression: string; names?: Record<string, string>; values?: Record<string, unknown> };
  index?: MarketIndex;
  partition: string;
  sortBetween?: [string, string];
  sortBeginsWith?: string;
  sortAtMost?: string;
  limit?: number;
  newestFirst?: boolean;
  startAfter?: Record<string, AttributeValue>;
  consistent?: boolean;
}

export interface QueryPage {
  items: Item[];
  lastKey?: Record<string, AttributeValue>;
}

export const toAttributes = (item: Item) => marshall(item, { removeUndefinedValues: true });
export const fromAttributes = (attributes: Record<string, AttributeValue>) => unmarshall(attributes);

/** The few table operations the repositories need, with the key names taken from the definition. */
export class TableGateway {
  constructor(
    readonly client: DynamoDBClient,
    readonly tableName: string,
  ) {}

  async get(key: Key, consistent = true): Promise<Item | undefined> {
    const { Item: found } = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: toAttributes(key), ConsistentRead: consistent }),
    );
    return found ? fromAttributes(found) : undefined;
  }

  /** Returns false when an item with that key already exists. */
  async putIfAbsent(item: Item): Promise<boolean> {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: toAttributes(item),
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof Error && error.name === "ConditionalCheckFailedException") return false;
      throw error;
    }
  }

  async query(request: QueryRequest): Promise<QueryPage> {
    const keyNames = request.index
      ? marketTable.indexes[request.index]
      : { partitionKey: marketTable.partitionKey, sortKey: marketTable.sortKey };
    const names: Record<string, string> = { "#p": keyNames.partitionKey, ...request.filter?.names };
    const values: Record<string, unknown> = { ":p": request.partition, ...request.filter?.values };
    let condition = "#p = :p";
    if (request.sortBetween) {
      names["#s"] = keyNames.sortKey;
      values[":lo"] = request.sortBetween[0];
      values[":hi"] = request.sortBetween[1];
      condition += " AND #s BETWEEN :lo AND :hi";
    } else if (request.sortBeginsWith !== undefined) {
      names["#s"] = keyNames.sortKey;
      values[":b"] = request.sortBeginsWith;
      condition += " AND begins_with(#s, :b)";
    } else if (request.sortAtMost !== undefined) {
      names["#s"] = keyNames.sortKey;
      values[":m"] = request.sortAtMost;
      condition += " AND #s <= :m";
    }
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: request.index ? marketTable.indexes[request.index].name : undefined,
        KeyConditionExpression: condition,
        FilterExpression: request.filter?.expression,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: toAttributes(values),
        Limit: request.limit,
        ScanIndexForward: !request.newestFirst,
        ExclusiveStartKey: request.startAfter,
        ConsistentRead: request.index ? undefined : request.consistent,
      }),
    );
    return { items: (result.Items ?? []).map(fromAttributes), lastKey: result.LastEvaluatedKey };
  }

  /** Every item of a partition, following pagination. For bounded collections only. */
  async queryAll(request: Omit<QueryRequest, "startAfter" | "limit">): Promise<Item[]> {
    const items: Item[] = [];
    let startAfter: Record<string, AttributeValue> | undefined;
    do {
      const page = await this.query({ ...request, startAfter });
      items.push(...page.items);
      startAfter = page.lastKey;
    } while (startAfter);
    return items;
  }

  async update(spec: UpdateSpec): Promise<Item | undefined> {
    const { Attributes } = await this.client.send(
      new UpdateItemCommand({ TableName: this.tableName, Key: toAttributes(spec.key), ...updateExpression(spec), ReturnValues: "ALL_NEW" }),
    );
    return Attributes ? fromAttributes(Attributes) : undefined;
  }

  async transact(items: TransactWriteItem[], clientRequestToken?: string): Promise<void> {
    await this.client.send(
      new TransactWriteItemsCommand({ TransactItems: items, ClientRequestToken: clientRequestToken }),
    );
  }
}
