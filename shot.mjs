import { chromium } from "playwright";
const [url, out, w, h] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const p = await b.newPage({ viewport: { width: Number(w ?? 1200), height: Number(h ?? 1400) } });
const errors = [];
p.on("console", (m) => {
  if (m.type() === "error" || m.type() === "warning") errors.push(m.text().slice(0, 300));
});
await p.goto(url, { waitUntil: "networkidle" });
await p.screenshot({ path: out, fullPage: false });
console.log(errors.join("\n"));
await b.close();
