import { invalidInput } from "../errors";
import { provinces } from "./provinces-data";

export { provinces };

export type Province = (typeof provinces)[number];
export type ProvinceCode = Province["code"];
export type IslandGroup = Province["islandGroup"];

const provincesByCode: ReadonlyMap<string, Province> = new Map(provinces.map((province) => [province.code, province]));

export const isProvinceCode = (value: string): value is ProvinceCode => provincesByCode.has(value);

export const provinceByCode = (code: string): Province => {
  const province = provincesByCode.get(code);
  if (province === undefined) {
    throw invalidInput(`Unknown province ${code}.`, [{ path: "province", message: "not one of Indonesia's 38 provinces" }]);
  }
  return province;
};

export const provinceName = (code: string): string => provinceByCode(code).name;
