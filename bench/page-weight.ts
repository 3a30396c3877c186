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
  // Modern browsers skip the polyfills marked noModule.
  const tags = [...new Set([...html.matchAll(/<script[^>]+src="[^"]+"[^>]*>/g)].map((match) => match[0]))];
  const modern = tags.filter((tag) => !/nomodule/i.test(tag));
  let jsGzip = 0;
  for (const tag of modern) {
    const source = /src="([^"]+)"/.exec(tag)?.[1] ?? "";
    const body = Buffer.from(await (await fetch(new URL(source, base))).arrayBuffer());
    jsGzip += gzipSync(body).length;
  }
  return { htmlBytes, htmlGzip: gzipSync(html).length, rscBytes, scripts: modern.length, jsGzip };
}
