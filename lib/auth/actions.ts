"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { getDb } from "../db";
import { safeRedirectPath } from "../http/redirect-target";
import { asLocale, isLocale } from "../i18n/locales";
import { signIn, signOut } from "./auth";
import { revokeAllAuthSessions, revokeAuthSession } from "./mutations";
import { sessionUser } from "./session-user";

export type SignInState = {
  error: "invalid-credentials" | "invalid-input" | "too-many-attempts" | null;
  email: string;
  /** With "too-many-attempts": whole minutes to wait, at least 1. */
  waitMinutes?: number;
};

const signInSchema = z.object({
  email: z.email(),
  password: z.string().min(1).max(500),
  locale: z.string().refine(isLocale),
  next: z.string().optional(),
});

/**
 * After signing in, /{locale}/signed-in sends each person on: to the page they started from, or where their role
 * works (lib/auth/landing.ts). The role is known only there, after single sign-on too. Only same-site paths are
 * carried: a crafted ?next= must not send people elsewhere after they sign in.
 */
function afterSignIn(next: string | undefined, locale: string): string {
  const target = safeRedirectPath(next);
  return `/${locale}/signed-in${target ? `?next=${encodeURIComponent(target)}` : ""}`;
}

function homeOf(formData: FormData): string {
  const locale = String(formData.get("locale") ?? "en");
  return `/${asLocale(locale)}`;
}

/** Sign-in needs no role: it is the one action anonymous visitors may call. */
export async function signInWithPassword(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  const email = String(formData.get("email") ?? "");
  if (!parsed.success) return { error: "invalid-input", email };
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: afterSignIn(parsed.data.next, parsed.data.locale),
    });
    return { error: null, email };
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "too-many-attempts") {
      const seconds = (error as { retryAfterSeconds?: unknown }).retryAfterSeconds;
      return {
        error: "too-many-attempts",
        email,
        waitMinutes: Math.max(1, Math.ceil((typeof seconds === "number" ? seconds : 60) / 60)),
      };
    }
    if (error instanceof AuthError) return { error: "invalid-credentials", email };
    throw error; // the redirect after a successful sign-in
  }
}

export async function signInWithSso(formData: FormData): Promise<void> {
  const locale = String(formData.get("locale") ?? "en");
  await signIn("microsoft-entra-id", { redirectTo: afterSignIn(String(formData.get("next") ?? ""), asLocale(locale)) });
}

/**
 * Ends this sign-in. The row is deleted here, before the cookie is cleared, so a database error leaves the
 * person visibly signed in rather than signed out in the browser only (next-auth's signOut event, which
 * also deletes it, swallows errors).
 */
export async function signOutHere(formData: FormData): Promise<void> {
  const user = await sessionUser();
  if (user) await revokeAuthSession(getDb(), user.sessionId);
  await signOut({ redirectTo: homeOf(formData) });
}

/** Ends every sign-in of this account, on every device: for a forgotten computer or a lost phone. */
export async function signOutEverywhere(formData: FormData): Promise<void> {
  const user = await sessionUser();
  if (user) await revokeAllAuthSessions(getDb(), user.id);
  await signOut({ redirectTo: homeOf(formData) });
}
