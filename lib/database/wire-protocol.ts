/**
 * The few pieces of the PostgreSQL frontend/backend protocol (version 3) that the embedded server needs
 * to find message boundaries and to know when the backend is idle.
 * https://www.postgresql.org/docs/current/protocol-message-formats.html
 */

const PROTOCOL_3 = 196608;
const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const READY_FOR_QUERY = "Z".charCodeAt(0);
const TERMINATE = "X".charCodeAt(0);

export type FrontendMessageKind = "startup" | "ssl-request" | "cancel-request" | "terminate" | "message";

export interface FrontendMessage {
  kind: FrontendMessageKind;
  message: Uint8Array;
  length: number;
}

/** The first complete message at the start of `buffer`, or null when more bytes are needed. */
export function readFrontendMessage(buffer: Buffer, started: boolean): FrontendMessage | null {
  if (!started) {
    // Messages before the startup message carry no type byte: length, then a code.
    if (buffer.length < 8) return null;
    const length = buffer.readInt32BE(0);
    if (length < 8 || buffer.length < length) return null;
    const code = buffer.readInt32BE(4);
    const message = buffer.subarray(0, length);
    if (code === SSL_REQUEST || code === GSSENC_REQUEST) return { kind: "ssl-request", message, length };
    if (code === CANCEL_REQUEST) return { kind: "cancel-request", message, length };
    if (code === PROTOCOL_3) return { kind: "startup", message, length };
    // Anything else is not a client we can talk to: treat it like a goodbye.
    return { kind: "terminate", message, length };
  }
  if (buffer.length < 5) return null;
  const length = 1 + buffer.readInt32BE(1);
  if (length < 5) return { kind: "terminate", message: buffer.subarray(0, 5), length: 5 };
  if (buffer.length < length) return null;
  const message = buffer.subarray(0, length);
  return { kind: buffer[0] === TERMINATE ? "terminate" : "message", message, length };
}

/** The transaction status of the last ReadyForQuery in a backend response ("I" idle, "T" in a transaction, "E" failed one), if any. */
export function lastReadyStatus(response: Uint8Array): "I" | "T" | "E" | null {
  let status: "I" | "T" | "E" | null = null;
  const view = Buffer.from(response.buffer, response.byteOffset, response.byteLength);
  let offset = 0;
  while (offset + 5 <= view.length) {
    const type = view[offset];
    const length = view.readInt32BE(offset + 1);
    if (length < 4) break;
    const statusByte = view[offset + 5];
    if (type === READY_FOR_QUERY && statusByte !== undefined)
      status = String.fromCharCode(statusByte) as "I" | "T" | "E";
    offset += 1 + length;
  }
  return status;
}

/** Sync: ends an extended-query sequence, so whatever a vanished client left unfinished is discarded. */
export const SYNC_MESSAGE = new Uint8Array([0x53, 0, 0, 0, 4]);

/** An ErrorResponse with severity FATAL, for refusing or cutting off a client. */
export function errorResponse(sqlState: string, text: string): Buffer {
  const fields = Buffer.concat([Buffer.from(`SFATAL\0VFATAL\0C${sqlState}\0M${text}\0`, "utf8"), Buffer.from([0])]);
  const header = Buffer.alloc(5);
  header.write("E", 0, "latin1");
  header.writeInt32BE(4 + fields.length, 1);
  return Buffer.concat([header, fields]);
}
