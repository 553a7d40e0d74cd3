import type { Lang } from "./lang";

/**
 * Money and quantities use Indonesian grouping in both languages (the market trades in rupiah:
 * `Rp 1.250.000`); dates are written day first, in the reader's language.
 */
const groupedNumber = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 });
const decimalNumber = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 3 });
const percentNumber = new Intl.NumberFormat("id-ID", { style: "percent", maximumFractionDigits: 1 });

const dateLocale = (lang: Lang) => (lang === "id" ? "id-ID" : "en-GB");

/** `Rp 1.250.000`, with a no-break space so the amount never wraps away from its currency. */
export const formatRupiah = (amount: number) => `Rp\u00a0${groupedNumber.format(Math.round(amount))}`;

export const formatNumber = (value: number) => decimalNumber.format(value);

export const formatInteger = (value: number) => groupedNumber.format(value);

export const formatPercent = (ratio: number) => percentNumber.format(ratio);

/** Date-only values (`2026-03-01`) are calendar dates: format them in UTC so no time zone shifts the day. */
export const formatDate = (isoDate: string, lang: Lang) => {
  const date = new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(dateLocale(lang), { day: "numeric", month: "short", year: "numeric", timeZone: isoDate.length === 10 ? "UTC" : undefined }).format(date);
};

/** Instants in the reader's own time zone, with the time. */
export const formatDateTime = (isoDateTime: string, lang: Lang) => {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return new Intl.DateTimeFormat(dateLocale(lang), { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" }).format(date);
};

/** Today as an ISO date in the reader's time zone (what a date input shows). */
export const todayIso = (now = new Date()) => {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
};

export const addDaysIso = (isoDate: string, days: number) => {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};
