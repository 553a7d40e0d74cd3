import { useEffect, useState } from "react";
import { api } from "../api/client";
import { unwrap } from "../api/problem";
import type { Order } from "../api/types";
import { useResource } from "../api/useResource";
import { ErrorNotice } from "../components/ErrorNotice";
import { Loading } from "../components/Loading";
import { PageHeader } from "../components/PageHeader";
import { OrderStatusBadge } from "../components/StatusBadge";
import { useI18n } from "../i18n/I18nProvider";
import { provinceName } from "../i18n/provinces";
import { useFormat } from "../i18n/useFormat";
import { parameterName, productName } from "../reference/names";
import { useReference } from "../reference/ReferenceProvider";
import type { PageProps } from "../routes";
import { Link } from "../router/Link";
import { AllocationsTable } from "./AllocationsTable";

const settled = new Set<Order["status"]>(["fulfilled", "cancelled", "expired"]);

export const OrderPage = ({ params }: PageProps) => {
  const { t, lang } = useI18n();
  const format = useFormat();
  const reference = useReference();
  const id = params.id ?? "";
  const order = useResource(() => unwrap(api.GET("/orders/{id}", { params: { path: { id } } })), [id]);
  const [busy, setBusy] = useState<"confirm" | "cancel" | null>(null);
  const [actionError, setActionError] = useState<unknown>();

  // Holds expire, open orders get re-matched and shipments move: keep a live order fresh.
  const status = order.data?.status;
  useEffect(() => {
    if (!status || settled.has(status)) return;
    const timer = window.setInterval(() => void order.reload(), 15_000);
    return () => window.clearInterval(timer);
  }, [status, order.reload]);

  if (order.error && !order.data) return <ErrorNotice error={order.error} onRetry={() => void order.reload()} />;
  if (!order.data) return <Loading />;
  const data = order.data;
  const product = reference.product(data.productId);
  const unit = product?.unit ?? "";
  const held = data.allocations.filter((allocation) => allocation.status === "held");
  const canConfirm = (data.status === "held" || data.status === "partially-held") && held.length > 0;
  const canCancel = !settled.has(data.status) && data.status !== "confirmed";
  const blendedParameter = product?.parameters.find((parameter) => parameter.key === data.blended.parameter);
  const blendedName = blendedParameter ? parameterName(blendedParameter, lang) : data.blended.parameter;

  const act = async (action: "confirm" | "cancel") => {
    if (action === "cancel" && !window.confirm(t("order.cancelConfirm"))) return;
    setBusy(action);
    setActionError(undefined);
    try {
      const path = { params: { path: { id } } };
      await unwrap(action === "confirm" ? api.POST("/orders/{id}/confirmation", path) : api.POST("/orders/{id}/cancellation", path));
      await order.reload();
    } catch (caught) {
      setActionError(caught);
      await order.reload();
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <PageHeader
        title={t("order.title", { product: productName(product, lang, data.productId) })}
        subtitle={
          <>
            <code>{data.id}</code> · {format.dateTime(data.createdAt)}
          </>
        }
        actions={<OrderStatusBadge status={data.status} />}
      />
      <p>
        <Link to="/buyer/orders">← {t("nav.myOrders")}</Link>
      </p>
      <div className="split">
        <section className="card" aria-labelledby="order-facts">
          <h2 id="order-facts">{t("order.details")}</h2>
          <dl className="facts facts-compact">
            <div>
              <dt>{t("field.quantity")}</dt>
              <dd>{format.quantity(data.quantity, unit)}</dd>
            </div>
            <div>
              <dt>{t("field.held")}</dt>
              <dd>{format.quantity(data.heldQuantity, unit)}</dd>
            </div>
            <div>
              <dt>{t("field.minGrade")}</dt>
              <dd>{data.minGrade}</dd>
            </div>
            <div>
              <dt>{t("field.maxUnitPrice")}</dt>
              <dd>{format.money(data.maxUnitPriceIdr)}</dd>
            </div>
            <div>
              <dt>{t("field.deliverBy")}</dt>
              <dd>{format.date(data.deliverBy)}</dd>
            </div>
            <div>
              <dt>{t("field.destination")}</dt>
              <dd>{provinceName(data.destinationProvince)}</dd>
            </div>
            {data.blended.value !== null && (
              <div>
                <dt>{t("order.blended", { parameter: blendedName })}</dt>
                <dd>
                  {format.number(Math.round(data.blended.value * 100) / 100)}
                  {data.blended.retestRequired && <span className="block warning-text small">{t("order.retest", { threshold: format.number(data.blended.nearestThreshold ?? 0) })}</span>}
                  {data.pooledCertificateId && (
                    <span className="block small">
                      <Link to={`/certificates/${encodeURIComponent(data.pooledCertificateId)}`}>{t("order.pooledCertificate")}</Link>
                    </span>
                  )}
                </dd>
              </div>
            )}
          </dl>
        </section>
        <section className="card summary" aria-labelledby="order-totals">
          <h2 id="order-totals">{t("order.totals")}</h2>
          <dl className="summary-lines">
            <div>
              <dt>{t("order.summary.goods")}</dt>
              <dd>{format.money(data.goodsIdr)}</dd>
            </div>
            <div>
              <dt>{t("order.summary.freight")}</dt>
              <dd>{format.money(data.freightIdr)}</dd>
            </div>
            <div className="summary-total">
              <dt>{t("order.summary.total")}</dt>
              <dd>{format.money(data.totalIdr)}</dd>
            </div>
          </dl>
          <p className="muted small">{t(`order.explain.${data.status}`)}</p>
          <ErrorNotice error={actionError} />
          <div className="button-row">
            {canConfirm && (
              <button type="button" className="button" disabled={busy !== null} onClick={() => void act("confirm")}>
                {busy === "confirm" ? t("common.working") : t("order.confirm")}
              </button>
            )}
            {canCancel && (
              <button type="button" className="button button-secondary" disabled={busy !== null} onClick={() => void act("cancel")}>
                {busy === "cancel" ? t("common.working") : t("order.cancel")}
              </button>
            )}
          </div>
        </section>
      </div>
      <section aria-labelledby="allocations-heading">
        <h2 id="allocations-heading">{t("order.allocations")}</h2>
        <AllocationsTable order={data} unit={unit} onChanged={() => void order.reload()} />
      </section>
    </>
  );
};
