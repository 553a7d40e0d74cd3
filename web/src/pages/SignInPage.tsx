import { useState } from "react";
import { api } from "../api/client";
import { unwrap } from "../api/problem";
import type { Role } from "../api/types";
import { cognitoConfig, startCognitoSignIn } from "../auth/cognito";
import { demoAccounts } from "../auth/demoAccounts";
import { roleHome, useSession } from "../auth/SessionProvider";
import { ErrorNotice } from "../components/ErrorNotice";
import { PageHeader } from "../components/PageHeader";
import { useI18n } from "../i18n/I18nProvider";
import { navigate, useLocation } from "../router/history";

const roleOrder: Role[] = ["buyer", "cooperative", "officer", "ministry"];

/** Only same-site paths: a crafted `next` must not send a freshly signed-in user elsewhere. */
const safeNext = (next: string | null) => (next && next.startsWith("/") && !next.startsWith("//") ? next : null);

export const SignInPage = () => {
  const { t } = useI18n();
  const { session, signIn } = useSession();
  const { search } = useLocation();
  const next = safeNext(search.get("next"));
  const cognito = cognitoConfig();
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<unknown>();

  const devSignIn = async (email: string) => {
    setPending(email);
    setError(undefined);
    try {
      const { token } = await unwrap(api.POST("/auth/dev-login", { body: { email } }));
      const user = await signIn(token);
      navigate(next ?? roleHome[user.role], { replace: true });
    } catch (caught) {
      setError(caught);
      setPending(null);
    }
  };

  return (
    <>
      <PageHeader title={t("signIn.title")} subtitle={cognito ? t("signIn.cognitoLede") : t("signIn.demoLede")} />
      {session.status === "signed-out" && session.expired && (
        <p className="notice notice-warning" role="status">
          {t("signIn.expired")}
        </p>
      )}
      <ErrorNotice error={error} />
      {cognito ? (
        <button type="button" className="button" onClick={() => void startCognitoSignIn(cognito, next ?? "/")}>
          {t("signIn.cognito")}
        </button>
      ) : (
        <div className="account-groups">
          {roleOrder.map((role) => (
            <section key={role} className="card" aria-labelledby={`accounts-${role}`}>
              <h2 id={`accounts-${role}`}>{t(`role.${role}`)}</h2>
              <p className="muted">{t(`signIn.roleHint.${role}`)}</p>
              <ul className="account-list">
                {demoAccounts
                  .filter((account) => account.role === role)
                  .map((account) => (
                    <li key={account.email}>
                      <button
                        type="button"
                        className="account-button"
                        disabled={pending !== null}
                        aria-busy={pending === account.email}
                        onClick={() => void devSignIn(account.email)}
                      >
                        {account.email}
                      </button>
                    </li>
                  ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </>
  );
};
