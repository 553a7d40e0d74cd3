import type { Facility, Organisation, User } from "@fsm/core";
import type { TableGateway } from "../table/gateway";
import { keys } from "./keys";
import { withoutStorageAttributes } from "./strip";

/** Users, organisations and facilities: reference data that changes rarely. */
export const directoryRepository = (table: TableGateway) => ({
  async findUserByEmail(email: string) {
    const item = await table.get(keys.user(email), false);
    return item ? withoutStorageAttributes<User>(item) : undefined;
  },
  async findOrganisation(id: string) {
    const item = await table.get(keys.organisation(id), false);
    return item ? withoutStorageAttributes<Organisation>(item) : undefined;
  },
  async findFacility(id: string) {
    const item = await table.get(keys.facility(id), false);
    return item ? withoutStorageAttributes<Facility>(item) : undefined;
  },
  async listFacilities() {
    const items = await table.queryAll({ index: "queue", partition: keys.facilityListing.gsi3pk });
    return items.map((item) => withoutStorageAttributes<Facility>(item));
  },
  seedRan: async (version: string) => (await table.get(keys.seedMarker(version), true)) !== undefined,
  markSeedRan: (version: string) => table.putIfAbsent({ ...keys.seedMarker(version), entity: "seed-marker" }),
  putUser: (user: User) => table.putIfAbsent({ ...keys.user(user.email), entity: "user", ...user }),
  putOrganisation: (organisation: Organisation) =>
    table.putIfAbsent({
      ...keys.organisation(organisation.id),
      ...keys.organisationListing,
      gsi3sk: organisation.id,
      entity: "organisation",
      ...organisation,
    }),
  async listOrganisations() {
    const items = await table.queryAll({ index: "queue", partition: keys.organisationListing.gsi3pk });
    return items.map((item) => withoutStorageAttributes<Organisation>(item));
  },
  putFacility: (facility: Facility) =>
    table.putIfAbsent({
      ...keys.facility(facility.id),
      ...keys.facilityListing,
      gsi3sk: facility.id,
      entity: "facility",
      ...facility,
    }),
});

export type DirectoryRepository = ReturnType<typeof directoryRepository>;
