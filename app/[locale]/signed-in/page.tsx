import { notFound } from "next/navigation";
import { isLocale } from "@/lib/i18n/locales";
import { redirectAfterSignIn } from "@/lib/sessions/chairs/loaders";

/** The step after signing in: it only sends the person on, to the page they came from or where their role works. */
export default async function SignedInPage({ params, searchParams }: PageProps<"/[locale]/signed-in">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return redirectAfterSignIn(locale, (await searchParams).next);
}
