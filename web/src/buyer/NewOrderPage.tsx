import { useEffect, useRef, useState, type FormEvent } from "react";
import { api } from "../api/client";
import { idempotencyKey, unwrap } from "../api/problem";
import type { CatalogItem } from "../api/types";
import { ErrorNotice } from "../components/ErrorNotice";
import { Field } from "../components/Field";
import { PageHeader } from "../components/PageHeader";
import { addDaysIso, todayIso } from "../i18n/format";
import { useI18n } from "../i18n/I18nProvider";
import { provinceCodes, provinceName } from "../i18n/provinces";
import { navigate, useLocation } from "../router/history";
import { parameterName, productName } from "../reference/names";
import { useReference } from "../reference/ReferenceProvider";
import { OrderSummary } from "./OrderSummary";

interface Draft {
  productId: string;
  minGrade: string;
  quantity: string;
  maxUnitPriceIdr: string;
  deliverBy: string;
  destinationProvince: string;
  allowPartial: boolean;
  /** Least weighted average of the product's key parameter over the pooled batches; empty for none. */
  minAverage: string;
}

/** Reads every catalog page for the product (bounded): the estimate needs all eligible stock. */
const loadStock = async (productId: string, minGrade: string, destinationProvince: string) => {
  const items: CatalogItem[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 5; page += 1) {
    const result = await unwrap(api.GET("/catalog", { params: { query: { productId, minGrade: minGrade || undefined, destinationProvince, limit: 100, cursor } } }));
    items.push(...result.items);
    if (!result.cursor) break;
    cursor = result.cursor;
  }
  return items;
};

export const NewOrderPage = () => {
  const { t, lang } = useI18n();
  const reference = useReference();
  const { search } = useLocation();
  const [draft, setDraft] = useState<Draft>(() => ({
    productId: search.get("productId") ?? "",
    minGrade: search.get("minGrade") ?? "",
    quantity: search.get("quantity") ?? "",
    maxUnitPriceIdr: "",
    deliverBy: addDaysIso(todayIso(), 21),
    destinationProvince: "ID-JI",
    allowPartial: false,
    minAverage: "",
  }));
  const [stock, setStock] = useState<CatalogItem[] | null>(null);
  const [stockError, setStockError] = useState<unknown>();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>();
  // One key per order being written: a double click or a retry after a timeout places one order.
  const key = useRef(idempotencyKey());

  const product = reference.product(draft.productId);
  const keyParameter = product?.parameters.find((parameter) => parameter.key === product.keyParameter);
  useEffect(() => {
    if (!draft.productId && reference.products[0]) setDraft((current) => ({ ...current, productId: reference.products[0]?.id ?? "" }));
  }, [draft.productId, reference.products]);
  useEffect(() => {
    if (product && !product.grades.includes(draft.minGrade)) setDraft((current) => ({ ...current, minGrade: product.grades.at(-1) ?? "" }));
  }, [product, draft.minGrade]);

  useEffect(() => {
    if (!draft.productId || !draft.minGrade) return;
    let current = true;
    setStock(null);
    setStockError(undefined);
    // Debounced: the estimate follows the form without a request per keystroke.
    const timer = window.setTimeout(() => {
      loadStock(draft.productId, draft.minGrade, draft.destinationProvince).then(
        (items) => current && setStock(items),
        (caught: unknown) => current && setStockError(caught),
      );
    }, 250);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [draft.productId, draft.minGrade, draft.destinationProvince]);

  const update = (patch: Partial<Draft>) => {
    key.current = idempotencyKey();
    setDraft((current) => ({ ...current, ...patch }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitting(true);
    setError(undefined);
    try {
      const order = await unwrap(
        api.POST("/orders", {
          body: {
            productId: draft.productId,
            minGrade: draft.minGrade,
            quantity: Number(draft.quantity),
            maxUnitPriceIdr: Number(draft.maxUnitPriceIdr),
            deliverBy: draft.deliverBy,
            destinationProvince: draft.destinationProvince,
            allowPartial: draft.allowPartial,
            ...(draft.minAverage && product ? { minAverage: { [product.keyParameter]: Number(draft.minAverage.replace(",", ".")) } } : {}),
          },
          headers: { "Idempotency-Key": key.current },
        }),
      );
      navigate(`/buyer/orders/${encodeURIComponent(order.id)}`);
    } catch (caught) {
      setError(caught);
      setSubmitting(false);
    }
  };

  const quantity = Number(draft.quantity) || 0;
  const maxUnitPriceIdr = Number(draft.maxUnitPriceIdr) || 0;

  return (
    <>
      <PageHeader title={t("order.new.title")} subtitle={t("order.new.lede")} />
      <div className="split">
        <form className="card form-grid" onSubmit={(event) => void submit(event)} aria-describedby="order-summary">
          <Field label={t("field.product")}>
            {(control) => (
              <select {...control} required value={draft.productId} onChange={(event) => update({ productId: event.target.value, minGrade: "" })}>
                {reference.products.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {productName(candidate, lang)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t("field.minGrade")} hint={t("order.new.gradeHint")}>
            {(control) => (
              <select {...control} required value={draft.minGrade} onChange={(event) => update({ minGrade: event.target.value })}>
                {product?.grades.map((grade) => (
                  <option key={grade} value={grade}>
                    {grade}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t("order.new.quantity", { unit: product?.unit === "piece" ? t("unit.piece") : (product?.unit ?? "") })}>
            {(control) => (
              <input {...control} type="number" inputMode="numeric" required min={1} step={1} value={draft.quantity} onChange={(event) => update({ quantity: event.target.value })} />
            )}
          </Field>
          <Field label={t("field.maxUnitPrice")} hint={t("order.new.maxPriceHint")}>
            {(control) => (
              <input {...control} type="number" inputMode="numeric" required min={1} step={1} value={draft.maxUnitPriceIdr} onChange={(event) => update({ maxUnitPriceIdr: event.target.value })} />
            )}
          </Field>
          <Field label={t("field.deliverBy")}>
            {(control) => <input {...control} type="date" required min={todayIso()} value={draft.deliverBy} onChange={(event) => update({ deliverBy: event.target.value })} />}
          </Field>
          <Field label={t("field.destination")}>
            {(control) => (
              <select {...control} required value={draft.destinationProvince} onChange={(event) => update({ destinationProvince: event.target.value })}>
                {provinceCodes.map((code) => (
                  <option key={code} value={code}>
                    {provinceName(code)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {keyParameter && (
            <Field label={t("order.new.minAverage", { parameter: parameterName(keyParameter, lang), unit: keyParameter.unit })} hint={t("order.new.minAverageHint")}>
              {(control) => (
                <input {...control} type="number" inputMode="decimal" step="any" min={keyParameter.physicalMin} max={keyParameter.physicalMax} value={draft.minAverage} onChange={(event) => update({ minAverage: event.target.value })} />
              )}
            </Field>
          )}
          <div className="field field-checkbox">
            <input id="allow-partial" type="checkbox" checked={draft.allowPartial} onChange={(event) => update({ allowPartial: event.target.checked })} aria-describedby="allow-partial-hint" />
            <label htmlFor="allow-partial">{t("field.allowPartial")}</label>
            <p className="field-hint" id="allow-partial-hint">
              {t("order.new.partialHint")}
            </p>
          </div>
          <ErrorNotice error={error} />
          <button type="submit" className="button" disabled={submitting || !quantity || !maxUnitPriceIdr}>
            {submitting ? t("order.new.placing") : t("order.new.place")}
          </button>
        </form>
        <OrderSummary
          product={product}
          stock={stock}
          stockError={stockError}
          quantity={quantity}
          maxUnitPriceIdr={maxUnitPriceIdr}
          deliverBy={draft.deliverBy}
          destinationProvince={draft.destinationProvince}
        />
      </div>
    </>
  );
};
