import type { Store } from "@fsm/store";
import { demoFacilities } from "./demo-facilities";
import { demoOrganisations } from "./demo-organisations";
import { demoUsers } from "./demo-users";

export const seedVersion = "demo-2026.1";

/**
 * Seeds once per data directory: a marker records that it ran, and every item is written only if
 * absent, so a seed interrupted half-way completes on the next start without overwriting anything.
 */
export const seedDemoData = async (store: Store) => {
  if (await store.directory.seedRan(seedVersion)) return false;
  for (const organisation of demoOrganisations) await store.directory.putOrganisation(organisation);
  for (const facility of demoFacilities) await store.directory.putFacility(facility);
  for (const user of demoUsers) await store.directory.putUser(user);
  await store.directory.markSeedRan(seedVersion);
  return true;
};
