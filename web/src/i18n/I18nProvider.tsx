import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { en } from "./en";
import { id, type MessageKey, type Messages } from "./id";
import { defaultLang, isLang, type Lang } from "./lang";

const dictionaries: Record<Lang, Messages> = { id, en };
const storageKey = "fsm.lang";

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
}

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export const interpolate = (template: string, values?: Record<string, string | number>) =>
  values ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole)) : template;

export const translator =
  (lang: Lang): Translate =>
  (key, values) =>
    interpolate(dictionaries[lang][key], values);

const I18nContext = createContext<I18n | null>(null);

const storedLang = (): Lang => {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return isLang(stored) ? stored : defaultLang;
  } catch {
    return defaultLang;
  }
};

export const I18nProvider = ({ children, initialLang }: { children: ReactNode; initialLang?: Lang }) => {
  const [lang, setLangState] = useState<Lang>(() => initialLang ?? storedLang());

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      window.localStorage.setItem(storageKey, next);
    } catch {
      // Private browsing may refuse storage; the choice then lasts for this visit only.
    }
  }, []);

  useEffect(() => {
    // Screen readers pick their voice from <html lang>.
    document.documentElement.lang = lang;
  }, [lang]);

  const value = useMemo(() => ({ lang, setLang, t: translator(lang) }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
};

export const useI18n = (): I18n => {
  const context = useContext(I18nContext);
  if (!context) throw new Error("useI18n outside I18nProvider");
  return context;
};
