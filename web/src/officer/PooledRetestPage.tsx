import { useMemo, useRef, useState, type FormEvent } from "react";
import { api } from "../api/client";
import { idempotencyKey, unwrap } from "../api/problem";
import { useResource } from "../api/useResource";
import { ErrorNotice } from "../components/ErrorNotice";
import { Field } from "../components/Field";
import { PageHeader } from "../components/PageHeader";
import { todayIso } from "../i18n/format";
import { useI18n } from "../i18n/I18nProvider";
import { productName } from "../reference/names";
import { useReference } from "../reference/ReferenceProvider";
import { navigate, useLocation } from "../router/history";
import { MeasurementFieldset } from "./MeasurementFieldset";
import type { MeasurementDraft } from "./MeasurementRow";
import { checkMeasurements } from "./measurements";
import { useOfficerFacilities } from "./useOfficerFacilities";

/**
 * A pooled delivery flagged for re-test: the officer measures a sample of the blended lot on the
 * site's instruments and the API signs a certificate for the order's pooled quantity.
 */
export const PooledRetestPage = () => {
  const { t, lang } = useI18n();
  const reference = useReference();
  const { search } = useLocation();
  const facility = useOfficerFacilities()[0];
  const product = reference.product(facility?.productIds[0] ?? "");
  const equipment = useResource(
    () => (facility ? unwrap(api.GET("/facilities/{id}/equipment", { params: { path: { id: facility.id } } })) : Promise.resolve([])),
    [facility?.id],
  );
  const [orderId, setOrderId] = useState(search.get("orderId") ?? "");
  const [measuredOn, setMeasuredOn] = useState(todayIso());
  const [drafts, setDrafts] = useState<Record<string, MeasurementDraft>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const key = useRef(idempotencyKey());
  const parameters = useMemo(() => product?.parameters ?? [], [product]);
  const check = useMemo(() => checkMeasurements(parameters, drafts, equipment.data ?? [], measuredOn), [parameters, drafts, equipment.data, measuredOn]);

  if (!facility || !product) return <p className="notice">{t("retest.noFacility")}</p>;

  const update = (parameter: string, patch: Partial<MeasurementDraft>) => {
    key.current = idempotencyKey();
    setDrafts((current) => ({ ...current, [parameter]: { value: "", equipmentId: "", ...current[parameter], ...patch } }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!check.ready || !orderId.trim()) return;
    setBusy(true);
    setError(undefined);
    try {
      const certificate = await unwrap(
        api.POST("/orders/{id}/pooled-certificates", {
          params: { path: { id: orderId.trim() } },
          body: { measuredOn, measurements: check.measurements },
          headers: { "Idempotency-Key": key.current },
        }),
      );
      navigate(`/certificates/${encodeURIComponent(certificate.id)}`);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader title={t("retest.title", { product: productName(product, lang) })} subtitle={t("retest.lede")} />
      <ErrorNotice error={equipment.error} />
      <form className="inspect-form" onSubmit={(event) => void submit(event)} noValidate>
        <div className="card">
          <Field label={t("retest.orderId")} hint={t("retest.orderIdHint")}>
            {(control) => (
              <input
                {...control}
                required
                value={orderId}
                onChange={(event) => {
                  key.current = idempotencyKey();
                  setOrderId(event.target.value);
                }}
              />
            )}
          </Field>
          <Field label={t("field.measuredOn")} hint={t("inspect.measuredOnHint")}>
            {(control) => <input {...control} type="date" required max={todayIso()} value={measuredOn} onChange={(event) => setMeasuredOn(event.target.value)} />}
          </Field>
        </div>
        <MeasurementFieldset product={product} equipment={equipment.data ?? []} measuredOn={measuredOn} drafts={drafts} check={check} onChange={update} />
        <ErrorNotice error={error} />
        <button type="submit" className="button" disabled={busy || !check.ready || !orderId.trim()}>
          {busy ? t("common.working") : t("retest.submit")}
        </button>
      </form>
    </>
  );
};
