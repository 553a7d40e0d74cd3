import { IdSchema, IsoDateSchema, IsoDateTimeSchema, ProvinceCodeSchema, QuantitySchema, RupiahSchema } from "./common";
import { z } from "./zod";

export const CreateOrderSchema = z
  .object({
    productId: z.string().min(1).max(64),
    minGrade: z.string().min(1).max(32),
    quantity: QuantitySchema,
    maxUnitPriceIdr: RupiahSchema.positive(),
    deliverBy: IsoDateSchema,
    destinationProvince: ProvinceCodeSchema,
    allowPartial: z.boolean().default(false),
    minAverage: z
      .record(z.string().max(64), z.number().finite())
      .refine((record) => Object.keys(record).length === 1, "name exactly one parameter: the product's key parameter")
      .optional()
      .openapi({ description: "Least quantity-weighted average of the key parameter over the pooled batches.", example: { patchouliAlcohol: 32.5 } }),
  })
  .strict()
  .openapi("CreateOrder");
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
    quantity: z.number().int(),
    unitPriceIdr: z.number().int(),
    freightPerUnitIdr: z.number().int(),
    pickupCostIdr: z.number().int(),
    grade: z.string().nullable(),
    keyValue: z.number().optional(),
    status: AllocationStatusSchema,
    holdExpiresAt: IsoDateTimeSchema.optional(),
    releaseReason: z.enum(["expired", "cancelled", "revoked"]).optional(),
    waybill: z.string().optional(),
    shippedAt: IsoDateTimeSchema.optional(),
    receivedQuantity: z.number().int().optional(),
    deliveredAt: IsoDateTimeSchema.optional(),
    certificateRevoked: z.boolean().optional(),
    createdAt: IsoDateTimeSchema,
  })
  .openapi("Allocation");
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
    quantity: z.number().int(),
    heldQuantity: z.number().int(),
    maxUnitPriceIdr: z.number().int(),
    deliverBy: IsoDateSchema,
    destinationProvince: ProvinceCodeSchema,
    allowPartial: z.boolean(),
    minAverage: z.record(z.string(), z.number()).optional(),
    blended: z
      .object({ parameter: z.string(), value: z.number().nullable(), retestRequired: z.boolean(), nearestThreshold: z.number().nullable() })
      .openapi({ description: "The weighted average of the key parameter over what the order holds." }),
    pooledCertificateId: z.string().optional(),
    status: OrderStatusSchema,
    allocations: z.array(AllocationSchema),
    goodsIdr: z.number().int(),
    freightIdr: z.number().int(),
    totalIdr: z.number().int(),
    createdAt: IsoDateTimeSchema,
    updatedAt: IsoDateTimeSchema,
  })
  .openapi("Order");
export type Order = z.infer<typeof OrderSchema>;

export const OrderParamsSchema = z.object({ id: IdSchema });
export const OrderListQuerySchema = z.object({ status: OrderStatusSchema.optional() });
export const AllocationParamsSchema = z.object({ id: IdSchema });
export const AllocationListQuerySchema = z.object({ status: AllocationStatusSchema.optional() });
export const ShipmentSchema = z.object({ waybill: z.string().trim().min(3).max(64) }).strict().openapi("Shipment");
export const ReceiptSchema = z.object({ receivedQuantity: z.number().int().nonnegative().max(10_000_000) }).strict().openapi("Receipt");
