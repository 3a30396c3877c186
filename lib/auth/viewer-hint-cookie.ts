import "server-only";
import { cookies } from "next/headers";
import { VIEWER_HINT_COOKIE } from "./viewer-hint";

/** Set with the sign-in cookie, for as long; outside a request (tests, scripts) there is no browser to tell. */
export async function setViewerHint(maxAgeSeconds: number): Promise<void> {
  try {
    // Not HTTP-only on purpose (scripts read it) and not secret: it grants nothing.
    (await cookies()).set(VIEWER_HINT_COOKIE, "1", { path: "/", sameSite: "lax", maxAge: maxAgeSeconds });
  } catch {
    // Not in a request that can set cookies.
  }
}

export async function clearViewerHint(): Promise<void> {
  try {
    (await cookies()).delete(VIEWER_HINT_COOKIE);
  } catch {
    // Not in a request that can set cookies.
  }
}
