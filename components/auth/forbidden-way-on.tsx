"use client";

import { useViewer } from "@/components/layout/viewer-provider";
import { consolePath } from "@/lib/auth/landing";
import type { Role } from "@/lib/auth/types";
import { textDirection, type Locale } from "@/lib/i18n/locales";

export interface ForbiddenLabels {
  /** "This page is not for your role ({role})" per role. */
  body: Record<Role, string>;
  chairSessions: string;
  consoleOf: string;
  chairList: string;
  sessionList: string;
}

const linkClass = "text-un underline underline-offset-2";

/** The way on from a refused page: a chair to the consoles of their sessions, a delegate to the list of sessions. */
export function ForbiddenWayOn({ locale, labels }: { locale: Locale; labels: ForbiddenLabels }) {
  const state = useViewer();
  if (state.status !== "known" || !state.extras.viewer) return null;
  const { role } = state.extras.viewer;
  const chaired = state.extras.chairedSessions;
  return (
    <>
      <p className="mt-4 text-slate-700">{labels.body[role]}</p>
      {role === "CHAIR" && chaired.length > 0 && (
        <nav aria-labelledby="forbidden-consoles" className="mt-6">
          <h2 id="forbidden-consoles" className="font-semibold">
            {labels.chairSessions}
          </h2>
          <ul className="mt-2 list-disc space-y-1 ps-6">
            {chaired.map((session) => {
              const title = session.title;
              return (
                <li key={session.id}>
                  <a href={consolePath(locale, session.slug)} className={linkClass}>
                    {labels.consoleOf}{" "}
                    {title ? (
                      <bdi lang={title.lang} dir={textDirection(title.lang)}>
                        {title.text}
                      </bdi>
                    ) : (
                      session.slug
                    )}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
      )}
      {role === "CHAIR" && chaired.length === 0 && (
        <p className="mt-6">
          <a href={`/${locale}/console`} className={linkClass}>
            {labels.chairList}
          </a>
        </p>
      )}
      {role === "DELEGATE" && (
        <p className="mt-6">
          <a href={`/${locale}`} className={linkClass}>
            {labels.sessionList}
          </a>
        </p>
      )}
    </>
  );
}
