import { useRef, useState } from "react";
import { api } from "../api/client";
import { idempotencyKey, unwrap } from "../api/problem";
import type { Facility } from "../api/types";
import { useResource } from "../api/useResource";
import { ErrorNotice } from "../components/ErrorNotice";
import { todayIso } from "../i18n/format";
import { useI18n } from "../i18n/I18nProvider";
import { useFormat } from "../i18n/useFormat";

interface Props {
  facility: Facility;
  productId: string;
  unit: string;
  selected: string[];
  onChange: (ids: string[]) => void;
}

/**
 * A site can only have produced so much a day; a batch above that is backed by the production runs
 * (distillation charges, drying batches) recorded at the site. Pick unlinked runs or record one.
 */
export const EquipmentRunsPicker = ({ facility, productId, unit, selected, onChange }: Props) => {
  const { t } = useI18n();
  const format = useFormat();
  const runs = useResource(() => unwrap(api.GET("/facilities/{id}/equipment-runs", { params: { path: { id: facility.id } } })), [facility.id]);
  const [description, setDescription] = useState("");
  const [ranOn, setRanOn] = useState(todayIso());
  const [output, setOutput] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const key = useRef(idempotencyKey());
  const capacity = facility.capacities.find((candidate) => candidate.productId === productId);
  const unitLabel = unit === "piece" ? t("unit.piece") : unit;
  const available = (runs.data ?? []).filter((run) => run.productId === productId && !run.batchId);

  const record = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const run = await unwrap(
        api.POST("/facilities/{id}/equipment-runs", {
          params: { path: { id: facility.id } },
          body: { productId, description: description.trim(), ranOn, outputQuantity: Number(output) },
          headers: { "Idempotency-Key": key.current },
        }),
      );
      key.current = idempotencyKey();
      setDescription("");
      setOutput("");
      await runs.reload();
      onChange([...selected, run.id]);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="form-wide runs">
      <legend>{t("runs.title")}</legend>
      {capacity && <p className="field-hint">{t("runs.capacity", { perDay: format.number(capacity.perDay), unit: unitLabel, basis: capacity.basis })}</p>}
      <ErrorNotice error={runs.error} />
      {available.length > 0 && (
        <ul className="run-list">
          {available.map((run) => (
            <li key={run.id}>
              <input
                type="checkbox"
                id={`run-${run.id}`}
                checked={selected.includes(run.id)}
                onChange={(event) => onChange(event.target.checked ? [...selected, run.id] : selected.filter((id) => id !== run.id))}
              />
              <label htmlFor={`run-${run.id}`}>
                {run.description} · {format.date(run.ranOn)} · {format.quantity(run.outputQuantity, unit)}
              </label>
            </li>
          ))}
        </ul>
      )}
      <details className="run-record">
        <summary>{t("runs.record")}</summary>
        <div className="run-form">
          <div className="field">
            <label htmlFor="run-description">{t("runs.description")}</label>
            <input id="run-description" maxLength={200} value={description} onChange={(event) => setDescription(event.target.value)} aria-describedby="run-description-hint" />
            <p className="field-hint" id="run-description-hint">
              {t("runs.descriptionHint")}
            </p>
          </div>
          <div className="field">
            <label htmlFor="run-date">{t("runs.ranOn")}</label>
            <input id="run-date" type="date" max={todayIso()} value={ranOn} onChange={(event) => setRanOn(event.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="run-output">{t("runs.output", { unit: unitLabel })}</label>
            <input id="run-output" type="number" inputMode="numeric" min={1} step={1} value={output} onChange={(event) => setOutput(event.target.value)} />
          </div>
          <ErrorNotice error={error} />
          <button type="button" className="button button-small button-secondary" disabled={busy || description.trim().length < 3 || !Number(output)} onClick={() => void record()}>
            {t("runs.save")}
          </button>
        </div>
      </details>
    </fieldset>
  );
};
