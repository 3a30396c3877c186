"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { isLocale } from "../i18n/locales";
import { signIn, signOut } from "./auth";

export type SignInState = { error: "invalid-credentials" | "invalid-input" | "too-many-attempts" | null; email: string };

const signInSchema = z.object({
  email: z.email(),
  password: z.string().min(1).max(500),
  locale: z.string().refine(isLocale),
  next: z.string().optional(),
});

// Only same-site paths: a crafted ?next= must not send people elsewhere after they sign in.
function safeNext(next: string | undefined, locale: string): string {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : `/${locale}/admin`;
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
      redirectTo: safeNext(parsed.data.next, parsed.data.locale),
    });
    return { error: null, email };
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "too-many-attempts") return { error: "too-many-attempts", email };
    if (error instanceof AuthError) return { error: "invalid-credentials", email };
    throw error; // the redirect after a successful sign-in
  }
}

export async function signInWithSso(formData: FormData): Promise<void> {
  const locale = String(formData.get("locale") ?? "en");
  await signIn("microsoft-entra-id", { redirectTo: safeNext(String(formData.get("next") ?? ""), isLocale(locale) ? locale : "en") });
}

export async function signOutEverywhere(formData: FormData): Promise<void> {
  const locale = String(formData.get("locale") ?? "en");
  await signOut({ redirectTo: `/${isLocale(locale) ? locale : "en"}` });
}
