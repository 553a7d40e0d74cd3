import type { ReactNode } from "react";
import type { Role } from "../api/types";
import { useSession } from "../auth/SessionProvider";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/id";
import { useLocation } from "../router/history";
import { Link } from "../router/Link";
import { LanguageSwitch } from "./LanguageSwitch";
import { UserBadge } from "./UserBadge";

const navByRole: Record<Role | "public", { to: string; label: MessageKey }[]> = {
  public: [{ to: "/catalog", label: "nav.catalog" }],
  buyer: [
    { to: "/catalog", label: "nav.catalog" },
    { to: "/buyer/orders/new", label: "nav.newOrder" },
    { to: "/buyer/orders", label: "nav.myOrders" },
  ],
  cooperative: [
    { to: "/cooperative/batches", label: "nav.myBatches" },
    { to: "/cooperative/batches/new", label: "nav.newBatch" },
    { to: "/cooperative/certificates", label: "nav.certificates" },
    { to: "/cooperative/allocations", label: "nav.allocations" },
  ],
  officer: [
    { to: "/officer/inspections", label: "nav.inspections" },
    { to: "/officer/equipment", label: "nav.equipment" },
    { to: "/officer/retest", label: "nav.retest" },
  ],
  ministry: [
    { to: "/ministry", label: "nav.dashboard" },
    { to: "/catalog", label: "nav.catalog" },
  ],
};

export const Layout = ({ children }: { children: ReactNode }) => {
  const { t } = useI18n();
  const { session } = useSession();
  const { pathname } = useLocation();
  const nav = navByRole[session.status === "signed-in" ? session.user.role : "public"];
  // The most specific item containing the path is current ("/buyer/orders/new" is not "/buyer/orders").
  const current = nav
    .filter((item) => pathname === item.to || pathname.startsWith(`${item.to}/`))
    .sort((a, b) => b.to.length - a.to.length)[0]?.to;
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <header className="app-header">
        <div className="header-inner">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              ✓
            </span>
            <span className="brand-text">
              <span className="brand-name">{t("app.name")}</span>
              <span className="brand-tagline">{t("app.tagline")}</span>
            </span>
          </Link>
          <div className="header-tools">
            <LanguageSwitch />
            {session.status === "signed-in" ? (
              <UserBadge />
            ) : (
              <Link to="/signin" className="button button-small">
                {t("nav.signIn")}
              </Link>
            )}
          </div>
        </div>
        <nav className="app-nav" aria-label={t("nav.main")}>
          <ul>
            {nav.map((item) => (
              <li key={item.to}>
                <Link to={item.to} aria-current={item.to === current ? "page" : undefined}>
                  {t(item.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="app-footer">
        <p>{t("app.footer")}</p>
      </footer>
    </div>
  );
};
