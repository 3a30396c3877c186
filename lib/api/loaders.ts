import "server-only";
import { getDb } from "../db";
import { getPublicDocument } from "../document-search/data";
import { getPublicSession } from "../sessions/data";
import { isSafeText } from "../validation/text";
import { listPublicBodies, listPublicSessionPage } from "./data";
import { bodyDto, documentDetailDto, sessionDto, sessionSummaryDto } from "./dto";
import { langQuery, readQuery, sessionQuery } from "./query";
import { BodyList, DocumentDetail, Session, SessionList } from "./schemas";

/**
 * What the API's route handlers call. Each reads its parameters, reads public rows only (Restricted links are never
 * given: the API is the same for everyone, signed in or not), and shapes the answer with the response schema.
 */

export type ApiResult =
  | { status: 200; body: unknown; headers?: Record<string, string> }
  | { status: 400 | 404; code: "bad-request" | "not-found"; message: string };

const badRequest = (message: string): ApiResult => ({ status: 400, code: "bad-request", message });
const notFound = (what: string): ApiResult => ({ status: 404, code: "not-found", message: `No public ${what} here.` });

export async function apiBodies(params: URLSearchParams): Promise<ApiResult> {
  const query = readQuery(langQuery, params);
  if (!query.ok) return badRequest(query.message);
  const bodies = await listPublicBodies(getDb());
  return { status: 200, body: BodyList.parse({ data: bodies.map((b) => bodyDto(b, query.value.lang)) }) };
}

export async function apiSessions(params: URLSearchParams): Promise<ApiResult> {
  const query = readQuery(sessionQuery, params);
  if (!query.ok) return badRequest(query.message);
  const { lang, page, pageSize, ...filter } = query.value;
  const { sessions, total } = await listPublicSessionPage(getDb(), { ...filter, page, pageSize });
  const totalPages = Math.ceil(total / pageSize);
  const link = (p: number) => {
    const next = new URLSearchParams(params);
    next.set("page", String(p));
    return `</api/v1/sessions?${next.toString()}>`;
  };
  const links = [
    ...(page < totalPages ? [`${link(page + 1)}; rel="next"`] : []),
    ...(page > 1 ? [`${link(page - 1)}; rel="prev"`] : []),
  ];
  return {
    status: 200,
    body: SessionList.parse({
      data: sessions.map((s) => sessionSummaryDto(s, lang)),
      pagination: { page, pageSize, total, totalPages },
    }),
    headers: links.length ? { Link: links.join(", ") } : {},
  };
}

export async function apiSession(slug: string, params: URLSearchParams): Promise<ApiResult> {
  const query = readQuery(langQuery, params);
  if (!query.ok) return badRequest(query.message);
  if (!slug || slug.length > 200 || !isSafeText(slug)) return notFound("session");
  const session = await getPublicSession(getDb(), slug, false);
  if (!session) return notFound("session");
  return { status: 200, body: Session.parse(sessionDto(session, query.value.lang)) };
}

export async function apiDocument(symbolParts: string[], params: URLSearchParams): Promise<ApiResult> {
  const query = readQuery(langQuery, params);
  if (!query.ok) return badRequest(query.message);
  const symbol = symbolParts.join("/");
  if (!symbol || symbol.length > 200 || !isSafeText(symbol)) return notFound("document");
  const doc = await getPublicDocument(getDb(), symbol);
  if (!doc) return notFound("document");
  return { status: 200, body: DocumentDetail.parse(documentDetailDto(doc, query.value.lang)) };
}
