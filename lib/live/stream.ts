import "server-only";
import { clientAddress, trustedProxyHops } from "../auth/client-address";
import { getCurrentActor } from "../auth/current-user";
import type { Actor } from "../auth/types";
import { getDb, type Db } from "../db";
import { isSessionId, mayFollowSession } from "./access";
import { getStreamAccess } from "./data";
import { LiveHub, type LiveSink } from "./hub";
import { LiveListener, type ListenerEvent } from "./listener";
import { bypassPageCache, expirePagesOf, resumePageCache } from "../cache/page-cache";
import { RETRY_MS } from "./sse";

const STREAM_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  "Cache-Control": "no-cache, no-transform",
  "X-Accel-Buffering": "no",
  Connection: "keep-alive",
} as const;

// A viewer whose connection cannot keep up (this many events queued) is dropped; its browser reconnects.
const MAX_QUEUED_EVENTS = 1_000;

function positiveInt(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

// Route handlers and server actions are separate bundles in one process: one hub and listener for all, via globalThis.
const globalForLive = globalThis as unknown as { plenaryLiveHub?: LiveHub; plenaryLiveListener?: LiveListener };

export function getLiveListener(): LiveListener {
  if (!globalForLive.plenaryLiveListener) {
    const listener = new LiveListener({ connectionString: () => process.env.DATABASE_URL });
    // First subscriber, so first served: a live page that refreshes on a change must get the new page.
    listener.subscribe(expireCachedPages);
    globalForLive.plenaryLiveListener = listener;
  }
  return globalForLive.plenaryLiveListener;
}

/** Every instance caches its own pages and hears every instance's writes here. */
function expireCachedPages(event: ListenerEvent): void {
  if (event.type === "change") expirePagesOf([event.change]);
  else if (event.type === "down") bypassPageCache();
  // Also on the first connection: pages rendered before it may have missed changes.
  else if (event.type === "resync") resumePageCache();
}

/** Called when the server starts (instrumentation.ts): cached pages must hear changes even with no live reader. */
export function startLiveListener(): void {
  getLiveListener();
}

export function getLiveHub(): LiveHub {
  globalForLive.plenaryLiveHub ??= new LiveHub({
    db: getDb,
    listener: getLiveListener(),
    maxStreams: positiveInt(process.env.PLENARY_LIVE_MAX_STREAMS, 5000),
    maxPerAddress: positiveInt(process.env.PLENARY_LIVE_MAX_PER_ADDRESS, 20),
  });
  return globalForLive.plenaryLiveHub;
}

export interface StreamDeps {
  hub: LiveHub;
  db: Db;
  actor: () => Promise<Actor | null>;
}

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

/** GET /api/live/sessions/{id}: the session's live events, for whoever may see the session. */
export async function liveStreamResponse(
  request: Request,
  sessionId: string,
  deps: StreamDeps = { hub: getLiveHub(), db: getDb(), actor: getCurrentActor },
): Promise<Response> {
  if (!isSessionId(sessionId)) return notFound();
  const admission = deps.hub.admit(clientAddress(request.headers, trustedProxyHops()));
  if (!admission.admitted) {
    return new Response(admission.status === 429 ? "Too many live connections" : "Live updates are busy", {
      status: admission.status,
      headers: { "Retry-After": String(admission.retryAfter), "Cache-Control": "no-store" },
    });
  }
  const { release } = admission;
  try {
    const access = await getStreamAccess(deps.db, sessionId);
    // Only a draft needs to know who asks: the many viewers of a published session cost no sign-in lookup.
    const actor = access?.status === "DRAFT" ? await deps.actor() : null;
    if (!access || !mayFollowSession(access, actor)) {
      release();
      return notFound();
    }
  } catch (error) {
    release();
    throw error;
  }
  return new Response(eventStream(request, sessionId, deps.hub, release), { headers: STREAM_HEADERS });
}

function eventStream(
  request: Request,
  sessionId: string,
  hub: LiveHub,
  release: () => void,
): ReadableStream<Uint8Array> {
  let unsubscribe: (() => void) | undefined;
  let closed = false;
  const finish = () => {
    if (closed) return;
    closed = true;
    unsubscribe?.();
    release();
  };
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const sink: LiveSink = {
        send(chunk) {
          if (closed || (controller.desiredSize ?? 0) < -MAX_QUEUED_EVENTS) return false;
          try {
            controller.enqueue(chunk);
            return true;
          } catch {
            return false;
          }
        },
        close() {
          finish();
          try {
            controller.close();
          } catch {
            // Already closed by the viewer.
          }
        },
      };
      if (request.signal.aborted) return sink.close();
      request.signal.addEventListener("abort", () => sink.close(), { once: true });
      sink.send(new TextEncoder().encode(`retry: ${RETRY_MS}\n\n`));
      const remove = await hub.subscribe(sessionId, sink);
      if (closed) remove();
      else unsubscribe = remove;
    },
    cancel() {
      finish();
    },
  });
}
