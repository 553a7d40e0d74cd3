import { useSession, useUser } from "../auth/SessionProvider";
import { useI18n } from "../i18n/I18nProvider";
import { orgLabel } from "../reference/names";

/** Who is signed in and for which organisation: people act for their org, so both are always visible. */
export const UserBadge = () => {
  const { t } = useI18n();
  const { signOut } = useSession();
  const user = useUser();
  return (
    <div className="user-badge">
      <span className="user-text">
        <span className="user-email">{user.email}</span>
        <span className="user-org">
          {t(`role.${user.role}`)} · {orgLabel(user.orgId)}
        </span>
      </span>
      <button type="button" className="button button-small button-ghost" onClick={signOut}>
        {t("nav.signOut")}
      </button>
    </div>
  );
};
