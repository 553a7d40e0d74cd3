import { describe, expect, it } from "vitest";
import { en } from "../src/i18n/en";
import { addDaysIso, formatDate, formatRupiah } from "../src/i18n/format";
import { interpolate, translator } from "../src/i18n/I18nProvider";
import { id } from "../src/i18n/id";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("dictionaries", () => {
  it("have the same keys in both languages", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  });

  it("fill the same placeholders in both languages, and leave nothing empty", () => {
    for (const key of Object.keys(id) as (keyof typeof id)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(id[key]));
      expect(id[key].trim(), key).not.toBe("");
      expect(en[key].trim(), key).not.toBe("");
    }
  });

  it("translates with placeholders", () => {
    expect(translator("id")("hold.remaining", { time: "4:05" })).toBe("sisa 4:05");
    expect(translator("en")("hold.remaining", { time: "4:05" })).toBe("4:05 left");
    expect(interpolate("{a} and {b}", { a: 1 })).toBe("1 and {b}");
  });
});

describe("formatting", () => {
  it("writes rupiah the Indonesian way", () => {
    expect(formatRupiah(1_250_000)).toBe("Rp\u00a01.250.000");
    expect(formatRupiah(0)).toBe("Rp\u00a00");
  });

  it("keeps calendar dates on their day in any time zone", () => {
    expect(formatDate("2026-03-01", "id")).toBe("1 Mar 2026");
    expect(formatDate("2026-08-17", "id")).toBe("17 Agu 2026");
    expect(formatDate("2026-08-17", "en")).toBe("17 Aug 2026");
  });

  it("adds days across month ends", () => {
    expect(addDaysIso("2026-01-31", 1)).toBe("2026-02-01");
    expect(addDaysIso("2026-03-01", -1)).toBe("2026-02-28");
  });
});
