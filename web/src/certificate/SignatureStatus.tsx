import { api } from "../api/client";
import { unwrap } from "../api/problem";
import type { Certificate } from "../api/types";
import { useResource } from "../api/useResource";
import { useI18n } from "../i18n/I18nProvider";
import { verifyCertificateSignature } from "./verify";

/** Says, in words, whether this browser verified the signature itself and what the status means. */
export const SignatureStatus = ({ certificate }: { certificate: Certificate }) => {
  const { t } = useI18n();
  const check = useResource(async () => {
    const jwks = await unwrap(api.GET("/.well-known/jwks.json"));
    return verifyCertificateSignature(certificate, jwks);
  }, [certificate.id, certificate.jws]);

  if (check.loading && !check.data) {
    return (
      <p className="verification verification-pending" role="status">
        {t("verify.checking")}
      </p>
    );
  }
  if (check.error || !check.data) {
    return (
      <p className="verification verification-failed" role="status">
        {t("verify.unavailable")}
      </p>
    );
  }
  const result = check.data;
  if (result.outcome === "invalid") {
    return (
      <div className="verification verification-failed" role="status">
        <p className="verification-title">✗ {t("verify.invalid")}</p>
        <p>{t(`verify.reason.${result.reason}`)}</p>
      </div>
    );
  }
  if (result.outcome === "mismatch") {
    return (
      <div className="verification verification-failed" role="status">
        <p className="verification-title">✗ {t("verify.mismatch")}</p>
        <p>{t("verify.mismatchField", { field: result.field })}</p>
      </div>
    );
  }
  const good = certificate.status === "valid";
  return (
    <div className={`verification ${good ? "verification-ok" : "verification-warning"}`} role="status">
      <p className="verification-title">
        {good ? "✓" : "!"} {good ? t("verify.ok") : t("verify.okButNotValid")}
      </p>
      <p>{t("verify.how", { kid: result.keyId ?? "—" })}</p>
    </div>
  );
};
