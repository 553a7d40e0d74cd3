import { ApiError } from "../api/problem";
import { useI18n, type Translate } from "../i18n/I18nProvider";

/** A sentence for the person, by status; the API's own detail follows it for the specifics. */
export const describeError = (error: unknown, t: Translate): { title: string; detail?: string } => {
  if (error instanceof ApiError) {
    const title =
      error.status === 400 ? t("error.400")
      : error.status === 401 ? t("error.401")
      : error.status === 403 ? t("error.403")
      : error.status === 404 ? t("error.404")
      : error.status === 409 ? t("error.409")
      : error.status === 422 ? t("error.422")
      : error.status === 503 ? t("error.503")
      : t("error.generic");
    const detail = error.problem?.detail;
    return { title, detail: detail && detail !== title ? detail : undefined };
  }
  if (error instanceof TypeError) return { title: t("error.network") };
  return { title: t("error.generic"), detail: error instanceof Error ? error.message : undefined };
};

export const ErrorNotice = ({ error, onRetry }: { error: unknown; onRetry?: () => void }) => {
  const { t } = useI18n();
  if (!error) return null;
  const { title, detail } = describeError(error, t);
  const fields = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{title}</p>
      {detail && <p>{detail}</p>}
      {fields.length > 0 && (
        <ul>
          {fields.map((field) => (
            <li key={field.path}>
              <code>{field.path}</code>: {field.message}
            </li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" className="button button-small" onClick={onRetry}>
          {t("action.retry")}
        </button>
      )}
    </div>
  );
};
