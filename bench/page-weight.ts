import { gzipSync } from "node:zlib";

/** The bytes of a page as a first visit downloads them: its HTML, the part of it that is RSC payload, its scripts. */
export async function pageWeight(base: string, path: string) {
  const html = await (await fetch(`${base}${path}`)).text();
  const htmlBytes = Buffer.byteLength(html);
  // Next.js streams the RSC payload into the page as inline scripts: self.__next_f.push([1,"…"]).
  const rscBytes = [...html.matchAll(/<script>(self\.__next_f\.push\([\s\S]*?)<\/script>/g)].reduce(
    (sum, match) => sum + Buffer.byteLength(match[1] ?? ""),
    0,
  );
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1] ?? ""))];
  let jsGzip = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, base))).arrayBuffer());
    jsGzip += gzipSync(body).length;
  }
  return { htmlBytes, htmlGzip: gzipSync(html).length, rscBytes, scripts: sources.length, jsGzip };
}
