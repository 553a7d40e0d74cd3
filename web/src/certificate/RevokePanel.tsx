import { useState, type FormEvent } from "react";
import { api } from "../api/client";
import { unwrap } from "../api/problem";
import type { Certificate } from "../api/types";
import { useSession } from "../auth/SessionProvider";
import { ErrorNotice } from "../components/ErrorNotice";
import { Field } from "../components/Field";
import { useI18n } from "../i18n/I18nProvider";
import { useReference } from "../reference/ReferenceProvider";

/** Only the quality unit of the certificate's facility sees this; the API enforces it either way. */
export const RevokePanel = ({ certificate, onRevoked }: { certificate: Certificate; onRevoked: () => void }) => {
  const { t } = useI18n();
  const { session } = useSession();
  const reference = useReference();
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const facility = reference.facility(certificate.facilityId);
  const mayRevoke =
    session.status === "signed-in" && session.user.role === "officer" && facility?.qualityUnitId === session.user.orgId && certificate.status === "valid";
  if (!mayRevoke) return null;

  const revoke = async (event: FormEvent) => {
    event.preventDefault();
    if (!window.confirm(t("revoke.confirm"))) return;
    setBusy(true);
    setError(undefined);
    try {
      await unwrap(api.POST("/certificates/{id}/revocation", { params: { path: { id: certificate.id } }, body: { reason: reason.trim() } }));
      onRevoked();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card danger-zone no-print" aria-labelledby="revoke-heading">
      <h2 id="revoke-heading">{t("revoke.title")}</h2>
      <p>{t("revoke.body")}</p>
      <form onSubmit={(event) => void revoke(event)}>
        <Field label={t("revoke.reason")}>
          {(control) => <textarea {...control} required minLength={3} maxLength={1000} rows={3} value={reason} onChange={(event) => setReason(event.target.value)} />}
        </Field>
        <ErrorNotice error={error} />
        <button type="submit" className="button button-danger" disabled={busy || reason.trim().length < 3}>
          {t("revoke.submit")}
        </button>
      </form>
    </section>
  );
};
