import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { SignInPanel } from "@/components/auth/sign-in-panel";
import { ssoEnabled } from "@/lib/auth/auth";
import { isLocale } from "@/lib/i18n/locales";

export default async function SignInPage({ params, searchParams }: PageProps<"/[locale]/sign-in">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  // ?next= from this app's own links; ?callbackUrl= when next-auth sends someone here. Checked when used.
  const { next, callbackUrl } = await searchParams;
  const requested = typeof next === "string" ? next : typeof callbackUrl === "string" ? callbackUrl : undefined;
  return <SignInPanel locale={locale} next={requested} ssoEnabled={ssoEnabled} />;
}
