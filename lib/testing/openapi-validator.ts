import { Ajv2020 } from "ajv/dist/2020.js";

/**
 * Validates a response body against the OpenAPI document's own description of it (path, method, status), with a
 * JSON Schema 2020-12 validator independent of zod: what a client generated from the document would expect.
 * Used by the tests.
 */
export function openApiValidator(document: {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> }>
  >;
  components: { schemas: Record<string, unknown> };
}) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat("date-time", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/);
  ajv.addSchema({ $id: "https://plenary.invalid/openapi.json", components: document.components });
  return (path: string, status: string, body: unknown): string[] => {
    const schema = document.paths[path]?.get?.responses[status]?.content?.["application/json"]?.schema as
      { $ref?: string } | undefined;
    if (!schema?.$ref) return [`no JSON schema for GET ${path} ${status}`];
    const validate = ajv.getSchema(`https://plenary.invalid/openapi.json${schema.$ref}`);
    if (!validate) return [`cannot resolve ${schema.$ref}`];
    if (validate(body)) return [];
    return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ""} ${JSON.stringify(e.params)}`);
  };
}
