import { existsSync } from "node:fs";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium where present (machines without internet cannot download Playwright's own).
const systemChromium = "/usr/bin/chromium";
const port = Number(process.env.E2E_PORT ?? 3100);
const root = path.resolve(import.meta.dirname, "..");

if (!process.env.DATABASE_URL) {
  throw new Error("End-to-end tests need the database the server uses: run them with `npm test -- --e2e`.");
}

export default defineConfig({
  testDir: ".",
  // Every spec makes its own data and signs out only sign-ins of its own, so tests run side by side; two
  // workers is what a 2-core machine that also serves the app and its database can carry.
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  // Generous budgets: CI may run on a busy 2-core machine; no test depends on speed.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: existsSync(systemChromium) ? systemChromium : undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    // Signs each demo account in once and stores the browser state the role fixtures reuse (fixtures.ts).
    { name: "sign-in", testMatch: /auth\.setup\.ts$/, use: { ...devices["Desktop Chrome"] } },
    { name: "chromium", dependencies: ["sign-in"], use: { ...devices["Desktop Chrome"] } },
  ],
  webServer: {
    command: `"${path.join(root, "node_modules", ".bin", "next")}" start --port ${port}`,
    cwd: root,
    url: `http://127.0.0.1:${port}/en`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "ignore",
    stderr: "pipe",
    // The runner itself may carry --conditions=react-server (for the specs' data set-up); the app must not.
    env: Object.fromEntries(
      Object.entries({ ...process.env, NODE_OPTIONS: "" }).filter(
        (entry): entry is [string, string] => entry[1] !== undefined,
      ),
    ),
  },
});
