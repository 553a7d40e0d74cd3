import type { Item } from "../table/gateway";

const storageAttributes = new Set(["pk", "sk", "gsi1pk", "gsi1sk", "gsi2pk", "gsi2sk", "gsi3pk", "gsi3sk", "ttl", "entity"]);

/** Drops the key and index attributes, leaving the entity as the domain knows it. */
export const withoutStorageAttributes = <T>(item: Item): T =>
  Object.fromEntries(Object.entries(item).filter(([name]) => !storageAttributes.has(name))) as T;
