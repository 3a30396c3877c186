"use client";

import { useTranslations } from "next-intl";
import { inputClass, secondaryButtonClass } from "@/components/workspace/form-controls";
import type { HistoryItemOption } from "@/lib/history/data";
import { pickText } from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/locales";

interface Props {
  action: string;
  items: HistoryItemOption[];
  selected: string | null;
  locale: Locale;
  originalLanguage: Locale;
}

/** A GET form, so a filtered history has its own address. */
export function HistoryFilter({ action, items, selected, locale, originalLanguage }: Props) {
  const t = useTranslations("history");
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3 rounded border border-slate-300 p-3">
      <div className="min-w-0 flex-1">
        <label htmlFor="history-item" className="block text-sm font-medium">
          {t("filterLabel")}
        </label>
        <select id="history-item" name="item" defaultValue={selected ?? ""} className={`${inputClass} mt-1`}>
          <option value="">{t("allItems")}</option>
          {items.map((item) => (
            <option key={item.id} value={item.id}>
              {`${item.number} ${pickText(item.title, locale, originalLanguage)?.text ?? ""}`.slice(0, 120)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={`${secondaryButtonClass} mb-0.5`}>
        {t("filter")}
      </button>
    </form>
  );
}
