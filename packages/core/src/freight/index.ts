export * from "./provinces";
export * from "./tariff";
