import { api } from "../api/client";
import { unwrap } from "../api/problem";
import { useResource } from "../api/useResource";
import { ErrorNotice } from "../components/ErrorNotice";
import { Loading } from "../components/Loading";
import { PageHeader } from "../components/PageHeader";
import { OrderStatusBadge } from "../components/StatusBadge";
import { useI18n } from "../i18n/I18nProvider";
import { provinceName } from "../i18n/provinces";
import { useFormat } from "../i18n/useFormat";
import { productName } from "../reference/names";
import { useReference } from "../reference/ReferenceProvider";
import { Link } from "../router/Link";

export const OrdersPage = () => {
  const { t, lang } = useI18n();
  const format = useFormat();
  const reference = useReference();
  const orders = useResource(() => unwrap(api.GET("/orders")), []);
  return (
    <>
      <PageHeader
        title={t("nav.myOrders")}
        actions={
          <Link to="/buyer/orders/new" className="button">
            {t("nav.newOrder")}
          </Link>
        }
      />
      <ErrorNotice error={orders.error} onRetry={() => void orders.reload()} />
      {!orders.data ? (
        !orders.error && <Loading />
      ) : orders.data.length === 0 ? (
        <p className="empty">{t("orders.empty")}</p>
      ) : (
        <table className="table table-stack">
          <thead>
            <tr>
              <th scope="col">{t("field.order")}</th>
              <th scope="col">{t("field.product")}</th>
              <th scope="col" className="num">{t("field.quantity")}</th>
              <th scope="col">{t("field.destination")}</th>
              <th scope="col" className="num">{t("order.summary.total")}</th>
              <th scope="col">{t("field.status")}</th>
            </tr>
          </thead>
          <tbody>
            {orders.data.map((order) => {
              const product = reference.product(order.productId);
              return (
                <tr key={order.id}>
                  <td data-label={t("field.order")}>
                    <Link to={`/buyer/orders/${encodeURIComponent(order.id)}`}>{format.dateTime(order.createdAt)}</Link>
                    <span className="muted block">
                      <code>{order.id}</code>
                    </span>
                  </td>
                  <td data-label={t("field.product")}>
                    {productName(product, lang, order.productId)} · {order.minGrade}
                  </td>
                  <td data-label={t("field.quantity")} className="num">
                    {format.quantity(order.quantity, product?.unit ?? "")}
                  </td>
                  <td data-label={t("field.destination")}>{provinceName(order.destinationProvince)}</td>
                  <td data-label={t("order.summary.total")} className="num">
                    {format.money(order.totalIdr)}
                  </td>
                  <td data-label={t("field.status")}>
                    <OrderStatusBadge status={order.status} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
};
