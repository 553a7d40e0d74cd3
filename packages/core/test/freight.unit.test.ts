import { describe, expect, it } from "vitest";
import {
  CHARGEABLE_KG_PER_PIECE,
  distanceBetweenCapitalsKm,
  freightPerKgForRoute,
  freightPerUnitIdr,
  isProvinceCode,
  PICKUP_FIXED_COST_IDR,
  provinceByCode,
  provinceName,
  provinces,
  routeBetween,
} from "../src/freight";
import { isDomainError } from "../src/errors";

const codes = provinces.map((province) => province.code);
const pairs = codes.flatMap((from) => codes.map((to) => [from, to] as const));

describe("provinces", () => {
  it("lists Indonesia's 38 provinces once each", () => {
    expect(provinces).toHaveLength(38);
    expect(new Set(codes).size).toBe(38);
  });

  it("recognises codes and names them", () => {
    expect(isProvinceCode("ID-AC")).toBe(true);
    expect(isProvinceCode("ID-XX")).toBe(false);
    expect(isProvinceCode("aceh")).toBe(false);
    expect(provinceName("ID-JK")).toBe("DKI Jakarta");
  });
});

describe("freight per unit", () => {
  it("is the same both ways", () => {
    for (const [from, to] of pairs) {
      expect(freightPerUnitIdr(from, to, "kg")).toBe(freightPerUnitIdr(to, from, "kg"));
      expect(freightPerUnitIdr(from, to, "piece")).toBe(freightPerUnitIdr(to, from, "piece"));
    }
  });

  it("is cheapest within the province, from anywhere", () => {
    for (const [from, to] of pairs) {
      if (from !== to) expect(freightPerUnitIdr(from, to, "kg")).toBeGreaterThan(freightPerUnitIdr(to, to, "kg"));
    }
  });

  it("is whole, positive rupiah for every pair and unit", () => {
    for (const [from, to] of pairs) {
      for (const unit of ["kg", "piece"] as const) {
        const freight = freightPerUnitIdr(from, to, unit);
        expect(Number.isSafeInteger(freight)).toBe(true);
        expect(freight).toBeGreaterThan(0);
      }
    }
  });

  it("charges a piece of furniture as its chargeable weight", () => {
    expect(freightPerUnitIdr("ID-JT", "ID-JK", "piece")).toBe(CHARGEABLE_KG_PER_PIECE * freightPerUnitIdr("ID-JT", "ID-JK", "kg"));
  });

  it("makes a sea crossing dearer than a road haul of the same length", () => {
    for (let distanceKm = 1; distanceKm <= 5_000; distanceKm += 7) {
      expect(freightPerKgForRoute("sea", distanceKm)).toBeGreaterThan(freightPerKgForRoute("road", distanceKm));
    }
    const legs = pairs
      .filter(([from, to]) => from < to)
      .map(([from, to]) => {
        const origin = provinceByCode(from);
        const destination = provinceByCode(to);
        return { route: routeBetween(origin, destination), km: distanceBetweenCapitalsKm(origin, destination), freight: freightPerUnitIdr(from, to, "kg") };
      });
    let compared = 0;
    for (const sea of legs.filter((leg) => leg.route === "sea")) {
      for (const road of legs.filter((leg) => leg.route === "road" && Math.abs(leg.km - sea.km) <= 0.05 * sea.km)) {
        expect(sea.freight).toBeGreaterThan(road.freight);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(50);
  });

  it("stays in the range Indonesian carriers quote for bulk goods", () => {
    expect(freightPerUnitIdr("ID-JK", "ID-JK", "kg")).toBe(300);
    expect(freightPerUnitIdr("ID-JK", "ID-JI", "kg")).toBeGreaterThanOrEqual(1_500);
    expect(freightPerUnitIdr("ID-JK", "ID-JI", "kg")).toBeLessThanOrEqual(3_000);
    expect(freightPerUnitIdr("ID-JK", "ID-SN", "kg")).toBeGreaterThanOrEqual(4_000);
    expect(freightPerUnitIdr("ID-JK", "ID-SN", "kg")).toBeLessThanOrEqual(8_000);
    expect(freightPerUnitIdr("ID-JK", "ID-PA", "kg")).toBeGreaterThanOrEqual(10_000);
    expect(freightPerUnitIdr("ID-JK", "ID-PA", "kg")).toBeLessThanOrEqual(16_000);
    expect(Number.isSafeInteger(PICKUP_FIXED_COST_IDR)).toBe(true);
  });

  it("refuses an unknown province as invalid input", () => {
    for (const [from, to] of [
      ["ID-XX", "ID-JK"],
      ["ID-JK", "Jakarta"],
      ["", ""],
    ] as const) {
      let thrown: unknown;
      try {
        freightPerUnitIdr(from, to, "kg");
      } catch (error) {
        thrown = error;
      }
      expect(isDomainError(thrown) && thrown.kind === "invalid-input").toBe(true);
    }
  });
});
