import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { SignInPanel } from "@/components/auth/sign-in-panel";
import { ssoEnabled } from "@/lib/auth/auth";
import { isLocale } from "@/lib/i18n/locales";

export default async function SignInPage({ params, searchParams }: PageProps<"/[locale]/sign-in">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const next = (await searchParams).next;
  return <SignInPanel locale={locale} next={typeof next === "string" ? next : undefined} ssoEnabled={ssoEnabled} />;
}
