import { provinceByCode, type Province } from "./provinces";

/**
 * The freight tariff: the one place its rates live. An estimate per unit from a producing facility's
 * province to the buyer's, good enough to rank batches by landed cost; it is not a carrier's quote.
 *
 * | rate                          | value            | why                                                           |
 * | ----------------------------- | ---------------- | ------------------------------------------------------------- |
 * | road haul                     | Rp 2 per kg·km   | a full truck (8-10 t) costs about Rp 15,000-20,000 per km to   |
 * |                               |                  | run and charter (fuel, driver, toll, return leg): Rp 1.5-2.5   |
 * |                               |                  | per kg·km; Jakarta-Surabaya comes to about Rp 2,000/kg         |
 * | road detour                   | x 1.3            | roads wind: road distance is ~1.3x the great circle between    |
 * |                               |                  | capitals on Java and Sumatra                                   |
 * | first mile                    | 50 km            | every shipment first travels from the facility to the         |
 * |                               |                  | provincial hub; also the whole haul inside one province        |
 * | handling                      | Rp 200 per kg    | loading and unloading by hand, waybill, insurance of the load  |
 * | sea leg (between island       | Rp 3 per kg·km   | consolidated cargo (LCL, drums and pallets) by domestic       |
 * | groups)                       | of great circle  | shipping: Jakarta-Makassar about Rp 5,000-6,000/kg, Jakarta-   |
 * |                               |                  | Jayapura about Rp 12,000-13,000/kg, in line with published    |
 * |                               |                  | inter-island cargo tariffs; dearer per km than road because    |
 * |                               |                  | of consolidation, transhipment and routing along sea lanes     |
 * | port handling                 | Rp 1,000 per kg  | terminal handling and stevedoring at two ports, and the trucks |
 * |                               |                  | to and from them                                               |
 * | chargeable kg per piece       | 60 kg            | furniture travels by volume: a chair, table or cabinet takes   |
 * |                               |                  | about 0.2 m³, and carriers charge 1 m³ as 250-333 kg           |
 * | pickup (per batch used)       | Rp 1,500,000     | dispatching a truck to one facility: half a day of a small     |
 * |                               |                  | truck with driver and loading crew, a pickup waybill and the   |
 * |                               |                  | buyer's check of the goods at the gate; paid once per batch,   |
 * |                               |                  | whatever its quantity, so fewer, larger pickups are cheaper    |
 *
 * Distances are great-circle (haversine) between provincial capitals; provinces in the same island
 * group (from shared/data/provinces.json) are joined by road (Sumatra-Java and Java-Bali ferries are
 * short and priced like road here), others by sea. Within one province only the first mile applies,
 * so it is always the cheapest route. Results are whole rupiah: per kg rounded, per piece that times 60.
 */
export const ROAD_IDR_PER_KG_KM = 2;
export const ROAD_DETOUR_FACTOR = 1.3;
export const FIRST_MILE_KM = 50;
export const HANDLING_IDR_PER_KG = 200;
export const SEA_IDR_PER_KG_KM = 3;
export const PORT_HANDLING_IDR_PER_KG = 1_000;
export const CHARGEABLE_KG_PER_PIECE = 60;
export const PICKUP_FIXED_COST_IDR = 1_500_000;

export type FreightUnit = "kg" | "piece";
export type FreightRoute = "within-province" | "road" | "sea";

const EARTH_RADIUS_KM = 6_371;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

export const distanceBetweenCapitalsKm = (from: Province, to: Province): number => {
  const latitudeDelta = radians(to.lat - from.lat);
  const longitudeDelta = radians(to.lon - from.lon);
  const haversine =
    Math.sin(latitudeDelta / 2) ** 2 + Math.cos(radians(from.lat)) * Math.cos(radians(to.lat)) * Math.sin(longitudeDelta / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(haversine)));
};

export const routeBetween = (from: Province, to: Province): FreightRoute =>
  from.code === to.code ? "within-province" : from.islandGroup === to.islandGroup ? "road" : "sea";

/** Rupiah per kg, before rounding, over a route of `distanceKm` between capitals. */
export const freightPerKgForRoute = (route: FreightRoute, distanceKm: number): number => {
  const firstMile = HANDLING_IDR_PER_KG + ROAD_IDR_PER_KG_KM * FIRST_MILE_KM;
  switch (route) {
    case "within-province":
      return firstMile;
    case "road":
      return firstMile + ROAD_IDR_PER_KG_KM * ROAD_DETOUR_FACTOR * distanceKm;
    case "sea":
      return firstMile + PORT_HANDLING_IDR_PER_KG + SEA_IDR_PER_KG_KM * distanceKm;
  }
};

/** Estimated freight in whole rupiah per unit (kg, or piece for furniture); throws for an unknown province. */
export const freightPerUnitIdr = (fromProvince: string, toProvince: string, unit: FreightUnit): number => {
  const from = provinceByCode(fromProvince);
  const to = provinceByCode(toProvince);
  const perKg = Math.round(freightPerKgForRoute(routeBetween(from, to), distanceBetweenCapitalsKm(from, to)));
  return unit === "kg" ? perKg : perKg * CHARGEABLE_KG_PER_PIECE;
};
