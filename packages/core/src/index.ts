export * from "./errors";
export * from "./identity";
export * from "./ports";
export * from "./schemas";
