import { openApiDocument } from "@/lib/api/openapi";
import { jsonResponse, preflightResponse } from "@/lib/http/public-response";

export function GET(request: Request) {
  return jsonResponse(request, openApiDocument());
}

export const OPTIONS = preflightResponse;
