import { Logger } from "@aws-lambda-powertools/logger";
import { type Clock, type IdGenerator, randomIds, systemClock, type User } from "@fsm/core";
import { createDynamoClient, createStore, type Store } from "@fsm/store";

/** Signs short-lived tokens for the demo accounts; only the local runtime provides one. */
export interface DevIdentityIssuer {
  issue(user: User): Promise<string>;
}

/** Everything a handler needs from the outside world; tests and the local gateway pass their own. */
export interface AppDeps {
  store: Store;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
  devIdentity?: DevIdentityIssuer;
}

const requiredEnv = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set; the stack passes it to every function.`);
  return value;
};

export const createLogger = (logLevel = process.env.LOG_LEVEL ?? "INFO") =>
  new Logger({ serviceName: "factory-sharing-marketplace", logLevel: logLevel as "INFO" });

/** The dependencies of a deployed function, read from the environment the stack sets. */
export const productionDeps = (): AppDeps => ({
  store: createStore({ client: createDynamoClient(), tableName: requiredEnv("TABLE_NAME") }),
  clock: systemClock,
  ids: randomIds,
  logger: createLogger(),
});
