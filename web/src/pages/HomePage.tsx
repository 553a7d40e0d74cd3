import { useState, type FormEvent } from "react";
import { roleHome, useSession } from "../auth/SessionProvider";
import { Field } from "../components/Field";
import { PageHeader } from "../components/PageHeader";
import { useI18n } from "../i18n/I18nProvider";
import { navigate } from "../router/history";
import { Link } from "../router/Link";

/** The front door: what the market is, where each role starts, and a certificate check for anyone. */
export const HomePage = () => {
  const { t } = useI18n();
  const { session } = useSession();
  const [certificateId, setCertificateId] = useState("");

  const openCertificate = (event: FormEvent) => {
    event.preventDefault();
    const id = certificateId.trim();
    if (id) navigate(`/certificates/${encodeURIComponent(id)}`);
  };

  return (
    <>
      <PageHeader title={t("home.title")} subtitle={t("home.lede")} />
      <div className="hero-actions">
        <Link to="/catalog" className="button">
          {t("home.browse")}
        </Link>
        {session.status === "signed-in" ? (
          <Link to={roleHome[session.user.role]} className="button button-secondary">
            {t("home.myWork")}
          </Link>
        ) : (
          <Link to="/signin" className="button button-secondary">
            {t("nav.signIn")}
          </Link>
        )}
      </div>
      <ol className="steps">
        <li className="card">
          <h2>{t("home.step1.title")}</h2>
          <p>{t("home.step1.body")}</p>
        </li>
        <li className="card">
          <h2>{t("home.step2.title")}</h2>
          <p>{t("home.step2.body")}</p>
        </li>
        <li className="card">
          <h2>{t("home.step3.title")}</h2>
          <p>{t("home.step3.body")}</p>
        </li>
      </ol>
      <section className="card" aria-labelledby="verify-heading">
        <h2 id="verify-heading">{t("home.verify.title")}</h2>
        <p>{t("home.verify.body")}</p>
        <form className="inline-form" onSubmit={openCertificate}>
          <Field label={t("home.verify.label")}>
            {(control) => <input {...control} value={certificateId} onChange={(event) => setCertificateId(event.target.value)} autoComplete="off" />}
          </Field>
          <button type="submit" className="button">
            {t("home.verify.submit")}
          </button>
        </form>
      </section>
    </>
  );
};
