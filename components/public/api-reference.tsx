import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import type { openApiDocument } from "@/lib/api/openapi";

type OpenApi = ReturnType<typeof openApiDocument>;
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
}
interface Operation {
  operationId: string;
  summary: string;
  parameters?: Parameter[];
  responses: Record<string, { description: string; content?: Record<string, { schema?: { $ref?: string } }> }>;
}

const componentName = (ref: string | undefined) => ref?.replace("#/components/schemas/", "");

/**
 * The OpenAPI document as a page: every endpoint with its parameters and responses, and every schema. The
 * document's own texts are English (they are the API's reference), marked as such; the page around them is
 * in the reader's language.
 */
export async function ApiReference({ spec, locale }: { spec: OpenApi; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "openData" });
  const paths = Object.entries(spec.paths as Record<string, { get: Operation }>);
  return (
    <article>
      <h1 className="text-3xl font-bold tracking-tight">{t("apiTitle")}</h1>
      <p className="mt-3 max-w-prose text-slate-700">{t("apiIntro")}</p>
      <p className="mt-3">
        <a href="/api/v1/openapi.json" className="font-medium text-un underline underline-offset-2 hover:text-un-dark">
          {t("apiSpec")}
        </a>
      </p>
      <section aria-labelledby="endpoints-heading" className="mt-10">
        <h2 id="endpoints-heading" className="text-2xl font-semibold">
          {t("apiEndpoints")}
        </h2>
        {paths.map(([path, { get }]) => (
          <section key={path} aria-labelledby={`op-${get.operationId}`} className="mt-6 border-t border-slate-200 pt-4">
            <h3 id={`op-${get.operationId}`} className="font-mono text-lg font-semibold" dir="ltr">
              GET {path}
            </h3>
            <p className="mt-1" lang="en" dir="ltr">
              {get.summary}
            </p>
            <h4 className="mt-3 font-semibold">{t("apiParameters")}</h4>
            {get.parameters?.length ? (
              <dl className="mt-1 space-y-1 text-sm">
                {get.parameters.map((p) => (
                  <div key={`${p.in}-${p.name}`}>
                    <dt className="font-mono" dir="ltr">
                      {t("apiParameter", { name: p.name, location: p.in, required: String(Boolean(p.required)) })}
                    </dt>
                    {p.description && (
                      <dd className="ms-4 text-slate-700" lang="en" dir="ltr">
                        {p.description}
                      </dd>
                    )}
                  </div>
                ))}
              </dl>
            ) : (
              <p className="mt-1 text-sm text-slate-600">{t("apiNoParameters")}</p>
            )}
            <h4 className="mt-3 font-semibold">{t("apiResponses")}</h4>
            <ul className="mt-1 space-y-1 text-sm">
              {Object.entries(get.responses).map(([status, response]) => {
                const schema = componentName(response.content?.["application/json"]?.schema?.$ref);
                return (
                  <li key={status} dir="ltr" lang="en">
                    <span className="font-mono font-semibold">{status}</span> {response.description}
                    {schema && (
                      <>
                        {" "}
                        <a href={`#schema-${schema}`} className="font-mono text-un underline underline-offset-2">
                          {schema}
                        </a>
                      </>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </section>
      <section aria-labelledby="schemas-heading" className="mt-10">
        <h2 id="schemas-heading" className="text-2xl font-semibold">
          {t("apiSchemas")}
        </h2>
        {Object.entries(spec.components.schemas).map(([name, schema]) => (
          <section key={name} id={`schema-${name}`} aria-labelledby={`schema-${name}-heading`} className="mt-6">
            <h3 id={`schema-${name}-heading`} className="font-mono text-lg font-semibold" dir="ltr">
              {name}
            </h3>
            <pre
              className="mt-2 overflow-x-auto rounded bg-slate-50 p-3 text-xs"
              dir="ltr"
              tabIndex={0}
              aria-label={name}
            >
              {JSON.stringify(schema, null, 2)}
            </pre>
          </section>
        ))}
      </section>
    </article>
  );
}
