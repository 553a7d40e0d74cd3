import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { batchRepository } from "./repositories/batches";
import { catalogRepository } from "./repositories/catalog";
import { certificateRepository } from "./repositories/certificates";
import { directoryRepository } from "./repositories/directory";
import { equipmentRepository } from "./repositories/equipment";
import { equipmentRunRepository } from "./repositories/equipment-runs";
import { orderRepository } from "./repositories/orders";
import { requestRepository } from "./repositories/requests";
import { revocationRepository } from "./repositories/revocation";
import { statsRepository } from "./repositories/stats";
import { TableGateway } from "./table/gateway";

export interface StoreConfig {
  client: DynamoDBClient;
  tableName: string;
}

/** Every repository over one table and one client. */
export const createStore = ({ client, tableName }: StoreConfig) => {
  const table = new TableGateway(client, tableName);
  return {
    table,
    directory: directoryRepository(table),
    batches: batchRepository(table),
    equipment: equipmentRepository(table),
    equipmentRuns: equipmentRunRepository(table),
    certificates: certificateRepository(table),
    orders: orderRepository(table),
    catalog: catalogRepository(table),
    stats: statsRepository(table),
    revocation: revocationRepository(table),
    requests: requestRepository(table),
  };
};

export type Store = ReturnType<typeof createStore>;
