"use client";

import { usePathname } from "next/navigation";
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from "react";
import { CLEARED_VIEWER_HINT, hasViewerHint } from "@/lib/auth/viewer-hint";
import type { ViewerExtras } from "@/lib/viewer/types";

/**
 * Pages are the same cached HTML for every reader. What differs for the person signed in (the account menu,
 * Restricted links) is asked for here, after load, and only when this browser has signed in: an anonymous
 * reader's page makes no request of its own.
 */
export type ViewerState = { status: "anonymous" } | { status: "loading" } | { status: "known"; extras: ViewerExtras };

const ViewerContext = createContext<ViewerState>({ status: "anonymous" });

const SESSION_PAGE = /^\/[a-z]{2}\/sessions\/([^/]+)$/;
const PAGE_LOCALE = /^\/([a-z]{2})(?:\/|$)/;

function subscribeToNothing() {
  return () => {};
}

export function ViewerProvider({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  // The server renders the anonymous page; the browser knows from the hint whether to ask.
  const hinted = useSyncExternalStore(
    subscribeToNothing,
    () => hasViewerHint(document.cookie),
    () => false,
  );
  const slug = SESSION_PAGE.exec(pathname)?.[1] ?? null;
  const locale = PAGE_LOCALE.exec(pathname)?.[1] ?? "en";
  const [known, setKnown] = useState<{ slug: string | null; extras: ViewerExtras } | null>(null);

  useEffect(() => {
    if (!hinted) return;
    const controller = new AbortController();
    const query = new URLSearchParams({ locale, ...(slug ? { session: slug } : {}) });
    fetch(`/api/viewer?${query}`, {
      cache: "no-store",
      signal: controller.signal,
    })
      .then((response) => (response.ok ? (response.json() as Promise<ViewerExtras>) : null))
      .then((extras) => {
        if (!extras) return;
        // The sign-in ended (expired, revoked elsewhere): forget the hint, so later pages ask nothing.
        if (!extras.viewer) document.cookie = CLEARED_VIEWER_HINT;
        setKnown({ slug, extras });
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [hinted, slug, locale]);

  const state: ViewerState = !hinted
    ? { status: "anonymous" }
    : known && known.slug === slug
      ? known.extras.viewer
        ? { status: "known", extras: known.extras }
        : { status: "anonymous" }
      : { status: "loading" };
  return <ViewerContext.Provider value={state}>{children}</ViewerContext.Provider>;
}

export function useViewer(): ViewerState {
  return useContext(ViewerContext);
}

/** The link of one language version of a Restricted document, if this reader may open it. */
export function useRestrictedLink(documentId: string, locale: string): string | null {
  const state = useViewer();
  if (state.status !== "known") return null;
  return (
    state.extras.restrictedLinks.find((link) => link.documentId === documentId && link.locale === locale)?.url ?? null
  );
}
