import type { EquipmentRun } from "@fsm/core";
import type { TableGateway } from "../table/gateway";
import { keys } from "./keys";
import { type CreateRequest, putCreating } from "./requests";
import { withoutStorageAttributes } from "./strip";

export const equipmentRunRepository = (table: TableGateway) => ({
  record: (run: EquipmentRun, request?: CreateRequest) =>
    putCreating(table, { ...keys.equipmentRun(run.facilityId, run.id), entity: "equipment-run", ...run }, { request, resourceId: run.id, now: new Date(run.recordedAt) }),
  async listAtFacility(facilityId: string) {
    const items = await table.queryAll({ partition: `FACILITY#${facilityId}`, sortBeginsWith: "RUN#" });
    return items.map((item) => withoutStorageAttributes<EquipmentRun>(item));
  },
  async find(facilityId: string, ids: string[]) {
    const found = await Promise.all(ids.map((id) => table.get(keys.equipmentRun(facilityId, id))));
    return found.flatMap((item) => (item ? [withoutStorageAttributes<EquipmentRun>(item)] : []));
  },
});
