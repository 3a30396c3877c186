"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { ImportWarning } from "@/lib/agenda-parser/types";

/** The pasted text with line numbers; lines the importer warns about are marked and reachable from the list. */
export function SourcePane({ text, warnings }: { text: string; warnings: ImportWarning[] }) {
  const t = useTranslations("admin.import");
  const tw = useTranslations("importer");
  const lines = useMemo(() => text.split(/\r\n|\r|\n/), [text]);
  const flagged = useMemo(() => new Set(warnings.map((w) => w.line)), [warnings]);
  const message = (w: ImportWarning) => (tw.has(w.code) ? tw(w.code, { line: w.line, ...(w.params ?? {}) }) : w.code);
  return (
    <section aria-labelledby="source-heading" className="min-w-0">
      <h2 id="source-heading" className="text-lg font-semibold">
        {t("source")}
      </h2>
      <div className="mt-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm" aria-live="polite">
        <p className="font-medium">{t("warnings", { count: warnings.length })}</p>
        {warnings.length > 0 && (
          <ul className="mt-1 max-h-48 space-y-1 overflow-y-auto">
            {warnings.map((w, index) => (
              <li key={index}>
                {w.line > 0 ? (
                  <a href={`#src-line-${w.line}`} className="font-mono text-un underline">
                    {t("goToLine", { line: w.line })}
                  </a>
                ) : (
                  <span className="font-mono">{t("wholeDocument")}</span>
                )}
                : {message(w)}
              </li>
            ))}
          </ul>
        )}
      </div>
      <ol
        className="mt-3 max-h-[70vh] overflow-auto rounded border border-slate-300 bg-slate-50 py-2 font-mono text-xs leading-5"
        dir="auto"
      >
        {lines.slice(0, 5000).map((line, index) => {
          const number = index + 1;
          return (
            <li
              key={number}
              id={`src-line-${number}`}
              className={`flex scroll-mt-24 gap-3 px-2 ${flagged.has(number) ? "bg-amber-200" : ""}`}
            >
              <span className="w-10 shrink-0 select-none text-end text-slate-500" aria-hidden="true">
                {number}
              </span>
              <span className="whitespace-pre-wrap break-all">{line || " "}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
