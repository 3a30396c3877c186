import NextAuth, { type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import MicrosoftEntraID from "next-auth/providers/microsoft-entra-id";
import { z } from "zod";
import { getDb } from "../db";
import { logAuthError } from "./auth-logger";
import { clientAddress, trustedProxyHops } from "./client-address";
import { findActiveUserByEmail } from "./data";
import { markSignInSucceeded, revokeAuthSession, startAuthSession } from "./mutations";
import { spendVerificationTime, verifyPassword } from "./password";
import { readSessionPolicy } from "./session-policy";
import { sessionClaims, verifySessionToken } from "./session-token";
import { entraTenant } from "./sso-tenant";
import { beginSignInAttempt } from "./throttle";
import { clearViewerHint, setViewerHint } from "./viewer-hint-cookie";

/**
 * Sign-in by e-mail and password, plus Microsoft Entra ID (OpenID Connect) when AUTH_MICROSOFT_ENTRA_ID_ID,
 * AUTH_MICROSOFT_ENTRA_ID_SECRET and AUTH_MICROSOFT_ENTRA_ID_ISSUER are set. Single sign-on admits only people
 * who already have a Plenary account with that e-mail: the secretariat decides who has which role.
 * The cookie carries the user id and the id of a server-side sign-in row (AuthSession), checked on every
 * read, so signing out, a new password or a disabled account ends it at once; roles are read from the
 * database on every check.
 */

const credentialsSchema = z.object({ email: z.email(), password: z.string().min(1).max(500) });

const sessionPolicy = readSessionPolicy();

const providers: NextAuthConfig["providers"] = [
  Credentials({
    credentials: { email: {}, password: {} },
    async authorize(raw, request) {
      const parsed = credentialsSchema.safeParse(raw);
      if (!parsed.success) return null;
      const db = getDb();
      const address = clientAddress(request.headers, trustedProxyHops());
      const attempt = await beginSignInAttempt(db, { email: parsed.data.email, address });
      const user = await findActiveUserByEmail(db, parsed.data.email);
      const valid = user?.passwordHash
        ? await verifyPassword(user.passwordHash, parsed.data.password)
        : await spendVerificationTime(parsed.data.password).then(() => false);
      if (!valid || !user) return null;
      await markSignInSucceeded(db, attempt);
      return { id: user.id, email: user.email, name: user.name };
    },
  }),
];

/** The organisation's own Entra ID tenant; multi-tenant issuers would let any Microsoft tenant assert any e-mail. */
export const ssoTenant = entraTenant(process.env.AUTH_MICROSOFT_ENTRA_ID_ISSUER);
export const ssoEnabled = Boolean(
  process.env.AUTH_MICROSOFT_ENTRA_ID_ID && process.env.AUTH_MICROSOFT_ENTRA_ID_SECRET && ssoTenant,
);
if (ssoEnabled) providers.push(MicrosoftEntraID({}));

export const { handlers, auth, signIn, signOut } = NextAuth({
  providers,
  // The cookie's own expiry slides with use; the sign-in row's expiresAt is what bounds a sign-in.
  session: { strategy: "jwt", maxAge: sessionPolicy.lifetimeMs / 1000 },
  pages: { signIn: "/en/sign-in" },
  trustHost: true,
  logger: { error: (error) => logAuthError(error) },
  callbacks: {
    async signIn({ user, account, profile }) {
      if (account?.provider === "credentials") return true;
      // Single sign-on: from the configured tenant only, for an e-mail that belongs to an active Plenary account.
      if (!ssoTenant || (profile as { tid?: unknown } | undefined)?.tid !== ssoTenant) return false;
      const known = user.email ? await findActiveUserByEmail(getDb(), user.email) : null;
      return Boolean(known);
    },
    async jwt({ token, user, account }) {
      const db = getDb();
      if (user && account) {
        const userId =
          account.provider === "credentials"
            ? user.id
            : user.email
              ? (await findActiveUserByEmail(db, user.email))?.id
              : undefined;
        if (!userId) return null;
        return { ...token, uid: userId, sid: await startAuthSession(db, userId, sessionPolicy) };
      }
      // Every later read of the cookie, by pages, actions and /api/auth/session alike, checks its row.
      const { unverified: _ignored, ...claims } = token;
      try {
        return (await verifySessionToken(db, claims, sessionPolicy)) ? claims : null;
      } catch (error) {
        // Keep the cookie through a database outage, but marked: sessionUser() refuses to act on it.
        console.error("[auth] could not check a sign-in", error);
        return { ...claims, unverified: true };
      }
    },
    session({ session, token }) {
      const claims = sessionClaims(token);
      if (claims)
        Object.assign(session.user, { id: claims.uid, sessionId: claims.sid, unverified: token.unverified === true });
      return session;
    },
  },
  events: {
    async signIn() {
      await setViewerHint(sessionPolicy.lifetimeMs / 1000);
    },
    // Sign-out through the menu or POST /api/auth/signout: the cookie's row goes, so a copy of it is worthless.
    async signOut(message) {
      const claims = sessionClaims("token" in message ? message.token : null);
      if (claims) await revokeAuthSession(getDb(), claims.sid);
      await clearViewerHint();
    },
  },
});
