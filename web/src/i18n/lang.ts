export const languages = ["id", "en"] as const;
export type Lang = (typeof languages)[number];

/** Bahasa Indonesia first: most users are Indonesian cooperatives, officers and buyers. */
export const defaultLang: Lang = "id";

export const isLang = (value: unknown): value is Lang => languages.includes(value as Lang);
