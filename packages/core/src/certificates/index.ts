export * from "./canonical-json";
export * from "./signer";
export * from "./der-signature";
export * from "./issue";
export * from "./validity";
export * from "./status";
