import "server-only";
import type { Db } from "../db";
import { getMeetingState } from "../meeting/data";
import type { MeetingState } from "../meeting/types";
import { getSessionsAffectedBy } from "./data";
import type { LiveChange } from "../audit/live-change";
import type { ListenerEvent, LiveListener } from "./listener";
import { formatEvent, HEARTBEAT } from "./sse";

// Encoded once per event, not once per viewer.
const encoder = new TextEncoder();
const HEARTBEAT_BYTES = encoder.encode(HEARTBEAT);

/** One open event stream: `send` answers false once the viewer is gone. */
export interface LiveSink {
  send(chunk: Uint8Array): boolean;
  close(): void;
}

export interface HubOptions {
  db: () => Db;
  listener: Pick<LiveListener, "subscribe" | "probe" | "connected">;
  maxStreams?: number;
  maxPerAddress?: number;
  heartbeatMs?: number;
}

export type Admission =
  { admitted: true; release: () => void } | { admitted: false; status: 429 | 503; retryAfter: number };

/**
 * Fans live changes out to the streams of this app instance. Whatever a change costs in database work is
 * done once per change and instance, never once per viewer: 500 viewers of a session cost one query.
 */
export class LiveHub {
  private readonly streams = new Map<string, Set<LiveSink>>();
  private readonly perAddress = new Map<string, number>();
  private admittedCount = 0;
  /** Per session: the state refresh running now, and whether another change came in meanwhile. */
  private readonly refreshing = new Map<string, { again: boolean }>();
  /** The latest state read while the listener was connected: it stays right until the next change. */
  private readonly latest = new Map<string, MeetingState>();
  private heartbeat: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;
  private readonly maxStreams: number;
  private readonly maxPerAddress: number;
  private readonly heartbeatMs: number;
  readonly counters = { stateQueries: 0, affectedQueries: 0, events: 0, dropped: 0, refused: 0 };

  constructor(private readonly options: HubOptions) {
    this.maxStreams = options.maxStreams ?? 5000;
    this.maxPerAddress = options.maxPerAddress ?? 20;
    this.heartbeatMs = options.heartbeatMs ?? 15_000;
  }

  get streamCount(): number {
    return this.admittedCount;
  }

  /** Reserves a place for one more stream from this address, or says why not (and when to try again). */
  admit(address: string): Admission {
    if (this.admittedCount >= this.maxStreams) {
      this.counters.refused++;
      return { admitted: false, status: 503, retryAfter: 30 };
    }
    const mine = this.perAddress.get(address) ?? 0;
    if (mine >= this.maxPerAddress) {
      this.counters.refused++;
      return { admitted: false, status: 429, retryAfter: 60 };
    }
    this.admittedCount++;
    this.perAddress.set(address, mine + 1);
    let released = false;
    return {
      admitted: true,
      release: () => {
        if (released) return;
        released = true;
        this.admittedCount--;
        const left = (this.perAddress.get(address) ?? 1) - 1;
        if (left > 0) this.perAddress.set(address, left);
        else this.perAddress.delete(address);
      },
    };
  }

  /** Adds a stream and sends it the meeting's current state first; returns how to remove it. */
  async subscribe(sessionId: string, sink: LiveSink): Promise<() => void> {
    this.unsubscribe ??= this.options.listener.subscribe((event) => this.onListenerEvent(event));
    const sinks = this.streams.get(sessionId) ?? new Set<LiveSink>();
    this.streams.set(sessionId, sinks);
    sinks.add(sink);
    this.startHeartbeat();
    const remove = () => this.remove(sessionId, sink);
    // Subscribed before reading: a change committed meanwhile reaches this stream too, and the page keeps the highest revision.
    const cached = this.options.listener.connected ? this.latest.get(sessionId) : undefined;
    const state = cached ?? (await this.readState(sessionId));
    if (state && !sink.send(encoder.encode(formatEvent("meeting", state)))) this.drop(sessionId, sink);
    return remove;
  }

  private remove(sessionId: string, sink: LiveSink): void {
    const sinks = this.streams.get(sessionId);
    if (!sinks?.delete(sink)) return;
    if (sinks.size === 0) {
      this.streams.delete(sessionId);
      this.latest.delete(sessionId);
    }
    if (this.streams.size === 0) this.stopHeartbeat();
  }

  private onListenerEvent(event: ListenerEvent): void {
    if (event.type === "down") {
      this.latest.clear();
    } else if (event.type === "resync") {
      this.latest.clear();
      for (const sessionId of this.streams.keys()) {
        this.broadcast(sessionId, formatEvent("resync", {}));
        this.refreshMeeting(sessionId);
      }
    } else void this.onChange(event.change);
  }

  private async onChange(change: LiveChange): Promise<void> {
    if (change.kind === "meeting") {
      if (this.streams.has(change.sessionId)) this.refreshMeeting(change.sessionId);
      return;
    }
    if (change.kind === "content") {
      this.broadcast(change.sessionId, formatEvent("content", { sessionId: change.sessionId }));
      return;
    }
    if (this.streams.size === 0) return;
    this.counters.affectedQueries++;
    const sessionIds = await getSessionsAffectedBy(this.options.db(), change).catch(() => [] as string[]);
    for (const sessionId of sessionIds) this.broadcast(sessionId, formatEvent("content", { sessionId }));
  }

  // One read at a time per session, so states go out in order; changes that arrive during a read are
  // covered by one more read after it (a burst of ten actions costs two reads, not ten).
  private refreshMeeting(sessionId: string): void {
    const running = this.refreshing.get(sessionId);
    if (running) {
      running.again = true;
      return;
    }
    const slot = { again: true };
    this.refreshing.set(sessionId, slot);
    void (async () => {
      try {
        while (slot.again) {
          slot.again = false;
          const state = await this.readState(sessionId);
          if (!state) continue;
          if (this.options.listener.connected && this.streams.has(sessionId)) this.latest.set(sessionId, state);
          this.broadcast(sessionId, formatEvent("meeting", state));
        }
      } finally {
        this.refreshing.delete(sessionId);
      }
    })();
  }

  private async readState(sessionId: string): Promise<MeetingState | null> {
    this.counters.stateQueries++;
    return getMeetingState(this.options.db(), sessionId).catch(() => null);
  }

  private broadcast(sessionId: string, text: string): void {
    const sinks = this.streams.get(sessionId);
    if (!sinks) return;
    const chunk = encoder.encode(text);
    for (const sink of sinks) {
      if (sink.send(chunk)) this.counters.events++;
      else this.drop(sessionId, sink);
    }
  }

  private drop(sessionId: string, sink: LiveSink): void {
    this.counters.dropped++;
    this.remove(sessionId, sink);
    sink.close();
  }

  // One timer for every stream: proxies and browsers close connections that stay silent too long.
  private startHeartbeat(): void {
    if (this.heartbeat) return;
    this.heartbeat = setInterval(() => {
      for (const [sessionId, sinks] of this.streams) {
        for (const sink of sinks) if (!sink.send(HEARTBEAT_BYTES)) this.drop(sessionId, sink);
      }
      void this.options.listener.probe();
    }, this.heartbeatMs);
    this.heartbeat.unref();
  }

  private stopHeartbeat(): void {
    clearInterval(this.heartbeat);
    this.heartbeat = undefined;
  }
}
