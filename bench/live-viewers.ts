import { readdirSync, readFileSync } from "node:fs";
import http from "node:http";

/** A bare Server-Sent Events client over node:http (no EventSource polyfill): what the bench's viewers are. */
export interface Viewer {
  /** When (performance.now()) each meeting revision first arrived. */
  received: Map<number, number>;
  close(): void;
}

export function connectViewer(port: number, sessionId: string, timeoutMs = 60_000): Promise<Viewer> {
  return new Promise((resolve, reject) => {
    const received = new Map<number, number>();
    const request = http.get(
      {
        host: "127.0.0.1",
        port,
        path: `/api/live/sessions/${sessionId}`,
        agent: false,
        headers: { Accept: "text/event-stream" },
      },
      (response) => {
        if (response.statusCode !== 200) {
          response.resume();
          reject(new Error(`stream answered ${response.statusCode}`));
          return;
        }
        response.setEncoding("utf8");
        let buffer = "";
        response.on("data", (chunk: string) => {
          const now = performance.now();
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (!block.startsWith("event: meeting\n")) continue;
            const data = block.slice(block.indexOf("data: ") + 6);
            const revision = (JSON.parse(data) as { revision: number }).revision;
            if (!received.has(revision)) received.set(revision, now);
            clearTimeout(timer);
            resolve(viewer);
          }
        });
        response.on("error", () => undefined);
      },
    );
    const viewer: Viewer = { received, close: () => request.destroy() };
    const timer = setTimeout(() => {
      request.destroy();
      reject(new Error("no first meeting event"));
    }, timeoutMs);
    request.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
export function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended meanwhile.
    }
  }
  let total = 0;
  const visit = (id: number) => {
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${id}/status`, "utf8"))?.[1];
      total += Number(rss ?? 0) * 1024;
    } catch {
      return;
    }
    for (const child of children.get(id) ?? []) visit(child);
  };
  visit(pid);
  return total;
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}
