import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/ui/markdown";
import { linkSymbols } from "../documents/link-symbols";

// Annotations are written by the secretariat and shown to everyone: whatever is typed, the page that renders
// them (the public session page, and the editor's live preview, which uses the same component) must not run it.

const PAYLOADS = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
  "<img src=x onerror=alert(1)>",
  "<IMG SRC=JaVaScRiPt:alert('XSS')>",
  "<svg onload=alert(1)>",
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JAVASCRIPT:alert(1)">x</a>',
  '<a href="java&#x09;script:alert(1)">x</a>',
  '<a href="&#x6A;avascript&#58;alert(1)">x</a>',
  '<a href="jav\tascript:alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  "[x](javascript:alert(1))",
  "[x](JAVASCRIPT:alert(1))",
  "[x](java&#x09;script:alert(1))",
  "[x](javascript&colon;alert(1))",
  "[x](&#106;avascript:alert(1))",
  "[x](<javascript:alert(1)>)",
  "[x](\u0001javascript:alert(1))",
  "[x](vbscript:msgbox(1))",
  "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "![x](javascript:alert(1))",
  "![x](data:image/svg+xml,%3Csvg%20onload=alert(1)%3E)",
  "[ref][r]\n\n[r]: javascript:alert(1)",
  "<javascript:alert(1)>",
  "<JaVaScRiPt:alert(1)>",
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">x</button></form>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<p style="width: expression(alert(1))">x</p>',
  "<style>body{background:url(javascript:alert(1))}</style>",
  "<details open ontoggle=alert(1)>",
  "<body onload=alert(1)>",
  "<input onfocus=alert(1) autofocus>",
  '<video><source onerror="alert(1)"></video>',
  '<base href="javascript:alert(1)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<link rel="stylesheet" href="javascript:alert(1)">',
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  "| a | b |\n| - | - |\n| <img src=x onerror=alert(1)> | [x](javascript:alert(1)) |",
  "`<script>alert(1)</script>` and\n\n```html\n<script>alert(1)</script>\n```",
  '<a href="https://example.org" onclick="alert(1)" onmouseover=alert(1)>x</a>',
  'See CTOC/COP/WG.4/2018/1"><script>alert(1)</script> and <img src=x onerror=alert(1)>',
];

const FORBIDDEN_TAGS = new Set([
  "script",
  "iframe",
  "object",
  "embed",
  "svg",
  "math",
  "style",
  "form",
  "button",
  "input",
  "base",
  "meta",
  "link",
  "body",
  "video",
  "source",
]);
const URL_ATTRIBUTES = new Set([
  "href",
  "src",
  "action",
  "formaction",
  "xlink:href",
  "data",
  "srcdoc",
  "background",
  "poster",
]);

const NAMED: Record<string, string> = {
  amp: "&",
  quot: '"',
  apos: "'",
  lt: "<",
  gt: ">",
  colon: ":",
  tab: "\t",
  newline: "\n",
};

/** What a browser would see in an attribute value: entities decoded, then the characters it ignores in a scheme removed. */
function normalise(value: string): string {
  const decoded = value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, entity: string) => {
    if (entity[0] === "#")
      return String.fromCodePoint(
        entity[1]?.toLowerCase() === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10),
      );
    return NAMED[entity.toLowerCase()] ?? whole;
  });
  return decoded.replace(/[\u0000-\u0020\u007f-\u00a0]+/g, "").toLowerCase();
}

/** Every element of the HTML with its attributes. */
function elements(html: string): Array<{ tag: string; attributes: Array<[string, string]> }> {
  return [...html.matchAll(/<([a-z][\w:-]*)((?:\s+[^\s=>]+(?:="[^"]*"|='[^']*'|=[^\s>]+)?)*)\s*\/?>/gi)].map(
    (match) => ({
      tag: (match[1] ?? "").toLowerCase(),
      attributes: [...(match[2] ?? "").matchAll(/([^\s=>]+)(?:="([^"]*)"|='([^']*)'|=([^\s>]+))?/g)].map(
        (a): [string, string] => [(a[1] ?? "").toLowerCase(), a[2] ?? a[3] ?? a[4] ?? ""],
      ),
    }),
  );
}

function executableVectors(html: string): string[] {
  const found: string[] = [];
  for (const { tag, attributes } of elements(html)) {
    if (FORBIDDEN_TAGS.has(tag)) found.push(`<${tag}>`);
    for (const [name, value] of attributes) {
      if (name.startsWith("on")) found.push(`${tag}[${name}]`);
      if (name === "style") found.push(`${tag}[style]`);
      if (URL_ATTRIBUTES.has(name) && /^(javascript|vbscript|data|livescript):/.test(normalise(value)))
        found.push(`${tag}[${name}=${value}]`);
    }
  }
  // Whatever survives as text must be escaped text, never markup.
  if (/<\s*script/i.test(html)) found.push("<script");
  return found;
}

const render = (source: string) => renderToStaticMarkup(createElement(Markdown, { source }));
// The editor and the public page link known document symbols before rendering; that path is checked too.
const linked = (source: string) =>
  render(linkSymbols(source, new Map([["CTOC/COP/WG.4/2018/1", "#doc-CTOC-COP-WG.4-2018-1"]])));

describe("annotation markdown is sanitised", () => {
  it("has a corpus of at least 25 payloads", () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(25);
  });

  for (const [index, payload] of PAYLOADS.entries()) {
    it(`neutralises payload ${index + 1}: ${JSON.stringify(payload).slice(0, 70)}`, () => {
      expect(executableVectors(render(payload))).toEqual([]);
      expect(executableVectors(linked(payload))).toEqual([]);
    });
  }

  it("still renders ordinary markdown, safe links and linked symbols", () => {
    const html = linked(
      "**Note** by the Secretariat ([site](https://www.unodc.org/)), see CTOC/COP/WG.4/2018/1.\n\n- one\n- two",
    );
    expect(html).toContain("<strong>Note</strong>");
    expect(html).toContain('href="https://www.unodc.org/"');
    expect(html).toContain('<a href="#doc-CTOC-COP-WG.4-2018-1"><bdi>CTOC/COP/WG.4/2018/1</bdi></a>');
    expect(html).toContain("<li>one</li>");
  });

  it("the checker itself recognises the vectors it looks for", () => {
    expect(
      executableVectors('<a href="java&#x09;script:alert(1)">x</a><img src=x onerror=alert(1)><svg></svg>'),
    ).toEqual(["a[href=java&#x09;script:alert(1)]", "img[onerror]", "<svg>"]);
  });
});
