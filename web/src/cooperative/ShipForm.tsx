import { useState, type FormEvent } from "react";
import { api } from "../api/client";
import { unwrap } from "../api/problem";
import type { Allocation } from "../api/types";
import { ErrorNotice } from "../components/ErrorNotice";
import { Field } from "../components/Field";
import { useI18n } from "../i18n/I18nProvider";

export const ShipForm = ({ allocation, onShipped }: { allocation: Allocation; onShipped: () => void }) => {
  const { t } = useI18n();
  const [waybill, setWaybill] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await unwrap(api.POST("/allocations/{id}/shipment", { params: { path: { id: allocation.id } }, body: { waybill: waybill.trim() } }));
      onShipped();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="inline-form ship-form" onSubmit={(event) => void submit(event)}>
      <Field label={t("field.waybill")} hint={t("allocations.waybillHint")}>
        {(control) => <input {...control} required minLength={3} maxLength={64} value={waybill} onChange={(event) => setWaybill(event.target.value)} autoComplete="off" />}
      </Field>
      <button type="submit" className="button button-small" disabled={busy || waybill.trim().length < 3}>
        {t("allocations.ship")}
      </button>
      <ErrorNotice error={error} />
    </form>
  );
};
