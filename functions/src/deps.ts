import { Logger } from "@aws-lambda-powertools/logger";
import { type CertificateSigner, type Clock, type IdGenerator, randomIds, systemClock, type User } from "@fsm/core";
import { createDynamoClient, createStore, type Store } from "@fsm/store";
import { kmsSigner } from "./signing/kms-signer";

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
  signer: CertificateSigner;
  devIdentity?: DevIdentityIssuer;
  settings: MarketSettings;
}

export interface MarketSettings {
  /** How long a hold lasts before the release job returns its stock. */
  holdTtlSeconds: number;
}

export const settingsFromEnvironment = (): MarketSettings => ({
  holdTtlSeconds: Number(process.env.HOLD_TTL_SECONDS ?? 1800) || 1800,
});

const requiredEnv = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set; the stack passes it to every function.`);
  return value;
};

export const createLogger = (logLevel = process.env.LOG_LEVEL ?? "INFO") =>
  new Logger({ serviceName: "factory-sharing-marketplace", logLevel: logLevel as "INFO" });

/** Only the certificate functions get a key id; the others never touch the signer. */
const kmsSignerFromEnvironment = (): CertificateSigner => {
  let signer: CertificateSigner | undefined;
  const resolved = () => (signer ??= kmsSigner(requiredEnv("SIGNING_KEY_ID")));
  return { sign: (payload) => resolved().sign(payload), publicKeys: () => resolved().publicKeys() };
};

/** The dependencies of a deployed function, read from the environment the stack sets. */
export const productionDeps = (): AppDeps => {
  return {
    store: createStore({ client: createDynamoClient(), tableName: requiredEnv("TABLE_NAME") }),
    clock: systemClock,
    ids: randomIds,
    logger: createLogger(),
    signer: kmsSignerFromEnvironment(),
    settings: settingsFromEnvironment(),
  };
};
