export * from "./create-batch";
export * from "./access";
