import type { components } from "./schema";

/** Names for the generated schemas, so screens say `Batch` rather than `components["schemas"]["Batch"]`. */
type Schemas = components["schemas"];

export type Problem = Schemas["Problem"];
export type User = Schemas["User"];
export type Product = Schemas["Product"];
export type ProductParameter = Product["parameters"][number];
export type Facility = Schemas["Facility"];
export type Organisation = Schemas["Organisation"];
export type Batch = Schemas["Batch"];
export type BatchStatus = Batch["status"];
export type CreateBatch = Schemas["CreateBatch"];
export type Equipment = Schemas["Equipment"];
export type RegisterEquipment = Schemas["RegisterEquipment"];
export type Certificate = Schemas["Certificate"];
export type CertificateStatus = Certificate["status"];
export type IssueCertificate = Schemas["IssueCertificate"];
export type VerificationResult = Schemas["VerificationResult"];
export type Jwks = Schemas["JWKS"];
export type CatalogItem = Schemas["CatalogItem"];
export type CatalogPage = Schemas["CatalogPage"];
export type CreateOrder = Schemas["CreateOrder"];
export type Order = Schemas["Order"];
export type OrderStatus = Order["status"];
export type Allocation = Schemas["Allocation"];
export type AllocationStatus = Allocation["status"];
export type Stats = Schemas["Stats"];
export type FacilityProductStats = Schemas["FacilityProductStats"];
export type Role = User["role"];
