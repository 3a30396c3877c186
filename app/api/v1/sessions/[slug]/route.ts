import { apiSession } from "@/lib/api/loaders";
import { apiResponse } from "@/lib/api/response";
import { preflightResponse } from "@/lib/http/public-response";

export async function GET(request: Request, { params }: RouteContext<"/api/v1/sessions/[slug]">) {
  const { slug } = await params;
  return apiResponse(request, await apiSession(slug, new URL(request.url).searchParams));
}

export const OPTIONS = preflightResponse;
