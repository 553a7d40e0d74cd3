export * from "./caller";
