import { useRef, useState, type FormEvent } from "react";
import { api } from "../api/client";
import { idempotencyKey, unwrap } from "../api/problem";
import { useUser } from "../auth/SessionProvider";
import { ErrorNotice } from "../components/ErrorNotice";
import { Field } from "../components/Field";
import { PageHeader } from "../components/PageHeader";
import { todayIso } from "../i18n/format";
import { useI18n } from "../i18n/I18nProvider";
import { useFormat } from "../i18n/useFormat";
import { productName } from "../reference/names";
import { useReference } from "../reference/ReferenceProvider";
import { navigate } from "../router/history";
import { ContributionsEditor, type ContributionDraft } from "./ContributionsEditor";
import { EquipmentRunsPicker } from "./EquipmentRunsPicker";

export const NewBatchPage = () => {
  const { t, lang } = useI18n();
  const format = useFormat();
  const user = useUser();
  const reference = useReference();
  // A cooperative may only declare batches at facilities it produces at (the API says 403 otherwise).
  const facilities = reference.facilities.filter((facility) => facility.cooperativeIds.includes(user.orgId));
  const [facilityId, setFacilityId] = useState("");
  const facility = reference.facility(facilityId) ?? facilities[0];
  const [productId, setProductId] = useState("");
  const product = reference.product(productId) ?? reference.product(facility?.productIds[0] ?? "");
  const [quantity, setQuantity] = useState("");
  const [unitPriceIdr, setUnitPriceIdr] = useState("");
  const [producedOn, setProducedOn] = useState(todayIso());
  const [bestBefore, setBestBefore] = useState("");
  const [contributions, setContributions] = useState<ContributionDraft[]>([]);
  const [runIds, setRunIds] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const key = useRef(idempotencyKey());

  const contributed = contributions.reduce((sum, row) => sum + (Number(row.quantity) || 0), 0);
  const contributionsMismatch = contributions.length > 0 && contributed !== Number(quantity);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!facility || !product) return;
    setBusy(true);
    setError(undefined);
    try {
      const batch = await unwrap(
        api.POST("/batches", {
          body: {
            productId: product.id,
            facilityId: facility.id,
            quantity: Number(quantity),
            unitPriceIdr: Number(unitPriceIdr),
            producedOn,
            ...(bestBefore ? { bestBefore } : {}),
            ...(contributions.length > 0
              ? { contributions: contributions.map((row) => ({ memberName: row.memberName.trim(), quantity: Number(row.quantity) })) }
              : {}),
            ...(runIds.length > 0 ? { equipmentRunIds: runIds } : {}),
          },
          headers: { "Idempotency-Key": key.current },
        }),
      );
      navigate(`/cooperative/batches/${encodeURIComponent(batch.id)}`);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  if (facilities.length === 0 && !reference.loading) {
    return (
      <>
        <PageHeader title={t("batch.new.title")} />
        <p className="empty">{t("batch.new.noFacility")}</p>
      </>
    );
  }

  const unit = product?.unit ?? "";
  return (
    <>
      <PageHeader title={t("batch.new.title")} subtitle={t("batch.new.lede")} />
      <form className="card form-grid" onSubmit={(event) => void submit(event)}>
        <Field label={t("field.facility")}>
          {(control) => (
            <select {...control} required value={facility?.id ?? ""} onChange={(event) => {
              setFacilityId(event.target.value);
              setProductId("");
              setRunIds([]);
            }}>
              {facilities.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("field.product")}>
          {(control) => (
            <select {...control} required value={product?.id ?? ""} onChange={(event) => {
              setProductId(event.target.value);
              setRunIds([]);
            }}>
              {(facility?.productIds ?? []).map((id) => (
                <option key={id} value={id}>
                  {productName(reference.product(id), lang, id)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("batch.new.quantity", { unit: unit === "piece" ? t("unit.piece") : unit })}>
          {(control) => <input {...control} type="number" inputMode="numeric" required min={1} step={1} value={quantity} onChange={(event) => setQuantity(event.target.value)} />}
        </Field>
        <Field label={t("batch.new.unitPrice", { unit: unit === "piece" ? t("unit.piece") : unit })} hint={unitPriceIdr ? format.money(Number(unitPriceIdr)) : undefined}>
          {(control) => <input {...control} type="number" inputMode="numeric" required min={1} step={1} value={unitPriceIdr} onChange={(event) => setUnitPriceIdr(event.target.value)} />}
        </Field>
        <Field label={t("field.producedOn")}>
          {(control) => <input {...control} type="date" required max={todayIso()} value={producedOn} onChange={(event) => setProducedOn(event.target.value)} />}
        </Field>
        <Field label={t("field.bestBefore")} hint={t("common.optional")}>
          {(control) => <input {...control} type="date" min={producedOn} value={bestBefore} onChange={(event) => setBestBefore(event.target.value)} />}
        </Field>
        <ContributionsEditor rows={contributions} onChange={setContributions} unit={unit} />
        {facility && product && <EquipmentRunsPicker facility={facility} productId={product.id} unit={unit} selected={runIds} onChange={setRunIds} />}
        {contributionsMismatch && (
          <p className="notice notice-warning form-wide" role="status">
            {t("batch.new.contributionsMismatch", { contributed: format.integer(contributed), total: format.integer(Number(quantity) || 0) })}
          </p>
        )}
        <ErrorNotice error={error} />
        <div className="form-wide">
          <button type="submit" className="button" disabled={busy || !facility || !product}>
            {busy ? t("common.working") : t("batch.new.submit")}
          </button>
        </div>
      </form>
    </>
  );
};
