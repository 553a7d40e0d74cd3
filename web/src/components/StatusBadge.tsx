import type { AllocationStatus, BatchStatus, CertificateStatus, OrderStatus } from "../api/types";
import { useI18n } from "../i18n/I18nProvider";

type Tone = "neutral" | "info" | "success" | "warning" | "danger";

const batchTone: Record<BatchStatus, Tone> = {
  draft: "neutral",
  "awaiting-inspection": "info",
  listed: "success",
  rejected: "danger",
  "sold-out": "neutral",
  withdrawn: "neutral",
  delisted: "danger",
};
const orderTone: Record<OrderStatus, Tone> = {
  open: "info",
  "partially-held": "warning",
  held: "warning",
  confirmed: "info",
  fulfilled: "success",
  cancelled: "neutral",
  expired: "danger",
};
const allocationTone: Record<AllocationStatus, Tone> = {
  held: "warning",
  confirmed: "info",
  shipped: "info",
  delivered: "success",
  released: "neutral",
};
const certificateTone: Record<CertificateStatus, Tone> = { valid: "success", revoked: "danger", expired: "warning" };

const Badge = ({ tone, label }: { tone: Tone; label: string }) => <span className={`badge badge-${tone}`}>{label}</span>;

export const BatchStatusBadge = ({ status }: { status: BatchStatus }) => {
  const { t } = useI18n();
  return <Badge tone={batchTone[status]} label={t(`batchStatus.${status}`)} />;
};

export const OrderStatusBadge = ({ status }: { status: OrderStatus }) => {
  const { t } = useI18n();
  return <Badge tone={orderTone[status]} label={t(`orderStatus.${status}`)} />;
};

export const AllocationStatusBadge = ({ status }: { status: AllocationStatus }) => {
  const { t } = useI18n();
  return <Badge tone={allocationTone[status]} label={t(`allocationStatus.${status}`)} />;
};

export const CertificateStatusBadge = ({ status }: { status: CertificateStatus }) => {
  const { t } = useI18n();
  return <Badge tone={certificateTone[status]} label={t(`certificateStatus.${status}`)} />;
};

export const GradeBadge = ({ grade }: { grade: string | null | undefined }) => {
  const { t } = useI18n();
  return grade ? <span className="grade">{grade}</span> : <span className="grade grade-none">{t("grade.none")}</span>;
};
