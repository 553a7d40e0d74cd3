import { useMemo, useRef, useState, type FormEvent } from "react";
import { api } from "../api/client";
import { idempotencyKey, unwrap } from "../api/problem";
import { useResource } from "../api/useResource";
import { ErrorNotice } from "../components/ErrorNotice";
import { Field } from "../components/Field";
import { Loading } from "../components/Loading";
import { PageHeader } from "../components/PageHeader";
import { BatchStatusBadge } from "../components/StatusBadge";
import { todayIso } from "../i18n/format";
import { useI18n } from "../i18n/I18nProvider";
import { useFormat } from "../i18n/useFormat";
import { productName } from "../reference/names";
import { useReference } from "../reference/ReferenceProvider";
import type { PageProps } from "../routes";
import { navigate } from "../router/history";
import { Link } from "../router/Link";
import { MeasurementFieldset } from "./MeasurementFieldset";
import type { MeasurementDraft } from "./MeasurementRow";
import { checkMeasurements } from "./measurements";

/** The measurement form, generated from the product's rulebook: one row per parameter. */
export const InspectPage = ({ params }: PageProps) => {
  const { t, lang } = useI18n();
  const format = useFormat();
  const reference = useReference();
  const id = params.id ?? "";
  const batch = useResource(() => unwrap(api.GET("/batches/{id}", { params: { path: { id } } })), [id]);
  const facilityId = batch.data?.facilityId;
  const equipment = useResource(
    () => (facilityId ? unwrap(api.GET("/facilities/{id}/equipment", { params: { path: { id: facilityId } } })) : Promise.resolve([])),
    [facilityId],
  );
  const [measuredOn, setMeasuredOn] = useState(todayIso());
  const [drafts, setDrafts] = useState<Record<string, MeasurementDraft>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const key = useRef(idempotencyKey());

  const product = reference.product(batch.data?.productId ?? "");
  const parameters = useMemo(() => product?.parameters ?? [], [product]);
  const check = useMemo(() => checkMeasurements(parameters, drafts, equipment.data ?? [], measuredOn), [parameters, drafts, equipment.data, measuredOn]);

  if (batch.error && !batch.data) return <ErrorNotice error={batch.error} onRetry={() => void batch.reload()} />;
  if (!batch.data || !product) return <Loading />;
  const data = batch.data;

  const update = (parameter: string, patch: Partial<MeasurementDraft>) => {
    key.current = idempotencyKey();
    setDrafts((current) => ({ ...current, [parameter]: { value: "", equipmentId: "", ...current[parameter], ...patch } }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!check.ready) return;
    setBusy(true);
    setError(undefined);
    try {
      const certificate = await unwrap(
        api.POST("/batches/{id}/certificates", {
          params: { path: { id } },
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
      <PageHeader
        title={t("inspect.title", { product: productName(product, lang) })}
        subtitle={
          <>
            <code>{data.id}</code> · {reference.orgName(data.cooperativeId)} · {format.quantity(data.total, product.unit)} · {t("field.rulebook")} {product.rulebookVersion}
          </>
        }
        actions={<BatchStatusBadge status={data.status} />}
      />
      <p>
        <Link to="/officer/inspections">← {t("nav.inspections")}</Link>
      </p>
      {data.status !== "awaiting-inspection" && <p className="notice notice-warning">{t("inspect.notAwaiting")}</p>}
      <ErrorNotice error={equipment.error} />
      <form className="inspect-form" onSubmit={(event) => void submit(event)} noValidate>
        <div className="card">
          <Field label={t("field.measuredOn")} hint={t("inspect.measuredOnHint")}>
            {(control) => <input {...control} type="date" required max={todayIso()} value={measuredOn} onChange={(event) => setMeasuredOn(event.target.value)} />}
          </Field>
        </div>
        <MeasurementFieldset product={product} equipment={equipment.data ?? []} measuredOn={measuredOn} drafts={drafts} check={check} onChange={update} />
        <ErrorNotice error={error} />
        <button type="submit" className="button" disabled={busy || !check.ready || data.status !== "awaiting-inspection"}>
          {busy ? t("common.working") : t("inspect.submit")}
        </button>
      </form>
    </>
  );
};
