import { z } from "zod";
import { langQuery, sessionQuery } from "./query";
import * as schemas from "./schemas";

/**
 * The OpenAPI 3.1 document of the public API, generated from the zod schemas that shape its responses and read its
 * parameters (schemas.ts, query.ts). OpenAPI 3.1 takes JSON Schema 2020-12 as it is, so zod's own converter writes
 * the components; nothing here restates a field by hand.
 */

const COMPONENTS = [
  schemas.Language,
  schemas.Text,
  schemas.BodyRef,
  schemas.Body,
  schemas.BodyList,
  schemas.SessionStatus,
  schemas.SessionSummary,
  schemas.Pagination,
  schemas.SessionList,
  schemas.DocumentVersion,
  schemas.DocumentSummary,
  schemas.AgendaItem,
  schemas.Slot,
  schemas.Revision,
  schemas.Session,
  schemas.DocumentDetail,
  schemas.ApiError,
];

const ref = (schema: z.ZodType) => ({ $ref: `#/components/schemas/${z.globalRegistry.get(schema)?.id}` });

function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const schema of COMPONENTS) {
    const id = z.globalRegistry.get(schema)?.id;
    if (id) registry.add(schema, { id });
  }
  const { schemas: converted } = z.toJSONSchema(registry, {
    target: "draft-2020-12",
    uri: (id) => `#/components/schemas/${id}`,
  });
  // Each component is a subschema of the document, not a document of its own.
  return Object.fromEntries(
    Object.entries(converted).map(([id, { $schema: _schema, $id: _id, ...rest }]) => [id, rest]),
  );
}

function queryParameters(schema: z.ZodObject) {
  return Object.entries(schema.shape).map(([name, field]) => {
    // Numbers arrive as text and are coerced: the output side says what they must read as.
    const converted = z.toJSONSchema(field as z.ZodType, { target: "draft-2020-12", unrepresentable: "any" });
    const { $schema: _schema, $defs: _defs, description, ...json } = converted as Record<string, unknown>;
    // A named schema (SessionStatus) is referred to as the component it is, not copied.
    const named = typeof json.$ref === "string" ? json.$ref.replace("#/$defs/", "#/components/schemas/") : null;
    return {
      name,
      in: "query",
      required: false,
      description,
      schema: named ? { ...json, $ref: named } : json,
    };
  });
}

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: ref(schemas.ApiError) } },
});

const cachedHeaders = {
  ETag: {
    description: "Validator of the response; send it back in If-None-Match to get 304.",
    schema: { type: "string" },
  },
  "Cache-Control": { description: "How long the response may be kept.", schema: { type: "string" } },
};

const ok = (description: string, schema: z.ZodType, extraHeaders: Record<string, unknown> = {}) => ({
  description,
  headers: { ...cachedHeaders, ...extraHeaders },
  content: { "application/json": { schema: ref(schema) } },
});

export function openApiDocument() {
  const lang = queryParameters(langQuery);
  return {
    openapi: "3.1.0",
    info: {
      title: "Plenary public API",
      version: "1.0.0",
      description:
        "Read-only access to published sessions of intergovernmental bodies: their agendas (numbered items), documents and organization of work. Public data only: no drafts, no links to documents of Restricted distribution. Texts come in the language asked for with `lang`, with the same fallback as the public pages, and each text says which language it is in. Responses carry an ETag and may be cached briefly; any site may read them (CORS).",
    },
    servers: [{ url: "/" }],
    paths: {
      "/api/v1/bodies": {
        get: {
          operationId: "listBodies",
          summary: "Bodies that hold published sessions, and the bodies above them",
          parameters: lang,
          responses: { "200": ok("The bodies.", schemas.BodyList), "400": errorResponse("A parameter is not valid.") },
        },
      },
      "/api/v1/sessions": {
        get: {
          operationId: "listSessions",
          summary: "Published sessions, latest first, one page at a time",
          parameters: queryParameters(sessionQuery),
          responses: {
            "200": ok("One page of sessions.", schemas.SessionList, {
              Link: {
                description: 'Addresses of the next and previous pages (rel="next", rel="prev").',
                schema: { type: "string" },
              },
            }),
            "400": errorResponse("A parameter is not valid."),
          },
        },
      },
      "/api/v1/sessions/{slug}": {
        get: {
          operationId: "getSession",
          summary: "A published session with its agenda, documents and organization of work",
          parameters: [
            { name: "slug", in: "path", required: true, schema: { type: "string" }, example: "ctoc-cop-wg4-2018" },
            ...lang,
          ],
          responses: {
            "200": ok("The session.", schemas.Session),
            "400": errorResponse("A parameter is not valid."),
            "404": errorResponse("No published session has this address."),
          },
        },
      },
      "/api/v1/documents/{symbol}": {
        get: {
          operationId: "getDocument",
          summary: "A document by its symbol, with the sessions and items it is listed under",
          parameters: [
            {
              name: "symbol",
              in: "path",
              required: true,
              description:
                "The document's symbol, its slashes written as they are: /api/v1/documents/CTOC/COP/WG.4/2018/2.",
              schema: { type: "string" },
              example: "CTOC/COP/WG.4/2018/2",
            },
            ...lang,
          ],
          responses: {
            "200": ok("The document.", schemas.DocumentDetail),
            "400": errorResponse("A parameter is not valid."),
            "404": errorResponse("No public document has this symbol."),
          },
        },
      },
      "/api/v1/openapi.json": {
        get: {
          operationId: "getOpenApi",
          summary: "This document",
          responses: { "200": { description: "The OpenAPI document.", content: { "application/json": {} } } },
        },
      },
    },
    components: { schemas: componentSchemas() },
  };
}
