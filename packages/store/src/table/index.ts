export * from "./definition";
export * from "./create-table";
export * from "./client";
export * from "./availability";
export * from "./gateway";
export * from "./transactions";
export * from "./stream";
