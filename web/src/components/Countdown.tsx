import { useEffect, useState } from "react";
import { useI18n } from "../i18n/I18nProvider";

const remainingMs = (until: string, now: number) => new Date(until).getTime() - now;

export const formatRemaining = (ms: number) => {
  const total = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, "0")}`;
};

/**
 * Time left on a hold, ticking each second. Screen readers are not told every tick (that would be
 * noise); the accessible label carries the deadline instead.
 */
export const Countdown = ({ until, onExpire }: { until: string; onExpire?: () => void }) => {
  const { t } = useI18n();
  const [now, setNow] = useState(() => Date.now());
  const left = remainingMs(until, now);
  const expired = left <= 0;

  // One interval for the whole countdown (not one per tick); it stops when the hold runs out.
  useEffect(() => {
    if (expired) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [expired]);

  useEffect(() => {
    if (expired) onExpire?.();
  }, [expired, onExpire]);

  if (expired) return <span className="countdown countdown-expired">{t("hold.expired")}</span>;
  return (
    <span className={`countdown${left < 5 * 60_000 ? " countdown-soon" : ""}`}>
      <span aria-hidden="true">⏱ </span>
      {t("hold.remaining", { time: formatRemaining(left) })}
    </span>
  );
};
