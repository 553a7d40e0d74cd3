import type { Equipment } from "@fsm/core";
import type { TableGateway } from "../table/gateway";
import { keys } from "./keys";
import { type CreateRequest, putCreating } from "./requests";
import { withoutStorageAttributes } from "./strip";

export const equipmentRepository = (table: TableGateway) => ({
  register: (equipment: Equipment, request?: CreateRequest) =>
    putCreating(table, { ...keys.equipment(equipment.facilityId, equipment.id), entity: "equipment", ...equipment }, { request, resourceId: equipment.id, now: new Date(equipment.registeredAt) }),
  async get(facilityId: string, id: string) {
    const item = await table.get(keys.equipment(facilityId, id));
    return item ? withoutStorageAttributes<Equipment>(item) : undefined;
  },
  async listAtFacility(facilityId: string) {
    const items = await table.queryAll({ partition: `FACILITY#${facilityId}`, sortBeginsWith: "EQUIPMENT#" });
    return items.map((item) => withoutStorageAttributes<Equipment>(item));
  },
});
