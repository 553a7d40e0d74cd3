/** Key shapes of every entity in the single table, in one place. */
export const keys = {
  user: (email: string) => ({ pk: `USER#${email.toLowerCase()}`, sk: "USER" }),
  organisation: (id: string) => ({ pk: `ORG#${id}`, sk: "ORG" }),
  facility: (id: string) => ({ pk: `FACILITY#${id}`, sk: "FACILITY" }),
  facilityListing: { gsi3pk: "FACILITIES" },
  seedMarker: (version: string) => ({ pk: "SEED", sk: version }),
};
