/** Key shapes of every entity in the single table, in one place. */
export const keys = {
  user: (email: string) => ({ pk: `USER#${email.toLowerCase()}`, sk: "USER" }),
  organisation: (id: string) => ({ pk: `ORG#${id}`, sk: "ORG" }),
  facility: (id: string) => ({ pk: `FACILITY#${id}`, sk: "FACILITY" }),
  facilityListing: { gsi3pk: "FACILITIES" },
  organisationListing: { gsi3pk: "ORGANISATIONS" },
  batch: (id: string) => ({ pk: `BATCH#${id}`, sk: "BATCH" }),
  batchOwner: (cooperativeId: string, createdAt: string, id: string) => ({ gsi2pk: `ORG#${cooperativeId}`, gsi2sk: `BATCH#${createdAt}#${id}` }),
  inspectionQueue: (facilityId: string, requestedAt: string, id: string) => ({ gsi3pk: `INSPECT#${facilityId}`, gsi3sk: `${requestedAt}#${id}` }),
  /** Best grade first, then cheapest: both encoded so that the index's string order is the catalog order. */
  catalogEntry: (productId: string, gradeRank: number, unitPriceIdr: number, id: string) => ({
    gsi1pk: `CATALOG#${productId}`,
    gsi1sk: `${String(gradeRank).padStart(2, "0")}#${String(unitPriceIdr).padStart(13, "0")}#${id}`,
  }),
  catalogPartition: (productId: string) => `CATALOG#${productId}`,
  catalogUpToRank: (gradeRank: number) => `${String(gradeRank).padStart(2, "0")}#~`,
  equipment: (facilityId: string, id: string) => ({ pk: `FACILITY#${facilityId}`, sk: `EQUIPMENT#${id}` }),
  certificate: (id: string) => ({ pk: `CERT#${id}`, sk: "CERT" }),
  order: (id: string) => ({ pk: `ORDER#${id}`, sk: "ORDER" }),
  orderOwner: (buyerId: string, createdAt: string, id: string) => ({ gsi2pk: `ORG#${buyerId}`, gsi2sk: `ORDER#${createdAt}#${id}` }),
  openDemand: (productId: string, createdAt: string, id: string) => ({ gsi3pk: `OPEN#${productId}`, gsi3sk: `${createdAt}#${id}` }),
  /** Allocation ids carry their order's id, so one key lookup finds the allocation's item collection. */
  allocationId: (orderId: string, sequence: number) => `${orderId}.a${sequence}`,
  allocation: (id: string) => ({ pk: `ORDER#${id.slice(0, id.lastIndexOf(".a"))}`, sk: `ALLOC#${id}` }),
  allocationOwner: (cooperativeId: string, createdAt: string, id: string) => ({ gsi2pk: `ORG#${cooperativeId}`, gsi2sk: `ALLOC#${createdAt}#${id}` }),
  allocationByBatch: (batchId: string, id: string) => ({ gsi1pk: `BATCHALLOC#${batchId}`, gsi1sk: id }),
  holdExpiry: (expiresAt: string, id: string) => ({ gsi3pk: "HOLDS", gsi3sk: `${expiresAt}#${id}` }),
  dailyStats: (facilityId: string, productId: string, day: string) => ({ pk: `STATS#${facilityId}#${productId}`, sk: `DAY#${day}` }),
  equipmentRun: (facilityId: string, id: string) => ({ pk: `FACILITY#${facilityId}`, sk: `RUN#${id}` }),
  declaredOutput: (facilityId: string, productId: string, producedOn: string) => ({ pk: `OUTPUT#${facilityId}#${productId}`, sk: `DAY#${producedOn}` }),
  /** Bumped by every declaration at a site for a product, so a capacity check knows when it went stale. */
  declarationsRevision: (facilityId: string, productId: string) => ({ pk: `OUTPUT#${facilityId}#${productId}`, sk: "REVISION" }),
  seedMarker: (version: string) => ({ pk: "SEED", sk: version }),
  request: (scope: string) => ({ pk: `REQUEST#${scope}`, sk: "REQUEST" }),
};
