"use client";

import { useDeferredValue, useMemo } from "react";
import { Markdown } from "@/components/ui/markdown";
import { linkSymbols } from "@/lib/documents/link-symbols";
import { textDirection, type Locale } from "@/lib/i18n/locales";

interface Props {
  source: string;
  lang: Locale;
  /** Canonical symbol → link, as the public page links registered documents. */
  symbolLinks: ReadonlyArray<[string, string]>;
  emptyText: string;
}

/** The annotation as readers will see it: the public page's own sanitising renderer, symbols linked the same way. */
export function AnnotationPreview({ source, lang, symbolLinks, emptyText }: Props) {
  // Typing stays responsive on long annotations: the preview may lag a keystroke behind.
  const deferred = useDeferredValue(source);
  const hrefs = useMemo(() => new Map(symbolLinks), [symbolLinks]);
  const markdown = useMemo(() => linkSymbols(deferred, hrefs), [deferred, hrefs]);
  if (!deferred.trim()) return <p className="text-sm text-slate-500">{emptyText}</p>;
  return <Markdown source={markdown} lang={lang} dir={textDirection(lang)} />;
}
