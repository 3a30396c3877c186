import NextAuth, { type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import MicrosoftEntraID from "next-auth/providers/microsoft-entra-id";
import { z } from "zod";
import { getDb } from "../db";
import { findActiveUserByEmail } from "./data";
import { markSignInSucceeded, reserveSignInAttempt } from "./mutations";
import { spendVerificationTime, verifyPassword } from "./password";
import { entraTenant } from "./sso-tenant";
import { assertSignInAllowed } from "./throttle";

/**
 * Sign-in by e-mail and password, plus Microsoft Entra ID (OpenID Connect) when AUTH_MICROSOFT_ENTRA_ID_ID,
 * AUTH_MICROSOFT_ENTRA_ID_SECRET and AUTH_MICROSOFT_ENTRA_ID_ISSUER are set. Single sign-on admits only people
 * who already have a Plenary account with that e-mail: the secretariat decides who has which role.
 * The cookie carries the user id only; roles are read from the database on every check.
 */

const credentialsSchema = z.object({ email: z.email(), password: z.string().min(1).max(500) });

const SESSION_HOURS = 8;

const providers: NextAuthConfig["providers"] = [
  Credentials({
    credentials: { email: {}, password: {} },
    async authorize(raw) {
      const parsed = credentialsSchema.safeParse(raw);
      if (!parsed.success) return null;
      const db = getDb();
      const attempt = await reserveSignInAttempt(db, parsed.data.email);
      await assertSignInAllowed(db, parsed.data.email);
      const user = await findActiveUserByEmail(db, parsed.data.email);
      const valid = user?.passwordHash
        ? await verifyPassword(user.passwordHash, parsed.data.password)
        : await spendVerificationTime(parsed.data.password).then(() => false);
      if (!valid || !user) return null;
      await markSignInSucceeded(db, attempt);
      return { id: user.id, email: user.email, name: user.name, version: user.version };
    },
  }),
];

/** The organisation's own Entra ID tenant; multi-tenant issuers would let any Microsoft tenant assert any e-mail. */
export const ssoTenant = entraTenant(process.env.AUTH_MICROSOFT_ENTRA_ID_ISSUER);
export const ssoEnabled = Boolean(process.env.AUTH_MICROSOFT_ENTRA_ID_ID && process.env.AUTH_MICROSOFT_ENTRA_ID_SECRET && ssoTenant);
if (ssoEnabled) providers.push(MicrosoftEntraID({}));

export const { handlers, auth, signIn, signOut } = NextAuth({
  providers,
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 60 * 60, updateAge: 60 * 60 },
  pages: { signIn: "/en/sign-in" },
  trustHost: true,
  callbacks: {
    async signIn({ user, account, profile }) {
      if (account?.provider === "credentials") return true;
      // Single sign-on: from the configured tenant only, for an e-mail that belongs to an active Plenary account.
      if (!ssoTenant || (profile as { tid?: unknown } | undefined)?.tid !== ssoTenant) return false;
      const known = user.email ? await findActiveUserByEmail(getDb(), user.email) : null;
      return Boolean(known);
    },
    async jwt({ token, user, account }) {
      if (user && account) {
        const known =
          account.provider === "credentials"
            ? { id: user.id, version: (user as { version?: number }).version }
            : user.email
              ? await findActiveUserByEmail(getDb(), user.email)
              : null;
        if (known?.id) token.uid = known.id;
        // A later password change raises the account's version and so ends this sign-in everywhere.
        if (typeof known?.version === "number") token.uv = known.version;
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      if (typeof token.uv === "number") Object.assign(session.user, { version: token.uv });
      return session;
    },
  },
});
