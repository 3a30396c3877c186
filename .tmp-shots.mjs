import { chromium } from "playwright-core";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const base = "http://127.0.0.1:3300";
async function shot(path, file, opts = {}) {
  const ctx = await browser.newContext({ viewport: { width: 1200, height: 1300 }, ...(opts.state ? { storageState: opts.state } : {}) });
  const page = await ctx.newPage();
  const r = await page.goto(base + path, { waitUntil: "networkidle" });
  if (opts.scrollTo) await page.getByRole("region", { name: opts.scrollTo }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: file, fullPage: !!opts.full });
  console.log(path, r.status());
  await ctx.close();
}
await shot("/en/admin/sessions/cmx7dg2zq0002uc7dtvmc0esz", "/tmp/ws-en.png", { state: "e2e/.auth/secretariat.json", scrollTo: "Issues and revisions" });
await shot("/fr/admin/sessions/cmx7dg2zq0002uc7dtvmc0esz/preview", "/tmp/preview-fr.png", { state: "e2e/.auth/secretariat.json" });
await shot("/ar/sessions/ctoc-cop-wg4-2018/print", "/tmp/print-ar.png");
await browser.close();
