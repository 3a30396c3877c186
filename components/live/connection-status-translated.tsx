"use client";

import { useTranslations } from "next-intl";
import { ConnectionStatusView } from "./connection-status";

/** The same, with its words from the page's message catalogue (workspace and console). */
export function ConnectionStatus({ className = "" }: { className?: string }) {
  const t = useTranslations("live");
  return <ConnectionStatusView labels={{ live: t("live"), reconnecting: t("reconnecting") }} className={className} />;
}
