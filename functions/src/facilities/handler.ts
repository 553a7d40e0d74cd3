import { findRulebook, forbidden, invalidInput, isoDay, notFound } from "@fsm/core";
import { type AppDeps, productionDeps } from "../deps";
import { groupHandler, lazyHandler } from "../http/group-handler";
import { implement, implementCreating } from "../http/operation";
import { routes } from "../routes";

const facilityOrNotFound = async ({ store }: AppDeps, id: string) => {
  const facility = await store.directory.findFacility(id);
  if (!facility) throw notFound("Facility", id);
  return facility;
};

export const operations = [
  implement(routes.listFacilities, async (_input, { store }) => store.directory.listFacilities()),
  implement(routes.listOrganisations, async (_input, { store }) => store.directory.listOrganisations()),
  implementCreating(
    routes.recordEquipmentRun,
    async ({ params, body, caller, request }, deps) => {
      const facility = await facilityOrNotFound(deps, params.id);
      const worksHere = caller.role === "cooperative" ? facility.cooperativeIds.includes(caller.orgId) : facility.qualityUnitId === caller.orgId;
      if (!worksHere) throw forbidden(`Only cooperatives producing at ${facility.name}, or its officers, record its runs.`);
      if (!facility.productIds.includes(body.productId) || !findRulebook(body.productId)) {
        throw invalidInput("This site does not make that product.", [{ path: "body.productId", message: `one of ${facility.productIds.join(", ")}` }]);
      }
      const now = deps.clock.now();
      if (body.ranOn > isoDay(now) || body.ranOn < facility.commissionedOn) {
        throw invalidInput("A run must lie between the site's opening and today.", [{ path: "body.ranOn", message: `between ${facility.commissionedOn} and ${isoDay(now)}` }]);
      }
      if (body.equipmentId && !(await deps.store.equipment.listAtFacility(facility.id)).some((item) => item.id === body.equipmentId)) {
        throw invalidInput("Unknown equipment at this site.", [{ path: "body.equipmentId", message: `not registered at ${facility.name}` }]);
      }
      const run = {
        id: deps.ids.next("run"),
        facilityId: facility.id,
        ...body,
        recordedBy: caller.userId,
        recordedByOrgId: caller.orgId,
        recordedAt: now.toISOString(),
      };
      await deps.store.equipmentRuns.record(run, request);
      return run;
    },
    async (id, { params }, deps) => {
      const [run] = await deps.store.equipmentRuns.find(params.id, [id]);
      if (!run) throw notFound("Equipment run", id);
      return run;
    },
  ),
  implement(routes.listEquipmentRuns, async ({ params }, deps) => {
    const facility = await facilityOrNotFound(deps, params.id);
    return deps.store.equipmentRuns.listAtFacility(facility.id);
  }),
];

export const makeHandler = (deps: AppDeps) => groupHandler(operations, deps);
export const handler = lazyHandler(() => makeHandler(productionDeps()));
