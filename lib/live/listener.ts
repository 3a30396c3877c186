import "server-only";
import pg from "pg";
import { retryDelay } from "./backoff";
import { decodeLiveChange, LIVE_CHANNEL, type LiveChange } from "../audit/live-change";

export type ListenerEvent =
  | { type: "change"; change: LiveChange }
  /** (Re)connected: notifications sent while we were away are lost, so every page must catch up. */
  | { type: "resync" }
  /** The connection dropped: what was learnt from it may be stale until the next resync. */
  | { type: "down" };

export interface ListenerOptions {
  connectionString: () => string | undefined;
  baseDelayMs?: number;
  maxDelayMs?: number;
}

/**
 * The one LISTEN connection of an app instance. It must be a dedicated client: a pooled connection goes
 * back to the pool (and a transaction-mode PgBouncer to other clients) between queries.
 */
export class LiveListener {
  private readonly handlers = new Set<(event: ListenerEvent) => void>();
  private client: pg.Client | null = null;
  /** Whether `client` has connected and issued LISTEN. */
  private live = false;
  private started = false;
  private stopped = false;
  private attempt = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  readonly counters = { connects: 0, failures: 0, notifications: 0 };

  constructor(private readonly options: ListenerOptions) {
    this.baseDelayMs = options.baseDelayMs ?? 500;
    this.maxDelayMs = options.maxDelayMs ?? 30_000;
  }

  get connected(): boolean {
    return this.live;
  }

  /** Connects on the first subscriber and stays connected for the life of the process. */
  subscribe(handler: (event: ListenerEvent) => void): () => void {
    this.handlers.add(handler);
    if (!this.started) {
      this.started = true;
      void this.connect();
    }
    return () => this.handlers.delete(handler);
  }

  /** A connection can die without a word (a dropped network path): a query proves it is alive. */
  async probe(timeoutMs = 10_000): Promise<void> {
    const client = this.client;
    if (!client || !this.live) return;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("probe timed out")), timeoutMs);
    });
    try {
      await Promise.race([client.query("SELECT 1"), timeout]);
    } catch {
      this.lost(client);
    } finally {
      clearTimeout(timer);
    }
  }

  /** The backend's process id, for tests that cut the connection from the server's side. */
  async backendPid(): Promise<number | null> {
    if (!this.live) return null;
    const result = await this.client?.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    return result?.rows[0]?.pid ?? null;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    this.live = false;
    await client?.end().catch(() => undefined);
  }

  private emit(event: ListenerEvent): void {
    for (const handler of this.handlers) {
      try {
        handler(event);
      } catch {
        // One consumer's failure must not keep the others from hearing.
      }
    }
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.options.connectionString(), keepAlive: true });
    this.client = client;
    client.on("notification", (message) => {
      if (message.channel !== LIVE_CHANNEL || client !== this.client) return;
      const change = decodeLiveChange(message.payload ?? "");
      this.counters.notifications++;
      if (change) this.emit({ type: "change", change });
    });
    client.on("error", () => this.lost(client));
    client.on("end", () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${LIVE_CHANNEL}`);
    } catch {
      this.lost(client);
      return;
    }
    if (this.stopped || client !== this.client) return;
    this.live = true;
    this.attempt = 0;
    this.counters.connects++;
    this.emit({ type: "resync" });
  }

  private readonly gone = new WeakSet<pg.Client>();

  private lost(client: pg.Client): void {
    if (this.gone.has(client)) return;
    this.gone.add(client);
    void client.end().catch(() => undefined);
    if (client !== this.client) return;
    const wasLive = this.live;
    this.client = null;
    this.live = false;
    this.counters.failures++;
    if (wasLive) this.emit({ type: "down" });
    if (this.stopped) return;
    // Exponential backoff with jitter: instances that lost the database together do not return together.
    const delay = retryDelay(this.attempt, this.baseDelayMs, this.maxDelayMs);
    this.attempt++;
    this.retryTimer = setTimeout(() => void this.connect(), delay);
    this.retryTimer.unref();
  }
}
