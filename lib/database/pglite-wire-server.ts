import { createServer, type Server, type Socket } from "node:net";
import type { PGlite } from "@electric-sql/pglite";
import { BackendSessionLock } from "./backend-session-lock";
import { listenCommands, listenStatement, takeNotifications, type WireNotification } from "./wire-notifications";
import { errorResponse, lastReadyStatus, readFrontendMessage, SYNC_MESSAGE } from "./wire-protocol";

/**
 * Serves one PGlite database to many PostgreSQL clients over TCP.
 *
 * PGlite is a single PostgreSQL backend: every client shares its one session, unnamed statement and
 * transaction. So a client gets the backend to itself from its first message until the backend is idle
 * again (ReadyForQuery "I"): the Parse/Bind/Execute/Sync of one connection and the statements of an open
 * transaction can never interleave with another's. Other connections wait their turn, in order.
 *
 * LISTEN/NOTIFY: the one backend hands a committed notification back in the committing connection's
 * response. The server takes it out there and writes it, as a whole message between responses, to each
 * connection that has issued LISTEN for its channel, as PostgreSQL would.
 */

export interface WireServerOptions {
  maxConnections?: number;
  /** A connection that holds the backend but sends nothing for this long is cut off, so the others can go on. */
  holdTimeoutMs?: number;
}

const HOLD_TIMEOUT_MS = 60_000;

export class PgliteWireServer {
  private server: Server | null = null;
  private readonly connections = new Set<WireConnection>();
  private readonly sockets = new Set<Socket>();
  private readonly lock = new BackendSessionLock();
  private readonly maxConnections: number;
  private readonly holdTimeoutMs: number;

  constructor(
    private readonly db: PGlite,
    options: WireServerOptions = {},
  ) {
    this.maxConnections = options.maxConnections ?? 100;
    this.holdTimeoutMs = options.holdTimeoutMs ?? HOLD_TIMEOUT_MS;
  }

  /** Listens on 127.0.0.1 (a free port unless one is given) and returns the port. */
  async listen(port = 0): Promise<number> {
    const server = createServer((socket) => this.accept(socket));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });
    const address = server.address();
    if (!address || typeof address !== "object") throw new Error("The embedded database server has no address.");
    return address.port;
  }

  /** Stops accepting, ends every connection (rolling back what they left open) and waits for the backend to be free. */
  async close(): Promise<void> {
    const server = this.server;
    this.server = null;
    await Promise.all([...this.connections].map((connection) => connection.end()));
    for (const socket of this.sockets) socket.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private accept(socket: Socket): void {
    this.sockets.add(socket);
    socket.on("close", () => this.sockets.delete(socket));
    socket.setNoDelay(true);
    if (this.connections.size >= this.maxConnections || !this.server) {
      socket.end(errorResponse("53300", "sorry, too many clients already"));
      return;
    }
    const connection: WireConnection = new WireConnection(socket, this.db, this.lock, this.holdTimeoutMs, {
      gone: () => this.connections.delete(connection),
      deliver: (notifications) => this.deliver(connection, notifications),
      wantedByOthers: () => this.channelsWantedBy(connection),
    });
    this.connections.add(connection);
  }

  // Only the committing connection holds the backend now, so every other one is between two responses.
  private deliver(from: WireConnection, notifications: WireNotification[]): void {
    for (const connection of this.connections) {
      if (connection !== from) connection.notify(notifications);
    }
  }

  private channelsWantedBy(except: WireConnection): Set<string> {
    const channels = new Set<string>();
    for (const connection of this.connections) {
      if (connection !== except) for (const channel of connection.channels) channels.add(channel);
    }
    return channels;
  }
}

interface ConnectionPeers {
  gone: () => void;
  deliver: (notifications: WireNotification[]) => void;
  wantedByOthers: () => Set<string>;
}

class WireConnection {
  /** The channels this client has issued LISTEN for. */
  readonly channels = new Set<string>();
  private buffer: Buffer = Buffer.alloc(0);
  private started = false;
  private closed = false;
  // Messages of one connection run strictly one after another.
  private queue: Promise<void> = Promise.resolve();
  private holdTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly socket: Socket,
    private readonly db: PGlite,
    private readonly lock: BackendSessionLock,
    private readonly holdTimeoutMs: number,
    private readonly peers: ConnectionPeers,
  ) {
    socket.on("data", (chunk) => this.receive(chunk));
    socket.on("error", () => void this.end());
    socket.on("close", () => void this.end());
  }

  private receive(chunk: Buffer): void {
    if (this.closed) return;
    this.clearHoldTimer();
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    for (;;) {
      const read = readFrontendMessage(this.buffer, this.started);
      if (!read) break;
      this.buffer = this.buffer.subarray(read.length);
      const message = read.message;
      if (read.kind === "ssl-request") {
        this.socket.write("N");
      } else if (read.kind === "cancel-request" || read.kind === "terminate") {
        void this.end();
        return;
      } else {
        if (read.kind === "startup") this.started = true;
        this.queue = this.queue.then(() => this.forward(message));
      }
    }
  }

  private async forward(message: Uint8Array): Promise<void> {
    if (this.closed || !(await this.lock.acquire(this)) || this.closed) return;
    try {
      const commands = listenCommands(message);
      const response = await this.db.runExclusive(async () => {
        const answer = await this.db.execProtocolRaw(message);
        if (commands.length) await this.applyListenCommands(commands);
        return answer;
      });
      const { rest, notifications } = takeNotifications(response);
      if (!this.socket.destroyed) this.socket.write(rest);
      if (notifications.length) {
        this.notify(notifications);
        this.peers.deliver(notifications);
      }
      if (lastReadyStatus(response) === "I") this.lock.release(this);
      else this.armHoldTimer();
    } catch {
      // PGlite answers SQL errors in the protocol; a throw means the backend itself failed this message.
      if (!this.socket.destroyed)
        this.socket.write(errorResponse("XX000", "the embedded database could not run this message"));
      void this.end();
    }
  }

  /** Writes the notifications for channels this client listens to; the others never reach it. */
  notify(notifications: WireNotification[]): void {
    if (this.closed || this.socket.destroyed || this.channels.size === 0) return;
    for (const notification of notifications) {
      if (this.channels.has(notification.channel)) this.socket.write(notification.message);
    }
  }

  // The backend listens on behalf of every client: one client's UNLISTEN must not silence the others.
  private async applyListenCommands(commands: ReturnType<typeof listenCommands>): Promise<void> {
    let unlistened = false;
    for (const command of commands) {
      if (command.kind === "listen") this.channels.add(command.channel);
      else if (command.channel === "*") this.channels.clear();
      else this.channels.delete(command.channel);
      unlistened ||= command.kind === "unlisten";
    }
    if (!unlistened) return;
    for (const channel of this.peers.wantedByOthers()) {
      const { notifications } = takeNotifications(await this.db.execProtocolRaw(simpleQuery(listenStatement(channel))));
      if (notifications.length) this.peers.deliver(notifications);
    }
  }

  // A client that keeps the backend (open transaction, unfinished extended query) must keep talking.
  private armHoldTimer(): void {
    this.clearHoldTimer();
    this.holdTimer = setTimeout(() => {
      this.socket.write(errorResponse("25P03", "terminating connection due to idle-in-transaction timeout"));
      void this.end();
    }, this.holdTimeoutMs);
    this.holdTimer.unref();
  }

  private clearHoldTimer(): void {
    if (this.holdTimer) clearTimeout(this.holdTimer);
    this.holdTimer = undefined;
  }

  /** Closes the socket and leaves the backend clean: no unfinished statement, no open transaction. */
  end(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      this.clearHoldTimer();
      this.socket.destroy();
      this.lock.forget(this);
      this.queue = this.queue.catch(() => undefined).then(() => this.cleanUp());
    }
    return this.queue;
  }

  private async cleanUp(): Promise<void> {
    try {
      if (this.lock.isHeldBy(this)) {
        await this.db.runExclusive(async () => {
          await this.db.execProtocolRaw(SYNC_MESSAGE);
          if (this.db.isInTransaction()) await this.db.execProtocolRaw(simpleQuery("ROLLBACK"));
        });
      }
    } finally {
      this.lock.release(this);
      this.peers.gone();
    }
  }
}

function simpleQuery(sql: string): Uint8Array {
  const text = Buffer.from(`${sql}\0`, "utf8");
  const message = Buffer.alloc(5 + text.length);
  message.write("Q", 0, "latin1");
  message.writeInt32BE(4 + text.length, 1);
  text.copy(message, 5);
  return message;
}
