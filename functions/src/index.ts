export * from "./routes";
export * from "./http/route";
export * from "./http/group-handler";
export * from "./http/problem";
export * from "./http/middleware/caller-context";
export * from "./handlers";
export * from "./deps";
export { openApiDocument } from "./openapi/document";
export * from "./jobs";
