"use client";

import { useLocale, useTranslations } from "next-intl";
import { secondaryButtonClass } from "@/components/workspace/form-controls";
import { LocalizedText } from "@/components/ui/localized-text";
import { StatusBadge, type BadgeTone } from "@/components/ui/status-badge";
import type { Distribution } from "@/lib/documents/types";
import { isolate } from "@/lib/i18n/bidi";
import { pickText } from "@/lib/i18n/localized-text";
import { asLocale, languageName, LOCALES } from "@/lib/i18n/locales";
import { DeleteDocumentButton } from "./delete-document-button";
import type { RegistryContext, RegistryDocument } from "./registry-types";

const DISTRIBUTION_TONES: Record<Distribution, BadgeTone> = {
  GENERAL: "neutral",
  LIMITED: "info",
  RESTRICTED: "warning",
};

interface Props {
  context: RegistryContext;
  documents: RegistryDocument[];
  onEdit: (doc: RegistryDocument, trigger: HTMLElement) => void;
  onItems: (doc: RegistryDocument, trigger: HTMLElement) => void;
  onNotice: (message: string) => void;
}

export function DocumentsTable({ context, documents, onEdit, onItems, onNotice }: Props) {
  const t = useTranslations("documentsAdmin");
  const tk = useTranslations("session.documentKind");
  const locale = asLocale(useLocale());
  const fallback = (language: string) => t("fallbackNotice", { language });
  const numbers = new Map(context.items.map((item, index) => [item.id, { number: item.number, order: index }]));

  if (documents.length === 0) return <p className="mt-6 text-slate-600">{t("empty")}</p>;
  return (
    <div className="mt-6 overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300 text-start">
            {(["symbol", "document", "distribution", "languages", "items", "actions"] as const).map((column) => (
              <th key={column} scope="col" className="py-2 pe-3 text-start font-semibold">
                {t(`columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {documents.map((doc) => {
            const issuerText = pickText(doc.issuedBy, locale, doc.originalLanguage)?.text;
            const issuer = issuerText === undefined ? undefined : isolate(issuerText);
            const here = doc.attachments
              .flatMap((a) => numbers.get(a.itemId) ?? [])
              .sort((a, b) => a.order - b.order)
              .map((n) => n.number);
            return (
              <tr key={doc.id} className="border-b border-slate-200 align-top" data-symbol={doc.symbol}>
                <th scope="row" className="py-3 pe-3 text-start font-mono font-semibold whitespace-nowrap">
                  {doc.symbol}
                </th>
                <td className="py-3 pe-3">
                  <LocalizedText value={pickText(doc.title, locale, doc.originalLanguage)} fallbackNotice={fallback} />
                  <p className="mt-1 text-slate-600">
                    {t("kindAndIssuer", { kind: tk(doc.kind), issuer: issuer ?? "none", date: doc.issuedOn ?? "none" })}
                  </p>
                </td>
                <td className="py-3 pe-3">
                  <StatusBadge
                    label={t(`distribution.${doc.distribution}`)}
                    tone={DISTRIBUTION_TONES[doc.distribution]}
                  />
                  {doc.distribution === "RESTRICTED" && <p className="mt-1 text-amber-900">{t("restrictedNote")}</p>}
                </td>
                <td className="py-3 pe-3">
                  {doc.versions.length === 0 ? (
                    <span className="text-slate-600">{t("noVersions")}</span>
                  ) : (
                    <ul
                      className="flex flex-wrap gap-1"
                      aria-label={t("languageCount", { count: doc.versions.length })}
                    >
                      {LOCALES.flatMap((lang) => doc.versions.filter((v) => v.locale === lang)).map((v) => {
                        const language = languageName(locale, v.locale);
                        const code = v.locale.toUpperCase();
                        return (
                          <li key={v.locale}>
                            {v.url ? (
                              <a
                                href={v.url}
                                hrefLang={v.locale}
                                className="rounded border border-slate-300 px-1 text-un hover:bg-slate-50"
                              >
                                {code}
                                {/* The visible code starts the accessible name (WCAG 2.5.3); the rest says what it is. */}
                                <span className="sr-only">: {t("versionLink", { language, symbol: doc.symbol })}</span>
                              </a>
                            ) : (
                              <span className="rounded border border-dashed border-slate-300 px-1 text-slate-600">
                                {code}
                                <span className="sr-only">
                                  : {t("versionNoLink", { language, symbol: doc.symbol })}
                                </span>
                              </span>
                            )}
                          </li>
                        );
                      })}
                    </ul>
                  )}
                  <p className="mt-1 text-slate-600" aria-hidden="true">
                    {t("languageCount", { count: doc.versions.length })}
                  </p>
                </td>
                <td className="py-3 pe-3">
                  {here.length > 0 ? (
                    <p>{new Intl.ListFormat(locale, { type: "unit" }).format(here)}</p>
                  ) : (
                    <p className="text-slate-600">{t("notAttached")}</p>
                  )}
                  {doc.otherAttachments > 0 && (
                    <p className="text-slate-600">{t("otherSessions", { count: doc.otherAttachments })}</p>
                  )}
                </td>
                <td className="py-3">
                  <div className="flex flex-col items-start gap-2">
                    <button
                      type="button"
                      className={`${secondaryButtonClass} whitespace-nowrap`}
                      aria-label={t("editLabel", { symbol: doc.symbol })}
                      onClick={(e) => onEdit(doc, e.currentTarget)}
                    >
                      {t("edit")}
                    </button>
                    <button
                      type="button"
                      className={`${secondaryButtonClass} whitespace-nowrap`}
                      aria-label={t("agendaItemsLabel", { symbol: doc.symbol })}
                      onClick={(e) => onItems(doc, e.currentTarget)}
                    >
                      {t("agendaItems")}
                    </button>
                    <DeleteDocumentButton context={context} doc={doc} onDeleted={onNotice} />
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
