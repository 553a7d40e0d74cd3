import { IdSchema, IsoDateSchema, IsoDateTimeSchema, ProvinceCodeSchema, QuantitySchema, RupiahSchema } from "./common";
import * as z from "zod/mini";

export const CreateOrderSchema = z
  .strictObject({
    productId: z.string().check(z.minLength(1), z.maxLength(64)),
    minGrade: z.string().check(z.minLength(1), z.maxLength(32)),
    quantity: QuantitySchema,
    maxUnitPriceIdr: RupiahSchema.check(z.positive()),
    deliverBy: IsoDateSchema,
    destinationProvince: ProvinceCodeSchema,
    allowPartial: z._default(z.boolean(), false),
    minAverage: z.optional(
      z.record(z.string().check(z.maxLength(64)), z.number()).check(
        z.refine((record) => Object.keys(record).length === 1, "name exactly one parameter: the product's key parameter"),
        z.meta({ description: "Least quantity-weighted average of the key parameter over the pooled batches.", example: { patchouliAlcohol: 32.5 } }),
      ),
    ),
  })
  .register(z.globalRegistry, { id: "CreateOrder" });
export type CreateOrder = z.infer<typeof CreateOrderSchema>;

export const allocationStatuses = ["held", "confirmed", "shipped", "delivered", "released"] as const;
export const AllocationStatusSchema = z.enum(allocationStatuses);
export type AllocationStatus = z.infer<typeof AllocationStatusSchema>;

export const AllocationSchema = z
  .object({
    id: IdSchema,
    orderId: IdSchema,
    batchId: IdSchema,
    productId: z.string(),
    cooperativeId: IdSchema,
    facilityId: IdSchema,
    buyerId: IdSchema,
    quantity: z.int(),
    unitPriceIdr: z.int(),
    freightPerUnitIdr: z.int(),
    pickupCostIdr: z.int(),
    grade: z.nullable(z.string()),
    keyValue: z.optional(z.number()),
    status: AllocationStatusSchema,
    holdExpiresAt: z.optional(IsoDateTimeSchema),
    releaseReason: z.optional(z.enum(["expired", "cancelled", "revoked"])),
    waybill: z.optional(z.string()),
    shippedAt: z.optional(IsoDateTimeSchema),
    receivedQuantity: z.optional(z.int()),
    deliveredAt: z.optional(IsoDateTimeSchema),
    certificateRevoked: z.optional(z.boolean()),
    createdAt: IsoDateTimeSchema,
  })
  .register(z.globalRegistry, { id: "Allocation" });
export type Allocation = z.infer<typeof AllocationSchema>;

export const orderStatuses = ["open", "partially-held", "held", "confirmed", "fulfilled", "cancelled", "expired"] as const;
export const OrderStatusSchema = z.enum(orderStatuses);
export type OrderStatus = z.infer<typeof OrderStatusSchema>;

export const OrderSchema = z
  .object({
    id: IdSchema,
    buyerId: IdSchema,
    productId: z.string(),
    minGrade: z.string(),
    quantity: z.int(),
    heldQuantity: z.int(),
    maxUnitPriceIdr: z.int(),
    deliverBy: IsoDateSchema,
    destinationProvince: ProvinceCodeSchema,
    allowPartial: z.boolean(),
    minAverage: z.optional(z.record(z.string(), z.number())),
    blended: z
      .object({ parameter: z.string(), value: z.nullable(z.number()), retestRequired: z.boolean(), nearestThreshold: z.nullable(z.number()) })
      .check(z.describe("The weighted average of the key parameter over what the order holds.")),
    pooledCertificateId: z.optional(z.string()),
    status: OrderStatusSchema,
    allocations: z.array(AllocationSchema),
    goodsIdr: z.int(),
    freightIdr: z.int(),
    totalIdr: z.int(),
    createdAt: IsoDateTimeSchema,
    updatedAt: IsoDateTimeSchema,
  })
  .register(z.globalRegistry, { id: "Order" });
export type Order = z.infer<typeof OrderSchema>;

export const OrderParamsSchema = z.object({ id: IdSchema });
export const OrderListQuerySchema = z.object({ status: z.optional(OrderStatusSchema) });
export const AllocationParamsSchema = z.object({ id: IdSchema });
export const AllocationListQuerySchema = z.object({ status: z.optional(AllocationStatusSchema) });
export const ShipmentSchema = z.strictObject({ waybill: z.string().check(z.trim(), z.minLength(3), z.maxLength(64)) }).register(z.globalRegistry, { id: "Shipment" });
export const ReceiptSchema = z
  .strictObject({ receivedQuantity: z.int().check(z.nonnegative(), z.maximum(10_000_000)) })
  .register(z.globalRegistry, { id: "Receipt" });
