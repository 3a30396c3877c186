import type { ApiResult } from "./loaders";
import { jsonError, jsonResponse } from "../http/public-response";

/** An API result as a response: JSON with ETag and CORS, or the error in the API's own shape. */
export function apiResponse(request: Request, result: ApiResult): Response {
  if (result.status !== 200) return jsonError(result.status, result.code, result.message);
  return jsonResponse(request, result.body, result.headers);
}
