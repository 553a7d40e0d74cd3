import { SessionProvider } from "./auth/SessionProvider";
import { Layout } from "./components/Layout";
import { I18nProvider } from "./i18n/I18nProvider";
import { ReferenceProvider } from "./reference/ReferenceProvider";
import { Router } from "./Router";

export const App = () => (
  <I18nProvider>
    <SessionProvider>
      <ReferenceProvider>
        <Layout>
          <Router />
        </Layout>
      </ReferenceProvider>
    </SessionProvider>
  </I18nProvider>
);
