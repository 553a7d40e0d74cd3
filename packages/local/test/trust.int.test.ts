import { describe, expect, it } from "vitest";
import { daysFrom } from "./support/flows";
import { useMarketplace } from "./support/marketplace";

const market = useMarketplace({ ownDatabase: true });
const sragen = "rpb-mebel-sragen";

const furniture = (quantity: number, producedOn: string, equipmentRunIds?: string[]) => ({
  productId: "teak-furniture",
  facilityId: sragen,
  quantity,
  unitPriceIdr: 3_500_000,
  producedOn,
  ...(equipmentRunIds ? { equipmentRunIds } : {}),
});

describe("volumes checked against the site's capacity", () => {
  it("refuses a batch larger than the site could have produced, explaining the numbers, and accepts it once equipment runs account for it", async () => {
    const today = daysFrom(market.clock.now(), 0);
    const first = await market.as("koperasi-jateng", "/batches", { body: furniture(30, daysFrom(market.clock.now(), -5)) });
    expect(first.status).toBe(201);

    const tooMuch = await market.as("koperasi-jateng", "/batches", { body: furniture(45, today) });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.headers.get("content-type")).toBe("application/problem+json");
    expect(tooMuch.body.detail).toContain("8 piece");
    expect(tooMuch.body.volumeCheck).toMatchObject({ capacityPerDay: 8, days: 5, capacity: 40, alreadyDeclared: 0, remaining: 40, requested: 45 });
    expect((await market.as("koperasi-jateng", "/batches")).body).toHaveLength(1);

    const run = await market.as("koperasi-jateng", `/facilities/${sragen}/equipment-runs`, {
      body: { productId: "teak-furniture", description: "kiln drying charge 14", ranOn: today, outputQuantity: 10 },
    });
    expect(run.status).toBe(201);
    const backed = await market.as("koperasi-jateng", "/batches", { body: furniture(45, today, [run.body.id]) });
    expect(backed.status).toBe(201);
    expect(backed.body.equipmentRunIds).toEqual([run.body.id]);

    const runs = await market.as("officer-jateng", `/facilities/${sragen}/equipment-runs`);
    expect(runs.body.find((candidate: { id: string }) => candidate.id === run.body.id).batchId).toBe(backed.body.id);
    const reused = await market.as("koperasi-jateng", "/batches", { body: furniture(5, today, [run.body.id]) });
    expect(reused.status).toBe(409);
  });

  it("counts what was already declared at the site in the window, and refuses runs of another product or site", async () => {
    const foreign = await market.as("koperasi-jateng", `/facilities/${sragen}/equipment-runs`, {
      body: { productId: "beef", description: "not here", ranOn: daysFrom(market.clock.now(), -1), outputQuantity: 10 },
    });
    expect(foreign.status).toBe(400);
    expect((await market.as("koperasi-aceh", `/facilities/${sragen}/equipment-runs`, {
      body: { productId: "teak-furniture", description: "not our site", ranOn: daysFrom(market.clock.now(), -1), outputQuantity: 10 },
    })).status).toBe(403);
  });
});
