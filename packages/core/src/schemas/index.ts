export * from "./zod";
export * from "./common";
export * from "./identity";
export * from "./facility";
export * from "./product";
