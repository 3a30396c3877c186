import { apiBodies } from "@/lib/api/loaders";
import { apiResponse } from "@/lib/http/api-route";
import { preflightResponse } from "@/lib/http/public-response";

export async function GET(request: Request) {
  return apiResponse(request, await apiBodies(new URL(request.url).searchParams));
}

export const OPTIONS = preflightResponse;
