import { CreateTableCommand, GetItemCommand, PutItemCommand, QueryCommand, TransactWriteItemsCommand, UpdateItemCommand, ScanCommand } from "@aws-sdk/client-dynamodb";
import { createDynamoClient } from "@fsm/store";
import { startDynamoLocal } from "../src/dynamodb-local";
const d = await startDynamoLocal();
const c = createDynamoClient({ endpoint: d.endpoint });
await c.send(new CreateTableCommand({ TableName: "ttt", BillingMode: "PAY_PER_REQUEST", AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }, { AttributeName: "g", AttributeType: "S" }], KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }], GlobalSecondaryIndexes: [{ IndexName: "gix", KeySchema: [{ AttributeName: "g", KeyType: "HASH" }], Projection: { ProjectionType: "ALL" } }] }));
const R = "TOTAL" as const;
const big = "x".repeat(1500);
console.log("put", (await c.send(new PutItemCommand({ TableName: "ttt", Item: { pk: { S: "a" }, g: { S: "G" }, v: { S: big } }, ReturnConsumedCapacity: R }))).ConsumedCapacity);
console.log("put idx", (await c.send(new PutItemCommand({ TableName: "ttt", Item: { pk: { S: "b" }, g: { S: "G" } }, ReturnConsumedCapacity: "INDEXES" }))).ConsumedCapacity);
console.log("get", (await c.send(new GetItemCommand({ TableName: "ttt", Key: { pk: { S: "a" } }, ConsistentRead: true, ReturnConsumedCapacity: R }))).ConsumedCapacity);
console.log("get ec", (await c.send(new GetItemCommand({ TableName: "ttt", Key: { pk: { S: "a" } }, ReturnConsumedCapacity: R }))).ConsumedCapacity);
console.log("query gsi", JSON.stringify((await c.send(new QueryCommand({ TableName: "ttt", IndexName: "gix", KeyConditionExpression: "g = :g", ExpressionAttributeValues: { ":g": { S: "G" } }, ReturnConsumedCapacity: "INDEXES" }))).ConsumedCapacity));
console.log("update", (await c.send(new UpdateItemCommand({ TableName: "ttt", Key: { pk: { S: "b" } }, UpdateExpression: "SET n = :n", ExpressionAttributeValues: { ":n": { N: "1" } }, ReturnConsumedCapacity: R }))).ConsumedCapacity);
console.log("tx", JSON.stringify((await c.send(new TransactWriteItemsCommand({ TransactItems: [{ Put: { TableName: "ttt", Item: { pk: { S: "c" }, g: { S: "G" } } } }, { Update: { TableName: "ttt", Key: { pk: { S: "b" } }, UpdateExpression: "SET n = n + :n", ExpressionAttributeValues: { ":n": { N: "1" } } } }], ReturnConsumedCapacity: "INDEXES" }))).ConsumedCapacity));
try { await c.send(new PutItemCommand({ TableName: "ttt", Item: { pk: { S: "a" } }, ConditionExpression: "attribute_not_exists(pk)", ReturnConsumedCapacity: R })); } catch (e: any) { console.log("condfail", e.name, JSON.stringify(e.ConsumedCapacity), Object.keys(e)); }
console.log("scan", (await c.send(new ScanCommand({ TableName: "ttt", ReturnConsumedCapacity: R }))).ConsumedCapacity);
c.destroy(); await d.stop();
