"use client";

import { useTranslations } from "next-intl";

/** What publishing makes public, listed in the confirmation before the secretariat publishes. */
export function PublishSummary({ itemCount, slotCount }: { itemCount: number; slotCount: number }) {
  const t = useTranslations("admin.lifecycle");
  return (
    <div className="mt-3">
      <p className="font-medium">{t("becomesPublic")}</p>
      <ul className="mt-1 list-disc ps-6 text-sm">
        <li>{t("publicAgenda", { count: itemCount })}</li>
        <li>{t("publicWork", { count: slotCount })}</li>
        <li>{t("publicDocuments")}</li>
      </ul>
    </div>
  );
}
