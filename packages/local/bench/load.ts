/**
 * Load: catalog search, order placement and certificate verification through the real gateway, at
 * 1, 8 and 32 concurrent connections (autocannon), next to bare DynamoDB Local round trips of the
 * same shape measured in the same run, so the API's overhead is a ratio, not a guess.
 *
 *   npx tsx packages/local/bench/load.ts [seconds per run]      (default 8; about 4 minutes; Java 17)
 *
 * DynamoDB Local (in memory) and the gateway (bench/support/serve.ts, a process of its own) are
 * started here; autocannon and the bare SDK loops run in this process. Orders carry a fresh
 * Idempotency-Key each, as a careful client sends them. After every run the stock invariants are
 * checked over the whole table once it settles (test/support/invariants.ts); a broken invariant,
 * or any 5xx but a 503, stops the bench with exit code 1.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { GetItemCommand, PutItemCommand, QueryCommand, TransactWriteItemsCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { fixedClock, isoDay } from "@fsm/core";
import { createDynamoClient, keys } from "@fsm/store";
import autocannon from "autocannon";
import { startDynamoLocal } from "../src/dynamodb-local";
import { defaultTableNames } from "../src/tables";
import { acehFacility, certifiedPatchouliBatch, daysFrom, registerInstruments } from "../test/support/flows";
import { checkInvariantsWhenSettled } from "../test/support/invariants";
import { marketplaceClient } from "../test/support/marketplace-client";
import { machine, percentile, printTable } from "./support/report";

const seconds = Number(process.argv[2] ?? 8);
const concurrencies = [1, 8, 32];
const repo = fileURLToPath(new URL("../../..", import.meta.url));
const started = performance.now();
console.log(`Load bench: ${seconds} s per run, concurrency ${concurrencies.join(", ")} (${machine()})`);

const dynamo = await startDynamoLocal();
const client = createDynamoClient({ endpoint: dynamo.endpoint });
let server: ChildProcess | undefined;

const stopAll = async () => {
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await once(server, "exit");
  }
  client.destroy();
  await dynamo.stop();
};

const fatal = async (message: string) => {
  console.error(`\nFAIL: ${message}`);
  await stopAll();
  process.exit(1);
};

/** The gateway in its own process, on this DynamoDB Local. */
const startServer = async () => {
  const child = spawn(process.execPath, ["--no-warnings", "--import", "tsx", "packages/local/bench/support/serve.ts"], {
    cwd: repo,
    env: { ...process.env, DYNAMO_ENDPOINT: dynamo.endpoint },
    stdio: ["ignore", "pipe", "inherit"],
  });
  server = child;
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  for await (const line of lines) {
    const ready = /^READY (\S+)/.exec(line);
    if (ready) return ready[1] as string;
  }
  throw new Error(`The gateway exited (${child.exitCode}) before it was ready.`);
};

interface Row {
  scenario: string;
  concurrency: number;
  rps: number;
  p50: number;
  p99: number;
  failures: string;
  baseline: string;
  baseRps: number;
  baseP50: number;
  baseP99: number;
  baseErrors: number;
}
const rows: Row[] = [];

/** Numbers the bare calls across every loop, so items written by one loop never collide with another's. */
let sequence = 0;

/** Closed loop over a bare SDK call: `concurrency` workers, each sending the next call when the last returns. */
const bareLoop = async (concurrency: number, durationMs: number, call: (sequence: number) => Promise<unknown>) => {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + durationMs;
  const begin = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const number = sequence++;
        const start = performance.now();
        try {
          await call(number);
          latencies.push(performance.now() - start);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  const elapsed = (performance.now() - begin) / 1000;
  return { rps: latencies.length / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors };
};

const checkAfter = async (run: string) => {
  // autocannon stops at its deadline with requests still in the gateway: check once the table settles.
  const report = await checkInvariantsWhenSettled({ client, tableName: defaultTableNames.market });
  if (report.violations.length > 0) await fatal(`invariants broken after ${run}:\n  ${report.violations.slice(0, 20).join("\n  ")}`);
  return report;
};

try {
  const url = await startServer();
  const clock = fixedClock(new Date());
  const market = marketplaceClient({ url }, clock);

  // Stock that never runs out during the runs: three large certified batches, the cheapest takes the orders.
  const instruments = await registerInstruments(market, "officer-aceh", acehFacility, ["gc", "pycnometer", "refractometer", "titration"]);
  const batches = [];
  for (const [index, cooperative] of ["koperasi-aceh", "koperasi-aceh-2", "koperasi-aceh"].entries()) {
    batches.push(await certifiedPatchouliBatch(market, instruments, { cooperative, quantity: 5_000_000, unitPriceIdr: 1_100_000 + index * 10_000 }));
  }
  const certificate = batches[0]?.certificate as { id: string; jws: string };
  const buyers = [await market.login("buyer-wangi"), await market.login("buyer-nusantara")];
  const orderBody = JSON.stringify({
    productId: "patchouli-oil",
    minGrade: "PA-32",
    quantity: 10,
    maxUnitPriceIdr: 1_500_000,
    deliverBy: daysFrom(clock.now(), 30),
    destinationProvince: "ID-JI",
    allowPartial: false,
  });

  // One real order, to copy the shapes (and sizes) of its items for the bare transaction.
  const sample = await market.api("/orders", { token: buyers[0], rawBody: orderBody, headers: { "content-type": "application/json", "idempotency-key": randomUUID() } });
  if (sample.status !== 201) await fatal(`sample order: ${sample.status} ${JSON.stringify(sample.body)}`);
  const raw = async (key: { pk: string; sk: string }) =>
    unmarshall((await client.send(new GetItemCommand({ TableName: defaultTableNames.market, Key: marshall(key) }))).Item ?? {});
  const orderItem = await raw(keys.order(sample.body.id));
  const allocationItem = await raw(keys.allocation(sample.body.allocations[0].id));
  const batchItem = await raw(keys.batch(sample.body.allocations[0].batchId));
  /** A copy that lands in the same indexes (so it costs the same writes) but in partitions of its own, with no `entity`. */
  const benchCopy = (item: Record<string, unknown>, pk: string, sk: string) => {
    const { entity: _entity, ...rest } = item;
    const copy: Record<string, unknown> = { ...rest, pk, sk };
    for (const name of ["gsi1pk", "gsi2pk", "gsi3pk"]) if (typeof copy[name] === "string") copy[name] = `BENCH#${copy[name] as string}`;
    return marshall(copy, { removeUndefinedValues: true });
  };
  const counterKey = marshall({ pk: "BENCHBATCH#hot", sk: "BATCH" });
  await client.send(new PutItemCommand({ TableName: defaultTableNames.market, Item: benchCopy({ ...batchItem, available: 1e12 }, "BENCHBATCH#hot", "BATCH") }));
  const run = randomUUID().slice(0, 8);

  /** Where the Idempotency-Key's record would be: the gateway reads it first, then writes it with the order. */
  const requestKey = (sequence: number) => ({ pk: `BENCHREQUEST#${run}-${sequence}`, sk: "REQUEST" });
  const requestRecord = (sequence: number) =>
    marshall({ ...requestKey(sequence), bodyHash: "h".repeat(43), resourceId: sample.body.id, ttl: Math.floor(Date.now() / 1000) + 86_400 });
  const bareTransaction = (sequence: number) =>
    client.send(
      new TransactWriteItemsCommand({
        TransactItems: [
          { Put: { TableName: defaultTableNames.market, Item: requestRecord(sequence), ConditionExpression: "attribute_not_exists(pk)" } },
          { Put: { TableName: defaultTableNames.market, Item: benchCopy(orderItem, `BENCHORDER#${run}-${sequence}`, "ORDER"), ConditionExpression: "attribute_not_exists(pk)" } },
          { Put: { TableName: defaultTableNames.market, Item: benchCopy(allocationItem, `BENCHORDER#${run}-${sequence}`, "ALLOC#1"), ConditionExpression: "attribute_not_exists(pk)" } },
          {
            Update: {
              TableName: defaultTableNames.market,
              Key: counterKey,
              UpdateExpression: "SET #available = #available - :q, #reserved = #reserved + :q, #updatedAt = :now",
              ConditionExpression: "#available >= :q",
              ExpressionAttributeNames: { "#available": "available", "#reserved": "reserved", "#updatedAt": "updatedAt" },
              ExpressionAttributeValues: marshall({ ":q": 10, ":now": new Date().toISOString() }),
            },
          },
        ],
      }),
    );
  const catalogQuery = () =>
    client.send(
      new QueryCommand({
        TableName: defaultTableNames.market,
        IndexName: "gsi1",
        KeyConditionExpression: "#p = :p",
        FilterExpression: "#available >= :min AND #validUntil >= :today",
        ExpressionAttributeNames: { "#p": "gsi1pk", "#available": "available", "#validUntil": "certificateValidUntil" },
        ExpressionAttributeValues: marshall({ ":p": keys.catalogPartition("patchouli-oil"), ":min": 1, ":today": isoDay(clock.now()) }),
        Limit: 20,
      }),
    );
  /** The DynamoDB calls an order placement makes, in order, without the API around them (see the cost bench). */
  const bareOrderPath = async (sequence: number) => {
    await client.send(new GetItemCommand({ TableName: defaultTableNames.market, Key: marshall(requestKey(sequence)), ConsistentRead: true }));
    await catalogQuery();
    await bareTransaction(sequence);
  };
  const certificateGet = () => client.send(new GetItemCommand({ TableName: defaultTableNames.market, Key: marshall(keys.certificate(certificate.id)), ConsistentRead: true }));

  const scenarios = [
    {
      name: "GET /catalog",
      request: { method: "GET" as const, path: "/api/catalog?productId=patchouli-oil&limit=20" },
      baselines: [{ name: "Query (catalog index)", call: catalogQuery }],
    },
    {
      name: "POST /orders",
      request: {
        method: "POST" as const,
        path: "/api/orders",
        setupRequest: (request: autocannon.Request) => ({
          ...request,
          headers: { ...request.headers, authorization: `Bearer ${buyers[Math.floor(Math.random() * 2)]}`, "idempotency-key": randomUUID() },
        }),
        headers: { "content-type": "application/json" },
        body: orderBody,
      },
      baselines: [
        { name: "TransactWriteItems (request record + order + allocation + batch)", call: bareTransaction },
        { name: "the order's 3 calls in sequence", call: bareOrderPath },
      ],
    },
    {
      name: "POST /certificates/verification",
      request: { method: "POST" as const, path: "/api/certificates/verification", headers: { "content-type": "application/json" }, body: JSON.stringify({ jws: certificate.jws }) },
      baselines: [{ name: "GetItem (certificate)", call: certificateGet }],
    },
  ];

  for (const scenario of scenarios) {
    // Warm up the gateway's code paths and DynamoDB Local's before measuring.
    await autocannon({ url, connections: 4, duration: 2, requests: [scenario.request] });
    await bareLoop(4, 1_000, scenario.baselines[0]?.call ?? (async () => undefined));
    for (const concurrency of concurrencies) {
      const result = await autocannon({ url, connections: concurrency, duration: seconds, requests: [scenario.request] });
      const codes = Object.entries(result.statusCodeStats ?? {})
        .filter(([code]) => !code.startsWith("2"))
        .map(([code, stats]) => `${code} x${stats.count ?? 0}`);
      if (result.errors > 0) codes.push(`${result.errors} errors (${result.timeouts} timeouts)`);
      const serverErrors = Object.entries(result.statusCodeStats ?? {}).filter(([code]) => code.startsWith("5") && code !== "503");
      if (serverErrors.length > 0) await fatal(`${scenario.name} at ${concurrency}: ${serverErrors.map(([code, stats]) => `${code} x${stats.count}`).join(", ")}`);
      const report = await checkAfter(`${scenario.name} at concurrency ${concurrency}`);
      const rps = result["2xx"] / result.duration;
      for (const baseline of scenario.baselines) {
        const bare = await bareLoop(concurrency, seconds * 1000, baseline.call);
        rows.push({
          scenario: scenario.name,
          concurrency,
          rps,
          p50: result.latency.p50,
          p99: result.latency.p99,
          failures: codes.join(", ") || "none",
          baseline: baseline.name,
          baseRps: bare.rps,
          baseP50: bare.p50,
          baseP99: bare.p99,
          baseErrors: bare.errors,
        });
        if (bare.errors > 0) await fatal(`bare ${baseline.name} at ${concurrency}: ${bare.errors} calls failed`);
      }
      console.log(
        `  ${scenario.name} c=${concurrency}: ${rps.toFixed(1)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms; non-2xx ${codes.join(", ") || "none"}; ` +
          `invariants hold over ${report.batches} batches, ${report.orders} orders, ${report.allocations} allocations`,
      );
    }
  }
} catch (error) {
  await fatal(error instanceof Error ? (error.stack ?? error.message) : String(error));
}

await checkAfter("the whole bench");
await stopAll();

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "-");
console.log(`\nAPI through the gateway (autocannon) next to bare DynamoDB Local calls (AWS SDK v3), same run, same machine.\n`);
printTable(
  ["scenario", "conc.", "req/s", "p50 ms", "p99 ms", "non-2xx", "bare DynamoDB call", "bare ops/s", "bare p50 ms", "bare p99 ms", "p50 API/bare", "p99 API/bare", "throughput bare/API"],
  rows.map((row) => [
    row.scenario,
    String(row.concurrency),
    fixed(row.rps),
    fixed(row.p50, 0),
    fixed(row.p99, 0),
    row.failures,
    row.baseline,
    fixed(row.baseRps),
    fixed(row.baseP50),
    fixed(row.baseP99),
    `${fixed(row.p50 / row.baseP50)}x`,
    `${fixed(row.p99 / row.baseP99)}x`,
    `${fixed(row.baseRps / row.rps)}x`,
  ]),
);
const targetConcurrency = 32;
const targetRatio = 8;
for (const row of rows.filter((candidate) => candidate.scenario === "POST /orders" && candidate.concurrency === targetConcurrency)) {
  const ratio = row.p99 / row.baseP99;
  console.log(
    `\nTarget: order placement p99 under ${targetRatio}x the bare call at ${targetConcurrency} clients. Against "${row.baseline}": ` +
      `${fixed(row.p99, 0)} ms / ${fixed(row.baseP99)} ms = ${fixed(ratio)}x -> ${ratio < targetRatio ? "met" : "MISSED"}.`,
  );
}
console.log(
  "\np50 (p99) API/bare = API p50 (p99) / bare p50 (p99) (autocannon reports whole milliseconds); throughput bare/API = bare ops/s / API req/s. " +
    `Invariants held after every run. Run took ${((performance.now() - started) / 1000).toFixed(0)} s (${machine()}).`,
);
process.exit(0);
