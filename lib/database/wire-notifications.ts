/**
 * LISTEN/NOTIFY for the embedded database's many socket clients. PGlite is one backend: a notification
 * committed by any client comes back (once, deduplicated as PostgreSQL does) in the response of the client
 * that committed. The wire server takes it out of that response and hands it to the clients that listen.
 * https://www.postgresql.org/docs/current/protocol-message-formats.html (NotificationResponse, 'A')
 */

const NOTIFICATION_RESPONSE = "A".charCodeAt(0);
const QUERY = "Q".charCodeAt(0);
const PARSE = "P".charCodeAt(0);

export interface WireNotification {
  channel: string;
  /** The whole NotificationResponse message, ready to write to a client. */
  message: Buffer;
}

/** The response without its NotificationResponse messages, and those messages. */
export function takeNotifications(response: Uint8Array): { rest: Uint8Array; notifications: WireNotification[] } {
  const view = Buffer.from(response.buffer, response.byteOffset, response.byteLength);
  const notifications: WireNotification[] = [];
  const kept: Buffer[] = [];
  let offset = 0;
  let keptFrom = 0;
  while (offset + 5 <= view.length) {
    const length = view.readInt32BE(offset + 1);
    if (length < 4 || offset + 1 + length > view.length) break;
    const end = offset + 1 + length;
    if (view[offset] === NOTIFICATION_RESPONSE) {
      kept.push(view.subarray(keptFrom, offset));
      keptFrom = end;
      // Body: int32 process id, channel\0, payload\0.
      const channelEnd = view.indexOf(0, offset + 9);
      const channel = view.toString("utf8", offset + 9, channelEnd < 0 || channelEnd > end ? end : channelEnd);
      notifications.push({ channel, message: Buffer.from(view.subarray(offset, end)) });
    }
    offset = end;
  }
  if (notifications.length === 0) return { rest: response, notifications };
  kept.push(view.subarray(keptFrom));
  return { rest: Buffer.concat(kept), notifications };
}

export type ListenCommand = { kind: "listen"; channel: string } | { kind: "unlisten"; channel: string | "*" };

// A statement that starts with LISTEN or UNLISTEN, at the start of the text or after a semicolon.
const LISTEN_STATEMENT = /(?:^|;)\s*(UN)?LISTEN\s+("(?:[^"]|"")+"|\*|[A-Za-z_][A-Za-z0-9_$]*)/gi;

/** The LISTEN/UNLISTEN statements in a simple query (or a Parse), in order; [] for any other message. */
export function listenCommands(message: Uint8Array): ListenCommand[] {
  const type = message[0];
  if (type !== QUERY && type !== PARSE) return [];
  const view = Buffer.from(message.buffer, message.byteOffset, message.byteLength);
  let start = 5;
  // Parse: statement name\0 then the query text.
  if (type === PARSE) start = view.indexOf(0, 5) + 1;
  if (start <= 0) return [];
  const textEnd = view.indexOf(0, start);
  const text = view.toString("utf8", start, textEnd < 0 ? view.length : textEnd);
  if (!/listen/i.test(text)) return [];
  const commands: ListenCommand[] = [];
  for (const match of text.matchAll(LISTEN_STATEMENT)) {
    const raw = match[2] ?? "";
    const channel = raw.startsWith('"')
      ? raw.slice(1, -1).replaceAll('""', '"')
      : raw === "*"
        ? "*"
        : raw.toLowerCase();
    if (match[1]) commands.push({ kind: "unlisten", channel });
    else if (channel !== "*") commands.push({ kind: "listen", channel });
  }
  return commands;
}

/** LISTEN for a channel, quoted so that any name survives. */
export function listenStatement(channel: string): string {
  return `LISTEN "${channel.replaceAll('"', '""')}"`;
}
