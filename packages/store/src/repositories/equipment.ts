import type { Equipment } from "@fsm/core";
import type { TableGateway } from "../table/gateway";
import { keys } from "./keys";
import { withoutStorageAttributes } from "./strip";

export const equipmentRepository = (table: TableGateway) => ({
  register: (equipment: Equipment) =>
    table.putIfAbsent({ ...keys.equipment(equipment.facilityId, equipment.id), entity: "equipment", ...equipment }),
  async listAtFacility(facilityId: string) {
    const items = await table.queryAll({ partition: `FACILITY#${facilityId}`, sortBeginsWith: "EQUIPMENT#" });
    return items.map((item) => withoutStorageAttributes<Equipment>(item));
  },
});
