import { DescribeTableCommand, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record,
} from "@aws-sdk/client-dynamodb-streams";
import type { DynamoDBRecord, DynamoDBStreamEvent } from "aws-lambda";

export type StreamConsumer = (event: DynamoDBStreamEvent) => Promise<unknown>;

export interface StreamPollerOptions {
  client: DynamoDBClient;
  endpoint: string;
  tableName: string;
  consumers: StreamConsumer[];
  intervalMs?: number;
  onError(error: unknown): void;
}

/**
 * What Lambda's event source mapping does on AWS: read the table's stream shard by shard and hand
 * the records to the same consumers. Starts at the newest record: the local runtime is one process.
 */
export const startStreamPoller = async ({ client, endpoint, tableName, consumers, intervalMs = 500, onError }: StreamPollerOptions) => {
  const streams = new DynamoDBStreamsClient({ endpoint, region: "ap-southeast-3", credentials: { accessKeyId: "local", secretAccessKey: "local" } });
  const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  const streamArn = Table?.LatestStreamArn as string;
  const iterators = new Map<string, string | undefined>();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const discoverShards = async (initial: boolean) => {
    const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    for (const shard of StreamDescription?.Shards ?? []) {
      const shardId = shard.ShardId as string;
      if (iterators.has(shardId)) continue;
      const open = shard.SequenceNumberRange?.EndingSequenceNumber === undefined;
      const { ShardIterator } = await streams.send(
        new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shardId, ShardIteratorType: initial && open ? "LATEST" : "TRIM_HORIZON" }),
      );
      iterators.set(shardId, initial && !open ? undefined : ShardIterator);
    }
  };

  const poll = async () => {
    await discoverShards(false);
    for (const [shardId, iterator] of iterators) {
      if (!iterator) continue;
      const { Records, NextShardIterator } = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 100 }));
      iterators.set(shardId, NextShardIterator);
      if (Records && Records.length > 0) {
        const event: DynamoDBStreamEvent = { Records: Records.map((record: _Record) => ({ ...record, eventSourceARN: streamArn }) as DynamoDBRecord) };
        for (const consumer of consumers) await consumer(event);
      }
    }
  };

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = poll().catch(onError).finally(schedule);
    }, intervalMs);
  };

  await discoverShards(true);
  schedule();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      streams.destroy();
    },
  };
};
