"use client";

import { useLocale, useTranslations } from "next-intl";
import { inputClass } from "@/components/workspace/form-controls";
import { languageName, LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";
import type { DocumentFormValues } from "./form-values";

interface Props {
  versions: DocumentFormValues["versions"];
  onChange: (lang: Locale, version: { exists: boolean; url: string }) => void;
  /** Field errors of the last save, keyed by path ("document.versions.en.url"). */
  fieldError: (path: string) => string | undefined;
}

/** One row per official language: whether that version is issued, and where to read it. */
export function LanguageVersionsTable({ versions, onChange, fieldError }: Props) {
  const t = useTranslations("documentsAdmin.form");
  const tf = useTranslations("errors.fields");
  const locale = useLocale();
  return (
    <fieldset>
      <legend className="font-medium">{t("versions")}</legend>
      <p id="versions-hint" className="text-sm text-slate-600">
        {t("versionsHint")}
      </p>
      <table className="mt-2 w-full border-collapse text-sm">
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-1 pe-3 text-start">
              {t("language")}
            </th>
            <th scope="col" className="py-1 pe-3 text-start">
              {t("exists")}
            </th>
            <th scope="col" className="py-1 text-start">
              {t("link")}
            </th>
          </tr>
        </thead>
        <tbody>
          {LOCALES.map((lang) => {
            const version = versions[lang];
            const name = languageName(locale, lang);
            const error = fieldError(`document.versions.${lang}.url`);
            const errorId = `version-${lang}-error`;
            return (
              <tr key={lang} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-2 pe-3 text-start font-normal">
                  {name}
                  {LOCALE_NAMES[lang] !== name && (
                    <span lang={lang} className="ms-2 text-slate-500">
                      {LOCALE_NAMES[lang]}
                    </span>
                  )}
                </th>
                <td className="py-2 pe-3">
                  <input
                    id={`version-${lang}-exists`}
                    type="checkbox"
                    className="mt-2 size-4"
                    aria-label={t("existsLabel", { language: name })}
                    checked={version.exists}
                    onChange={(e) => onChange(lang, { ...version, exists: e.target.checked })}
                  />
                </td>
                <td className="py-2">
                  <input
                    type="url"
                    inputMode="url"
                    dir="ltr"
                    className={`${inputClass} font-mono text-sm disabled:bg-slate-100`}
                    placeholder="https://"
                    aria-label={t("linkLabel", { language: name })}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? errorId : "versions-hint"}
                    disabled={!version.exists}
                    value={version.url}
                    onChange={(e) => onChange(lang, { ...version, url: e.target.value })}
                  />
                  {error && (
                    <p id={errorId} className="mt-1 text-red-800">
                      {tf.has(error) ? tf(error) : tf("invalid")}
                    </p>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
