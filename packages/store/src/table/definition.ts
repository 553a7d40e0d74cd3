/**
 * The single table, described once. infra's `Table` and the local `CreateTable` are both derived
 * from this object, so the key names and indexes cannot drift between AWS and a laptop.
 */
export const marketTable = {
  partitionKey: "pk",
  sortKey: "sk",
  indexes: {
    /** Sparse: only listed batches with stock. Partition per product, sorted by grade rank then price. */
    catalog: { name: "gsi1", partitionKey: "gsi1pk", sortKey: "gsi1sk" },
    /** Everything an organisation owns: its batches, orders, allocations. */
    owner: { name: "gsi2", partitionKey: "gsi2pk", sortKey: "gsi2sk" },
    /** Work queues: batches awaiting inspection per facility, open orders per product, holds by expiry. */
    queue: { name: "gsi3", partitionKey: "gsi3pk", sortKey: "gsi3sk" },
  },
  stream: "NEW_AND_OLD_IMAGES",
  /** DynamoDB Local never deletes TTL items and AWS may lag two days: TTL only tidies, it never decides. */
  timeToLiveAttribute: "ttl",
} as const;

export type MarketIndex = keyof typeof marketTable.indexes;
