import { useRef, useState, type FormEvent } from "react";
import { api } from "../api/client";
import { idempotencyKey, unwrap } from "../api/problem";
import { useResource } from "../api/useResource";
import { ErrorNotice } from "../components/ErrorNotice";
import { Field } from "../components/Field";
import { Loading } from "../components/Loading";
import { PageHeader } from "../components/PageHeader";
import { addDaysIso, todayIso } from "../i18n/format";
import { useI18n } from "../i18n/I18nProvider";
import { useFormat } from "../i18n/useFormat";
import { useReference } from "../reference/ReferenceProvider";
import { CalibrationBadge } from "./CalibrationBadge";
import { FacilityPicker } from "./FacilityPicker";
import { useOfficerFacilities } from "./useOfficerFacilities";

/** The facility's instruments and their calibration; a certificate can only cite calibrated ones. */
export const EquipmentPage = () => {
  const { t } = useI18n();
  const format = useFormat();
  const reference = useReference();
  const facilities = useOfficerFacilities();
  const [chosen, setChosen] = useState("");
  const facilityId = chosen || facilities[0]?.id || "";
  const equipment = useResource(
    () => (facilityId ? unwrap(api.GET("/facilities/{id}/equipment", { params: { path: { id: facilityId } } })) : Promise.resolve([])),
    [facilityId],
  );
  // The kinds this facility's rulebooks ask for, so the officer picks a kind a parameter will accept.
  const kinds = [
    ...new Set(
      (reference.facility(facilityId)?.productIds ?? []).flatMap((productId) => reference.product(productId)?.parameters.map((parameter) => parameter.equipmentKind) ?? []),
    ),
  ].sort();

  const [kind, setKind] = useState("");
  const [serial, setSerial] = useState("");
  const [calibratedOn, setCalibratedOn] = useState(todayIso());
  const [validUntil, setValidUntil] = useState(addDaysIso(todayIso(), 365));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState<string | null>(null);
  const key = useRef(idempotencyKey());
  const selectedKind = kind || kinds[0] || "";

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setSaved(null);
    try {
      const registered = await unwrap(
        api.POST("/facilities/{id}/equipment", {
          params: { path: { id: facilityId } },
          body: { kind: selectedKind, serial: serial.trim(), calibratedOn, calibrationValidUntil: validUntil },
          headers: { "Idempotency-Key": key.current },
        }),
      );
      key.current = idempotencyKey();
      setSaved(registered.serial);
      setSerial("");
      await equipment.reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const today = todayIso();
  return (
    <>
      <PageHeader title={t("nav.equipment")} subtitle={reference.facility(facilityId)?.name} />
      <FacilityPicker facilities={facilities} value={facilityId} onChange={setChosen} />
      <ErrorNotice error={equipment.error} onRetry={() => void equipment.reload()} />
      {!equipment.data ? (
        !equipment.error && <Loading />
      ) : equipment.data.length === 0 ? (
        <p className="empty">{t("equipment.empty")}</p>
      ) : (
        <table className="table table-stack">
          <thead>
            <tr>
              <th scope="col">{t("equipment.kind")}</th>
              <th scope="col">{t("equipment.serial")}</th>
              <th scope="col">{t("equipment.calibratedOn")}</th>
              <th scope="col">{t("equipment.validUntil")}</th>
              <th scope="col">{t("field.status")}</th>
            </tr>
          </thead>
          <tbody>
            {equipment.data.map((item) => (
              <tr key={item.id}>
                <td data-label={t("equipment.kind")}>{item.kind}</td>
                <td data-label={t("equipment.serial")}>
                  <code>{item.serial}</code>
                </td>
                <td data-label={t("equipment.calibratedOn")}>{format.date(item.calibratedOn)}</td>
                <td data-label={t("equipment.validUntil")}>{format.date(item.calibrationValidUntil)}</td>
                <td data-label={t("field.status")}>
                  <CalibrationBadge equipment={item} onDate={today} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <section className="card" aria-labelledby="register-heading">
        <h2 id="register-heading">{t("equipment.register")}</h2>
        <form className="form-grid" onSubmit={(event) => void submit(event)}>
          <Field label={t("equipment.kind")}>
            {(control) => (
              <select {...control} required value={selectedKind} onChange={(event) => setKind(event.target.value)}>
                {kinds.map((candidate) => (
                  <option key={candidate} value={candidate}>
                    {candidate}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t("equipment.serial")}>
            {(control) => <input {...control} required maxLength={128} value={serial} onChange={(event) => setSerial(event.target.value)} autoComplete="off" />}
          </Field>
          <Field label={t("equipment.calibratedOn")}>
            {(control) => <input {...control} type="date" required max={today} value={calibratedOn} onChange={(event) => setCalibratedOn(event.target.value)} />}
          </Field>
          <Field label={t("equipment.validUntil")}>
            {(control) => <input {...control} type="date" required min={calibratedOn} value={validUntil} onChange={(event) => setValidUntil(event.target.value)} />}
          </Field>
          <ErrorNotice error={error} />
          {saved && (
            <p className="notice notice-success form-wide" role="status">
              {t("equipment.saved", { serial: saved })}
            </p>
          )}
          <div className="form-wide">
            <button type="submit" className="button" disabled={busy || !facilityId || !selectedKind}>
              {t("equipment.submit")}
            </button>
          </div>
        </form>
      </section>
    </>
  );
};
