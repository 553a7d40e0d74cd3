import { useState, type FormEvent } from "react";
import { api } from "../api/client";
import { unwrap } from "../api/problem";
import type { Allocation } from "../api/types";
import { ErrorNotice } from "../components/ErrorNotice";
import { Field } from "../components/Field";
import { useI18n } from "../i18n/I18nProvider";

/** The buyer records what actually arrived; defaults to everything shipped. */
export const ReceiptForm = ({ allocation, unit, onRecorded }: { allocation: Allocation; unit: string; onRecorded: () => void }) => {
  const { t } = useI18n();
  const [received, setReceived] = useState(String(allocation.quantity));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await unwrap(api.POST("/allocations/{id}/receipt", { params: { path: { id: allocation.id } }, body: { receivedQuantity: Number(received) } }));
      onRecorded();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="inline-form receipt-form" onSubmit={(event) => void submit(event)}>
      <Field label={t("order.receivedQuantity", { unit: unit === "piece" ? t("unit.piece") : unit })}>
        {(control) => (
          <input {...control} type="number" inputMode="numeric" min={0} max={allocation.quantity} step={1} required value={received} onChange={(event) => setReceived(event.target.value)} />
        )}
      </Field>
      <button type="submit" className="button button-small" disabled={busy}>
        {t("order.recordReceipt")}
      </button>
      <ErrorNotice error={error} />
    </form>
  );
};
