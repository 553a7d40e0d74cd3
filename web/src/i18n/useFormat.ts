import { useMemo } from "react";
import { formatDate, formatDateTime, formatInteger, formatNumber, formatPercent, formatRupiah } from "./format";
import { useI18n } from "./I18nProvider";

/** Formatters bound to the current language, plus quantities with their unit in words. */
export const useFormat = () => {
  const { lang, t } = useI18n();
  return useMemo(
    () => ({
      money: formatRupiah,
      number: formatNumber,
      integer: formatInteger,
      percent: formatPercent,
      date: (iso: string) => formatDate(iso, lang),
      dateTime: (iso: string) => formatDateTime(iso, lang),
      quantity: (value: number, unit: string) => `${formatInteger(value)}\u00a0${unit === "piece" ? t("unit.piece") : unit}`,
    }),
    [lang, t],
  );
};
