import { useSession, useUser } from "../auth/SessionProvider";
import { useI18n } from "../i18n/I18nProvider";
import { useReference } from "../reference/ReferenceProvider";

/** Who is signed in and for which organisation: people act for their org, so both are always visible. */
export const UserBadge = () => {
  const { t } = useI18n();
  const { signOut } = useSession();
  const user = useUser();
  const reference = useReference();
  return (
    <div className="user-badge">
      <span className="user-text">
        <span className="user-email">{user.email}</span>
        <span className="user-org">
          {t(`role.${user.role}`)} · {reference.orgName(user.orgId)}
        </span>
      </span>
      <button type="button" className="button button-small button-ghost" onClick={signOut}>
        {t("nav.signOut")}
      </button>
    </div>
  );
};
