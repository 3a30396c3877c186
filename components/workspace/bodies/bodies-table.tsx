import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/ui/localized-text";
import type { WorkspaceBody } from "@/lib/bodies/data";
import { formatList } from "@/lib/i18n/format";
import { pickText } from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/locales";
import { unLanguageName } from "@/lib/i18n/un-names";

/** Every body, with the working languages its readers fall back to and a link to set them. */
export async function BodiesTable({ bodies, locale }: { bodies: WorkspaceBody[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "admin.bodies" });
  const tc = await getTranslations({ locale, namespace: "common" });
  const notice = (language: string) => tc("fallbackNotice", { language });
  return (
    <div>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-prose text-slate-700">{t("intro")}</p>
      {bodies.length === 0 ? (
        <p className="mt-6 text-slate-700">{t("none")}</p>
      ) : (
        <table className="mt-6 w-full border-collapse text-start">
          <thead>
            <tr className="border-b-2 border-slate-300">
              {(["body", "name", "workingLanguages", "sessions"] as const).map((column) => (
                <th key={column} scope="col" className="py-2 pe-3 text-start font-semibold">
                  {t(`columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {bodies.map((body) => (
              <tr key={body.id} className="border-b border-slate-200 align-top" data-body={body.symbolPrefix}>
                <th scope="row" className="py-2 pe-3 text-start font-mono text-sm font-normal">
                  <a
                    href={`/${locale}/admin/bodies/${body.id}`}
                    className="text-un underline underline-offset-2 hover:text-un-dark"
                  >
                    <bdi>{body.symbolPrefix}</bdi>
                  </a>
                </th>
                <td className="py-2 pe-3">
                  <LocalizedText value={pickText(body.name, locale, body.originalLanguage)} fallbackNotice={notice} />
                </td>
                <td className="py-2 pe-3">
                  {formatList(
                    body.workingLanguages.map((lang) => unLanguageName(locale, lang)),
                    locale,
                  )}
                </td>
                <td className="py-2 pe-3 tabular-nums">{body.sessionCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
