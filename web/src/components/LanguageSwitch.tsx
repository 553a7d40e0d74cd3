import { useI18n } from "../i18n/I18nProvider";
import { languages } from "../i18n/lang";

const labels = { id: "Bahasa Indonesia", en: "English" } as const;
const short = { id: "ID", en: "EN" } as const;

export const LanguageSwitch = () => {
  const { lang, setLang, t } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t("nav.language")}>
      {languages.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={lang === option}
          aria-label={labels[option]}
          title={labels[option]}
          onClick={() => setLang(option)}
        >
          {short[option]}
        </button>
      ))}
    </div>
  );
};
