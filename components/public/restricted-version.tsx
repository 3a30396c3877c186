"use client";

import { useRestrictedLink, useViewer } from "@/components/layout/viewer-provider";

/**
 * A language version of a document of Restricted distribution. The cached page shows its name only; a reader
 * allowed to open it gets the link from their own request (viewer-provider.tsx), never from the page.
 */
export function RestrictedVersion({
  documentId,
  locale,
  name,
  linkLabel,
  readerLocale,
}: {
  documentId: string;
  locale: string;
  name: string;
  linkLabel: string;
  readerLocale: string;
}) {
  const url = useRestrictedLink(documentId, locale);
  if (!url)
    return (
      <span lang={locale} className="rounded border border-slate-200 px-1.5 py-0.5 text-slate-600">
        {name}
      </span>
    );
  return (
    <a
      href={url}
      hrefLang={locale}
      lang={locale}
      className="rounded border border-slate-300 px-1.5 py-0.5 text-un hover:bg-slate-50"
    >
      {name}
      <VersionLinkDetail text={linkLabel} lang={readerLocale} />
    </a>
  );
}

/**
 * What a language version's link opens, for screen readers, after the visible name: the accessible name then
 * begins with what sighted users see (WCAG 2.5.3), e.g. "Français (CTOC/COP/WG.4/2018/2 (français))".
 */
export function VersionLinkDetail({ text, lang }: { text: string; lang: string }) {
  return (
    <span className="sr-only" lang={lang}>
      {" "}
      ({text})
    </span>
  );
}

/** "Restricted: available to signed-in delegates", unless this reader has the document's links. */
export function RestrictedNote({ documentId, text }: { documentId: string | null; text: string }) {
  const state = useViewer();
  if (state.status === "known" && state.extras.restrictedLinks.some((link) => link.documentId === documentId))
    return null;
  return <p className="mt-1 text-slate-600">{text}</p>;
}
