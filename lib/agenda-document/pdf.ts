import "server-only";
import { existsSync } from "node:fs";

/**
 * The print view printed to PDF by Chromium on the server (fonts are embedded by Chromium itself). The browser is
 * the system's (/usr/bin/chromium, or PLENARY_CHROMIUM_PATH), else Playwright's own when installed; with neither,
 * null, and the route answers with a message and the print view. One rendering at a time: each takes a browser.
 */

const CANDIDATES = [process.env.PLENARY_CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];

async function executablePath(): Promise<string | null> {
  for (const path of CANDIDATES) if (path && existsSync(path)) return path;
  try {
    const { chromium } = await import("playwright-core");
    const bundled = chromium.executablePath();
    return bundled && existsSync(bundled) ? bundled : null;
  } catch {
    return null;
  }
}

let queue: Promise<unknown> = Promise.resolve();

export async function pdfAvailable(): Promise<boolean> {
  return (await executablePath()) !== null;
}

export async function renderPdf(html: string): Promise<Uint8Array | null> {
  const path = await executablePath();
  if (!path) return null;
  const run = queue.then(async () => {
    const { chromium } = await import("playwright-core");
    const browser = await chromium.launch({
      executablePath: path,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
    });
    try {
      const page = await browser.newPage();
      // The page holds no scripts and loads nothing: offline is the honest setting.
      await page.context().setOffline(true);
      await page.setContent(html, { waitUntil: "load" });
      await page.evaluate(() => document.fonts.ready);
      return await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
    } finally {
      await browser.close();
    }
  });
  queue = run.catch(() => undefined);
  return new Uint8Array(await run);
}
