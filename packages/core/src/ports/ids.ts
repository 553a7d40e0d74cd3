import { randomUUID } from "node:crypto";

export interface IdGenerator {
  next(prefix: string): string;
}

/** Random, opaque, prefixed so that a log line tells what kind of thing an id names. */
export const randomIds: IdGenerator = {
  next: (prefix) => `${prefix}_${randomUUID().replaceAll("-", "").slice(0, 20)}`,
};
