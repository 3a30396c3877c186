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
}: {
  documentId: string;
  locale: string;
  name: string;
  linkLabel: string;
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
      aria-label={linkLabel}
      className="rounded border border-slate-300 px-1.5 py-0.5 text-un hover:bg-slate-50"
    >
      {name}
    </a>
  );
}

/** "Restricted: sign in to open", until the reader is known: every signed-in reader may open them. */
export function RestrictedNote({ text }: { text: string }) {
  if (useViewer().status === "known") return null;
  return <p className="mt-1 text-slate-600">{text}</p>;
}
