export * from "./table";
export * from "./store";
export * from "./repositories/keys";
export type { DirectoryRepository } from "./repositories/directory";
