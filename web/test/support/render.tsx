import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { SessionProvider } from "../../src/auth/SessionProvider";
import { I18nProvider } from "../../src/i18n/I18nProvider";
import type { Lang } from "../../src/i18n/lang";
import { ReferenceProvider } from "../../src/reference/ReferenceProvider";

/** The app's providers around one screen, the way App mounts them. */
export const renderWithApp = (ui: ReactNode, { lang = "id", token }: { lang?: Lang; token?: string } = {}) => {
  if (token) window.localStorage.setItem("fsm.token", token);
  return render(
    <I18nProvider initialLang={lang}>
      <SessionProvider>
        <ReferenceProvider>{ui}</ReferenceProvider>
      </SessionProvider>
    </I18nProvider>,
  );
};
