export * from "./volume-check";
