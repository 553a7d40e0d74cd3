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
          title={labels[option]}
          onClick={() => setLang(option)}
        >
          {/* Short on screen, the language's full name for screen readers and voice control. */}
          <span aria-hidden="true">{short[option]}</span>
          <span className="visually-hidden">{labels[option]}</span>
        </button>
      ))}
    </div>
  );
};
