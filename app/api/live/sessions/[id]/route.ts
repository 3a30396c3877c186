import { liveStreamResponse } from "@/lib/live/stream";

// Every request is a new stream: never prerendered, never cached.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return liveStreamResponse(request, id);
}
