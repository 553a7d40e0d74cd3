import provinceData from "./provinces.json";
import {
  FREIGHT_KG_PER_PIECE,
  LOCAL_RATE_PER_KG_IDR,
  PORT_HANDLING_PER_KG_IDR,
  ROAD_RATE_PER_KG_KM_IDR,
  SEA_RATE_PER_KG_KM_IDR,
} from "./tariff";

export * from "./tariff";

export interface Province {
  code: string;
  name: string;
  capital: string;
  lat: number;
  lon: number;
  islandGroup: string;
}

export const provinces: Province[] = provinceData.provinces;
const byCode = new Map(provinces.map((province) => [province.code, province]));

export const isProvinceCode = (code: string) => byCode.has(code);
export const provinceName = (code: string) => byCode.get(code)?.name;

const province = (code: string) => {
  const found = byCode.get(code);
  if (!found) throw new Error(`Unknown province ${code}.`);
  return found;
};

const earthRadiusKm = 6371;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance between two provinces' capitals. */
export const distanceKm = (from: string, to: string) => {
  const a = province(from);
  const b = province(to);
  const h = Math.sin(radians(b.lat - a.lat) / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(radians(b.lon - a.lon) / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.sqrt(h));
};

/** Freight per unit (kg, or piece) from a facility's province to the buyer's, in whole rupiah. */
export const freightPerUnitIdr = (from: string, to: string, unit: "kg" | "piece" = "kg") => {
  const perKg =
    from === to
      ? LOCAL_RATE_PER_KG_IDR
      : province(from).islandGroup === province(to).islandGroup
        ? ROAD_RATE_PER_KG_KM_IDR * distanceKm(from, to)
        : SEA_RATE_PER_KG_KM_IDR * distanceKm(from, to) + PORT_HANDLING_PER_KG_IDR;
  return Math.round(perKg * (unit === "piece" ? FREIGHT_KG_PER_PIECE : 1));
};
