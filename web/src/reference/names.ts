import type { Lang } from "../i18n/lang";
import type { Product, ProductParameter } from "../api/types";

/** The rulebooks carry names in both languages; pick the reader's. */
export const productName = (product: Product | undefined, lang: Lang, fallback = "") =>
  product ? (lang === "id" ? product.nameId : product.name) : fallback;

export const parameterName = (parameter: ProductParameter, lang: Lang) => (lang === "id" ? parameter.nameId : parameter.name);

