import { PageHeader } from "../components/PageHeader";
import { useI18n } from "../i18n/I18nProvider";
import { Link } from "../router/Link";

export const NotFoundPage = () => {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t("notFound.title")} subtitle={t("notFound.body")} />
      <Link to="/">{t("notFound.home")}</Link>
    </>
  );
};

export const ForbiddenPage = () => {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t("forbidden.title")} subtitle={t("forbidden.body")} />
      <Link to="/">{t("notFound.home")}</Link>
    </>
  );
};
