import { useEffect, useState, type FormEvent } from "react";
import { api } from "../api/client";
import { unwrap } from "../api/problem";
import type { CatalogItem } from "../api/types";
import { useResource } from "../api/useResource";
import { useSession } from "../auth/SessionProvider";
import { ErrorNotice } from "../components/ErrorNotice";
import { Field } from "../components/Field";
import { Loading } from "../components/Loading";
import { PageHeader } from "../components/PageHeader";
import { GradeBadge } from "../components/StatusBadge";
import { useI18n } from "../i18n/I18nProvider";
import { provinceCodes, provinceName } from "../i18n/provinces";
import { useFormat } from "../i18n/useFormat";
import { productName } from "../reference/names";
import { useReference } from "../reference/ReferenceProvider";
import { navigate, useLocation } from "../router/history";
import { Link } from "../router/Link";

interface Filters {
  productId: string;
  minGrade: string;
  province: string;
  minQuantity: string;
}

const filtersFrom = (search: URLSearchParams): Filters => ({
  productId: search.get("productId") ?? "",
  minGrade: search.get("minGrade") ?? "",
  province: search.get("province") ?? "",
  minQuantity: search.get("minQuantity") ?? "",
});

/** Filters live in the URL, so a filtered catalog can be bookmarked or sent to a colleague. */
const searchOf = (filters: Filters) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `/catalog?${query}` : "/catalog";
};

export const CatalogPage = () => {
  const { t, lang } = useI18n();
  const format = useFormat();
  const reference = useReference();
  const { session } = useSession();
  const { search } = useLocation();
  const applied = filtersFrom(search);
  const [draft, setDraft] = useState<Filters>(applied);
  const [extra, setExtra] = useState<{ items: CatalogItem[]; cursor: string | null } | null>(null);
  const [moreError, setMoreError] = useState<unknown>();
  const appliedKey = searchOf(applied);

  const query = (cursor?: string) => ({
    productId: applied.productId || undefined,
    minGrade: applied.productId && applied.minGrade ? applied.minGrade : undefined,
    province: applied.province || undefined,
    minQuantity: applied.minQuantity ? Number(applied.minQuantity) : undefined,
    limit: 20,
    cursor,
  });

  const page = useResource(() => unwrap(api.GET("/catalog", { params: { query: query() } })), [appliedKey]);

  useEffect(() => {
    setDraft(filtersFrom(new URLSearchParams(appliedKey.split("?")[1] ?? "")));
    setExtra(null);
  }, [appliedKey]);

  const items = [...(page.data?.items ?? []), ...(extra?.items ?? [])];
  const cursor = extra ? extra.cursor : (page.data?.cursor ?? null);
  const selectedProduct = reference.product(draft.productId);
  const isBuyer = session.status === "signed-in" && session.user.role === "buyer";

  const apply = (event: FormEvent) => {
    event.preventDefault();
    navigate(searchOf(draft));
  };

  const loadMore = async () => {
    if (!cursor) return;
    setMoreError(undefined);
    try {
      const next = await unwrap(api.GET("/catalog", { params: { query: query(cursor) } }));
      setExtra({ items: [...(extra?.items ?? []), ...next.items], cursor: next.cursor });
    } catch (caught) {
      setMoreError(caught);
    }
  };

  const orderLink = (item: CatalogItem) =>
    `/buyer/orders/new?${new URLSearchParams({ productId: item.productId, minGrade: item.grade }).toString()}`;

  return (
    <>
      <PageHeader title={t("catalog.title")} subtitle={t("catalog.lede")} />
      <form className="filters card" onSubmit={apply} aria-label={t("catalog.filters")}>
        <Field label={t("field.product")}>
          {(control) => (
            <select {...control} value={draft.productId} onChange={(event) => setDraft({ ...draft, productId: event.target.value, minGrade: "" })}>
              <option value="">{t("catalog.anyProduct")}</option>
              {reference.products.map((product) => (
                <option key={product.id} value={product.id}>
                  {productName(product, lang)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("field.minGrade")} hint={selectedProduct ? undefined : t("catalog.gradeNeedsProduct")}>
          {(control) => (
            <select {...control} value={draft.minGrade} disabled={!selectedProduct} onChange={(event) => setDraft({ ...draft, minGrade: event.target.value })}>
              <option value="">{t("catalog.anyGrade")}</option>
              {selectedProduct?.grades.map((grade) => (
                <option key={grade} value={grade}>
                  {grade}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("field.province")}>
          {(control) => (
            <select {...control} value={draft.province} onChange={(event) => setDraft({ ...draft, province: event.target.value })}>
              <option value="">{t("catalog.anyProvince")}</option>
              {provinceCodes.map((code) => (
                <option key={code} value={code}>
                  {provinceName(code)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("field.minQuantity")}>
          {(control) => (
            <input {...control} type="number" inputMode="numeric" min={1} step={1} value={draft.minQuantity} onChange={(event) => setDraft({ ...draft, minQuantity: event.target.value })} />
          )}
        </Field>
        <div className="filters-actions">
          <button type="submit" className="button">
            {t("action.search")}
          </button>
        </div>
      </form>

      <ErrorNotice error={page.error} onRetry={() => void page.reload()} />
      {page.loading && !page.data ? (
        <Loading />
      ) : (
        <section aria-live="polite" aria-busy={page.loading}>
          <p className="result-count">{t("catalog.count", { count: items.length })}</p>
          {items.length === 0 ? (
            <p className="empty">{t("catalog.empty")}</p>
          ) : (
            <table className="table table-stack">
              <caption className="visually-hidden">{t("catalog.title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("field.product")}</th>
                  <th scope="col">{t("field.grade")}</th>
                  <th scope="col" className="num">{t("field.available")}</th>
                  <th scope="col" className="num">{t("field.unitPrice")}</th>
                  <th scope="col">{t("field.facility")}</th>
                  <th scope="col">{t("field.bestBefore")}</th>
                  <th scope="col">{t("field.certificate")}</th>
                  {isBuyer && <th scope="col"><span className="visually-hidden">{t("common.actions")}</span></th>}
                </tr>
              </thead>
              <tbody>
                {items.map((item) => {
                  const product = reference.product(item.productId);
                  const facility = reference.facility(item.facilityId);
                  return (
                    <tr key={item.batchId}>
                      <td data-label={t("field.product")}>{productName(product, lang, item.productId)}</td>
                      <td data-label={t("field.grade")}>
                        <GradeBadge grade={item.grade} />
                      </td>
                      <td data-label={t("field.available")} className="num">
                        {format.quantity(item.available, product?.unit ?? "")}
                      </td>
                      <td data-label={t("field.unitPrice")} className="num">
                        {format.money(item.unitPriceIdr)}
                      </td>
                      <td data-label={t("field.facility")}>
                        {facility?.name ?? item.facilityId}
                        <span className="muted block">{provinceName(item.province)}</span>
                      </td>
                      <td data-label={t("field.bestBefore")}>{item.bestBefore ? format.date(item.bestBefore) : "—"}</td>
                      <td data-label={t("field.certificate")}>
                        <Link to={`/certificates/${encodeURIComponent(item.certificateId)}`}>{t("catalog.viewCertificate")}</Link>
                      </td>
                      {isBuyer && (
                        <td>
                          <Link className="button button-small" to={orderLink(item)}>
                            {t("catalog.order")}
                          </Link>
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          <ErrorNotice error={moreError} />
          {cursor && (
            <button type="button" className="button button-secondary" onClick={() => void loadMore()}>
              {t("catalog.more")}
            </button>
          )}
        </section>
      )}
    </>
  );
};
