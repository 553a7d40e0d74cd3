import { useState } from "react";
import { api } from "../api/client";
import { unwrap } from "../api/problem";
import type { FacilityProductStats } from "../api/types";
import { useResource } from "../api/useResource";
import { BarChart } from "../charts/BarChart";
import { LineChart } from "../charts/LineChart";
import { ErrorNotice } from "../components/ErrorNotice";
import { Field } from "../components/Field";
import { Loading } from "../components/Loading";
import { PageHeader } from "../components/PageHeader";
import { addDaysIso, todayIso } from "../i18n/format";
import { useI18n } from "../i18n/I18nProvider";
import { useFormat } from "../i18n/useFormat";
import { productName } from "../reference/names";
import { useReference } from "../reference/ReferenceProvider";
import { dailyTotals, totals } from "./aggregate";
import { ChartSection } from "./ChartSection";

export const DashboardPage = () => {
  const { t, lang } = useI18n();
  const format = useFormat();
  const reference = useReference();
  const [from, setFrom] = useState(addDaysIso(todayIso(), -29));
  const [to, setTo] = useState(todayIso());
  const [facilityId, setFacilityId] = useState("");
  const [productId, setProductId] = useState("");
  const stats = useResource(() => unwrap(api.GET("/stats", { params: { query: { from, to } } })), [from, to]);

  const items = (stats.data?.items ?? []).filter(
    (item) => (!facilityId || item.facilityId === facilityId) && (!productId || item.productId === productId),
  );
  const days = dailyTotals(items);
  const overall = totals(items);
  const units = new Set(items.map((item) => reference.product(item.productId)?.unit ?? ""));
  const unit = units.size === 1 ? ([...units][0] ?? "") : "";
  const unitLabel = unit === "piece" ? t("unit.piece") : unit;
  const label = (item: FacilityProductStats) =>
    `${reference.facility(item.facilityId)?.name ?? item.facilityId} · ${productName(reference.product(item.productId), lang, item.productId)}`;
  const grades = [...new Set(items.flatMap((item) => Object.keys(item.gradeDistribution)))];

  return (
    <>
      <PageHeader title={t("ministry.title")} subtitle={t("ministry.lede")} />
      <form className="filters card" onSubmit={(event) => event.preventDefault()} aria-label={t("catalog.filters")}>
        <Field label={t("ministry.from")}>
          {(control) => <input {...control} type="date" value={from} max={to} onChange={(event) => event.target.value && setFrom(event.target.value)} />}
        </Field>
        <Field label={t("ministry.to")}>
          {(control) => <input {...control} type="date" value={to} min={from} onChange={(event) => event.target.value && setTo(event.target.value)} />}
        </Field>
        <Field label={t("field.facility")}>
          {(control) => (
            <select {...control} value={facilityId} onChange={(event) => setFacilityId(event.target.value)}>
              <option value="">{t("ministry.allFacilities")}</option>
              {reference.facilities.map((facility) => (
                <option key={facility.id} value={facility.id}>
                  {facility.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("field.product")}>
          {(control) => (
            <select {...control} value={productId} onChange={(event) => setProductId(event.target.value)}>
              <option value="">{t("catalog.anyProduct")}</option>
              {reference.products.map((product) => (
                <option key={product.id} value={product.id}>
                  {productName(product, lang)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </form>
      <ErrorNotice error={stats.error} onRetry={() => void stats.reload()} />
      {!stats.data ? (
        !stats.error && <Loading />
      ) : (
        <>
          <dl className="kpis">
            <div>
              <dt>{t("ministry.gmv")}</dt>
              <dd>{format.money(overall.gmvIdr)}</dd>
            </div>
            <div>
              <dt>{t("ministry.fillRate")}</dt>
              <dd>{overall.fillRate === null ? "—" : format.percent(overall.fillRate)}</dd>
            </div>
            <div>
              <dt>{t("ministry.ordered")}</dt>
              <dd>{unit ? format.quantity(overall.orderedQuantity, unit) : format.integer(overall.orderedQuantity)}</dd>
            </div>
            <div>
              <dt>{t("ministry.certificates")}</dt>
              <dd>{format.integer(overall.certificatesIssued)}</dd>
            </div>
          </dl>

          <div className="charts">
          <ChartSection
            id="volume"
            title={t("ministry.volume", { unit: unitLabel || t("ministry.mixedUnits") })}
            chart={
              <LineChart
                title={t("ministry.volume", { unit: unitLabel || t("ministry.mixedUnits") })}
                labels={days.map((day) => format.date(day.day))}
                series={[
                  { name: t("ministry.listed"), values: days.map((day) => day.listedQuantity) },
                  { name: t("ministry.reserved"), values: days.map((day) => day.reservedQuantity) },
                  { name: t("ministry.shipped"), values: days.map((day) => day.shippedQuantity) },
                ]}
              />
            }
            head={[t("ministry.day"), t("ministry.listed"), t("ministry.reserved"), t("ministry.shipped")]}
            rows={days.map((day) => [format.date(day.day), format.integer(day.listedQuantity), format.integer(day.reservedQuantity), format.integer(day.shippedQuantity)])}
          />
          <ChartSection
            id="gmv"
            title={t("ministry.gmvOverTime")}
            chart={<LineChart title={t("ministry.gmvOverTime")} labels={days.map((day) => format.date(day.day))} series={[{ name: t("ministry.gmv"), values: days.map((day) => day.gmvIdr) }]} />}
            head={[t("ministry.day"), t("ministry.gmv")]}
            rows={days.map((day) => [format.date(day.day), format.money(day.gmvIdr)])}
          />
          <ChartSection
            id="fill"
            empty={items.every((item) => item.fillRate === null)}
            title={t("ministry.fillRateBy")}
            chart={
              <BarChart
                title={t("ministry.fillRateBy")}
                keys={["fill"]}
                max={1}
                format={(value) => format.percent(value)}
                rows={items.filter((item) => item.fillRate !== null).map((item) => ({ label: label(item), parts: [{ key: "fill", value: item.fillRate ?? 0 }] }))}
              />
            }
            head={[t("ministry.facilityProduct"), t("ministry.ordered"), t("ministry.filled"), t("ministry.fillRate")]}
            rows={items.map((item) => [label(item), format.integer(item.orderedQuantity), format.integer(item.filledQuantity), item.fillRate === null ? "—" : format.percent(item.fillRate)])}
          />
          <ChartSection
            id="utilisation"
            empty={items.every((item) => item.utilisation === null)}
            title={t("ministry.utilisation")}
            chart={
              <BarChart
                title={t("ministry.utilisation")}
                keys={["utilisation"]}
                max={Math.max(1, ...items.map((item) => item.utilisation ?? 0))}
                format={(value) => format.percent(value)}
                rows={items.filter((item) => item.utilisation !== null).map((item) => ({ label: label(item), parts: [{ key: "utilisation", value: item.utilisation ?? 0 }] }))}
              />
            }
            head={[t("ministry.facilityProduct"), t("ministry.declared"), t("ministry.capacity"), t("ministry.utilisation")]}
            rows={items.map((item) => [
              label(item),
              format.integer(item.declaredQuantity),
              format.integer(item.capacityQuantity),
              item.utilisation === null ? "—" : format.percent(item.utilisation),
            ])}
          />
          <ChartSection
            id="grades"
            empty={items.every((item) => Object.values(item.gradeDistribution).every((count) => count === 0))}
            title={t("ministry.grades")}
            chart={
              <BarChart
                title={t("ministry.grades")}
                keys={grades}
                rows={items.map((item) => ({ label: label(item), parts: grades.map((grade) => ({ key: grade, value: item.gradeDistribution[grade] ?? 0 })) }))}
              />
            }
            head={[t("ministry.facilityProduct"), ...grades, t("ministry.medianHours")]}
            rows={items.map((item) => [
              label(item),
              ...grades.map((grade) => format.integer(item.gradeDistribution[grade] ?? 0)),
              item.medianHoursToCertificate === null ? "—" : format.number(Math.round(item.medianHoursToCertificate * 10) / 10),
            ])}
          />
          </div>
        </>
      )}
    </>
  );
};
