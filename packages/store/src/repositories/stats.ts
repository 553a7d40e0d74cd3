import { UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { type TableGateway, toAttributes } from "../table/gateway";
import { keys } from "./keys";

/** Counters of one facility, product and day; `*` as facility holds product-wide order figures. */
export interface DailyStats {
  day: string;
  listedQuantity: number;
  reservedQuantity: number;
  shippedQuantity: number;
  deliveredQuantity: number;
  gmvIdr: number;
  orderedQuantity: number;
  filledQuantity: number;
  certificatesIssued: number;
  grades: Record<string, number>;
  inspectionHours: number[];
}

export interface StatsDelta {
  counters?: Partial<Record<"listedQuantity" | "reservedQuantity" | "shippedQuantity" | "deliveredQuantity" | "gmvIdr" | "orderedQuantity" | "filledQuantity" | "certificatesIssued", number>>;
  grade?: string;
  inspectionHours?: number;
}

const counterNames = ["listedQuantity", "reservedQuantity", "shippedQuantity", "deliveredQuantity", "gmvIdr", "orderedQuantity", "filledQuantity", "certificatesIssued"] as const;

export const statsRepository = (table: TableGateway) => ({
  /** Applies a change to a day's counters with ADD, so concurrent projections never overwrite each other. */
  async apply(facilityId: string, productId: string, day: string, delta: StatsDelta) {
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    const adds: string[] = [];
    Object.entries(delta.counters ?? {}).forEach(([name, value], index) => {
      if (!value) return;
      names[`#c${index}`] = name;
      values[`:c${index}`] = value;
      adds.push(`#c${index} :c${index}`);
    });
    if (delta.grade !== undefined) {
      names["#grade"] = `grade:${delta.grade}`;
      values[":one"] = 1;
      adds.push("#grade :one");
    }
    const sets = ["#entity = :entity"];
    names["#entity"] = "entity";
    values[":entity"] = "daily-stats";
    if (delta.inspectionHours !== undefined) {
      names["#hours"] = "inspectionHours";
      values[":hours"] = [delta.inspectionHours];
      values[":empty"] = [];
      sets.push("#hours = list_append(if_not_exists(#hours, :empty), :hours)");
    }
    if (adds.length === 0 && delta.inspectionHours === undefined) return;
    await table.client.send(
      new UpdateItemCommand({
        TableName: table.tableName,
        Key: toAttributes(keys.dailyStats(facilityId, productId, day)),
        UpdateExpression: `SET ${sets.join(", ")}${adds.length > 0 ? ` ADD ${adds.join(", ")}` : ""}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: toAttributes(values),
      }),
    );
  },

  async days(facilityId: string, productId: string, from: string, to: string): Promise<DailyStats[]> {
    const items = await table.queryAll({ partition: keys.dailyStats(facilityId, productId, from).pk, sortBetween: [`DAY#${from}`, `DAY#${to}`] });
    return items.map((item) => {
      const grades: Record<string, number> = {};
      for (const [name, value] of Object.entries(item)) if (name.startsWith("grade:")) grades[name.slice(6)] = Number(value);
      const counters = Object.fromEntries(counterNames.map((name) => [name, Number(item[name] ?? 0)])) as Record<(typeof counterNames)[number], number>;
      return {
        day: String(item.sk).slice(4),
        ...counters,
        grades,
        inspectionHours: Array.isArray(item.inspectionHours) ? item.inspectionHours.map(Number) : [],
      };
    });
  },
});
