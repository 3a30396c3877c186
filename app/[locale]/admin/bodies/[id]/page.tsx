import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { languageChoices } from "@/components/workspace/bodies/language-names";
import { WorkingLanguagesForm } from "@/components/workspace/bodies/working-languages-form";
import { loadWorkspaceBody } from "@/lib/bodies/loaders";
import { pickText } from "@/lib/i18n/localized-text";
import { isLocale } from "@/lib/i18n/locales";
import { unLanguageName } from "@/lib/i18n/un-names";

export default async function BodyPage({ params }: PageProps<"/[locale]/admin/bodies/[id]">) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const body = await loadWorkspaceBody(locale, id);
  const t = await getTranslations({ locale, namespace: "admin.bodies" });
  const name = pickText(body.name, locale, body.originalLanguage);
  return (
    <div className="max-w-3xl">
      <p>
        <a href={`/${locale}/admin/bodies`} className="text-un underline underline-offset-2 hover:text-un-dark">
          {t("back")}
        </a>
      </p>
      <h1 className="mt-4 text-2xl font-bold">{t("heading", { prefix: body.symbolPrefix })}</h1>
      {name && (
        <p className="mt-1 text-slate-700">
          <bdi lang={name.lang}>{name.text}</bdi>
        </p>
      )}
      <p className="mt-4 max-w-prose text-slate-700">
        {t("explanation", { original: unLanguageName(locale, body.originalLanguage) })}
      </p>
      <WorkingLanguagesForm
        key={body.id}
        body={{ id: body.id, version: body.version, workingLanguages: body.workingLanguages }}
        languages={languageChoices(locale)}
        original={unLanguageName(locale, body.originalLanguage)}
      />
    </div>
  );
}
