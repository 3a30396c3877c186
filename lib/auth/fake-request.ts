import { NextRequest } from "next/server";

/**
 * For tests only: what next-auth's server-side functions read from Next.js (request headers, the cookie jar,
 * redirect()), so the real sign-in, sign-out and session code runs in Vitest. Test files install it with
 *   vi.mock("next/headers", async () => (await import("./fake-request")).nextHeadersMock);
 *   vi.mock("next/navigation", async () => (await import("./fake-request")).nextNavigationMock);
 */
export const fakeRequest = {
  /** The Cookie header the next request sends. */
  cookie: "",
  /** The client address, as Next.js passes it on in X-Forwarded-For. */
  address: "198.51.100.7",
  /** Cookies the last action set, by name ("" when it cleared one). */
  setCookies: new Map<string, string>(),
};

function requestHeaders(): Headers {
  return new Headers({
    host: "localhost:3000",
    "x-forwarded-proto": "http",
    "x-forwarded-for": fakeRequest.address,
    cookie: fakeRequest.cookie,
  });
}

export const nextHeadersMock = {
  headers: async () => requestHeaders(),
  cookies: async () => ({
    set: (name: string, value: string) => void fakeRequest.setCookies.set(name, value),
    get: () => undefined,
  }),
};

export const nextNavigationMock = {
  // Next.js ends an action with a redirect by throwing; so does this.
  redirect: (url: string): never => {
    throw Object.assign(new Error(`redirect to ${url}`), { digest: `NEXT_REDIRECT;replace;${url};307;` });
  },
};

/** The session cookie an action just set, as a Cookie header ("" when it set none). */
export function sessionCookieSet(): string {
  const entry = [...fakeRequest.setCookies].find(([name, value]) => name.endsWith("session-token") && value);
  return entry ? `${entry[0]}=${entry[1]}` : "";
}

export function formData(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

/** GET /api/auth/session through next-auth's real route handler, as a browser replaying `cookie` would. */
export async function sessionEndpoint(
  handler: (request: NextRequest) => Promise<Response>,
  cookie: string,
): Promise<unknown> {
  const response = await handler(new NextRequest("http://localhost:3000/api/auth/session", { headers: { cookie } }));
  return response.json();
}
