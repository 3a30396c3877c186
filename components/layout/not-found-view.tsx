import { getLocale, getTranslations } from "next-intl/server";

export async function NotFoundView() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: "common.notFound" });
  return (
    <div className="max-w-prose">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-slate-700">{t("body")}</p>
      <p className="mt-6">
        <a href={`/${locale}`} className="text-un underline underline-offset-2 hover:text-un-dark">
          {t("back")}
        </a>
      </p>
    </div>
  );
}
