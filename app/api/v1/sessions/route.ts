import { apiSessions } from "@/lib/api/loaders";
import { apiResponse } from "@/lib/api/response";
import { preflightResponse } from "@/lib/http/public-response";

export async function GET(request: Request) {
  return apiResponse(request, await apiSessions(new URL(request.url).searchParams));
}

export const OPTIONS = preflightResponse;
