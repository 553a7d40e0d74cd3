import { useI18n } from "../i18n/I18nProvider";

export const Loading = ({ label }: { label?: string }) => {
  const { t } = useI18n();
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t("common.loading")}
    </p>
  );
};
