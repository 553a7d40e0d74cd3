export * from "./eligibility";
export * from "./plan";
export * from "./status";
export * from "./blend";
