export * from "./table";
export * from "./store";
export * from "./repositories/keys";
export type { DirectoryRepository } from "./repositories/directory";
export type { StoredCertificate, IssuedCertificate } from "./repositories/certificates";
export { type StoredOrder, toOrderView } from "./repositories/orders";
export { DeclarationsMovedError, StateMovedError, StockMovedError } from "./repositories/moved";
export { type DailyStats, type StatsDelta } from "./repositories/stats";
export { type CompletedRequest, type CreateRequest, RequestAlreadyCompletedError } from "./repositories/requests";
