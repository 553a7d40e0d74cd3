import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { directoryRepository } from "./repositories/directory";
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
  };
};

export type Store = ReturnType<typeof createStore>;
