import { apiDocument } from "@/lib/api/loaders";
import { apiResponse } from "@/lib/api/response";
import { preflightResponse } from "@/lib/http/public-response";

// Symbols hold slashes (CTOC/COP/WG.4/2018/2): the whole rest of the address is the symbol.
export async function GET(request: Request, { params }: RouteContext<"/api/v1/documents/[...symbol]">) {
  const { symbol } = await params;
  return apiResponse(request, await apiDocument(symbol, new URL(request.url).searchParams));
}

export const OPTIONS = preflightResponse;
