import { getTranslations } from "next-intl/server";
import { signInWithSso } from "@/lib/auth/actions";
import { THROTTLE } from "@/lib/auth/throttle";
import type { Locale } from "@/lib/i18n/locales";
import { SignInForm } from "./sign-in-form";

export async function SignInPanel({
  locale,
  next,
  ssoEnabled,
}: {
  locale: Locale;
  next?: string;
  ssoEnabled: boolean;
}) {
  const t = await getTranslations({ locale, namespace: "auth" });
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">{t("signInTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("signInIntro")}</p>
      <SignInForm
        locale={locale}
        next={next}
        labels={{
          email: t("email"),
          password: t("password"),
          submit: t("submit"),
          submitting: t("submitting"),
          invalidCredentials: t("invalidCredentials"),
          invalidInput: t("invalidInput"),
          // Every wait the form may have to announce, formatted here so the browser needs no message catalogue.
          tooManyAttempts: Array.from({ length: THROTTLE.maxDelaySeconds / 60 }, (_, i) =>
            t("tooManyAttempts", { minutes: i + 1 }),
          ),
        }}
      />
      {ssoEnabled && (
        <form action={signInWithSso} className="mt-6 border-t border-slate-200 pt-6">
          <input type="hidden" name="locale" value={locale} />
          {next && <input type="hidden" name="next" value={next} />}
          <p className="mb-3 text-sm text-slate-600">{t("or")}</p>
          <button type="submit" className="rounded border border-un px-4 py-2 text-un hover:bg-slate-50">
            {t("sso")}
          </button>
        </form>
      )}
    </div>
  );
}
