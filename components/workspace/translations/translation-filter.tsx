"use client";

import { useTranslations } from "next-intl";
import { inputClass, secondaryButtonClass } from "@/components/workspace/form-controls";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";

interface Props {
  action: string;
  original: Locale;
  target: Locale;
  onlyMissing: boolean;
}

/** A plain GET form: the choice lives in the address, so it can be bookmarked and works without scripts. */
export function TranslationFilter({ action, original, target, onlyMissing }: Props) {
  const t = useTranslations("translations");
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-4 rounded border border-slate-300 p-3">
      <div>
        <label htmlFor="translation-lang" className="block text-sm font-medium">
          {t("targetLanguage")}
        </label>
        <select id="translation-lang" name="lang" defaultValue={target} className={`${inputClass} mt-1 w-auto`}>
          {LOCALES.filter((l) => l !== original).map((l) => (
            <option key={l} value={l} lang={l}>
              {LOCALE_NAMES[l]}
            </option>
          ))}
        </select>
      </div>
      <label className="inline-flex items-center gap-2 pb-2">
        <input type="checkbox" name="missing" value="1" defaultChecked={onlyMissing} />
        {t("onlyMissing")}
      </label>
      <button type="submit" className={`${secondaryButtonClass} mb-0.5`}>
        {t("apply")}
      </button>
    </form>
  );
}
