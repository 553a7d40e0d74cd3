/**
 * The freight tariff, in one place. Estimates for pricing an order, not a carrier's quote:
 *
 * | leg                               | rate                                   | why |
 * |-----------------------------------|----------------------------------------|-----|
 * | within one province               | Rp 300 per kg                          | a local truck run to the buyer's yard |
 * | road, same island group           | Rp 2 per kg per km (capital to capital, great-circle) | bulk trucking, e.g. Jakarta-Surabaya about Rp 1,300/kg |
 * | sea, between island groups        | Rp 3 per kg per km, plus Rp 1,500 per kg port handling | LCL sea freight and two port handlings |
 * | per pickup (each batch used)      | Rp 750,000                             | dispatch, loading and paperwork at the site: fewer, larger pickups are cheaper |
 *
 * Furniture is priced per piece: one piece is taken as 40 kg of freight.
 */
export const LOCAL_RATE_PER_KG_IDR = 300;
export const ROAD_RATE_PER_KG_KM_IDR = 2;
export const SEA_RATE_PER_KG_KM_IDR = 3;
export const PORT_HANDLING_PER_KG_IDR = 1_500;
export const PICKUP_FIXED_COST_IDR = 750_000;
export const FREIGHT_KG_PER_PIECE = 40;
