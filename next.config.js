import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Server actions accept only requests from the origin the browser saw. Behind a proxy that changes the
// Host header, name the public host(s) here, comma-separated (e.g. "plenary.example.org").
const allowedOrigins = (process.env.PLENARY_ALLOWED_ORIGINS ?? "")
  .split(",")
  .map((origin) => origin.trim())
  .filter(Boolean);

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // A pasted agenda can be a few megabytes of text; the importer itself reads the first million characters.
  // authInterrupts: loaders refuse a signed-in person without the right role with forbidden() (app/[locale]/forbidden.tsx).
  experimental: {
    serverActions: { bodySizeLimit: "6mb", ...(allowedOrigins.length ? { allowedOrigins } : {}) },
    authInterrupts: true,
  },
  reactStrictMode: true,
  // Public pages are rendered once and kept, in memory, until a write expires what they show (lib/cache).
  cacheHandler: fileURLToPath(new URL("./lib/cache/page-cache-handler.mjs", import.meta.url)),
  cacheMaxMemorySize: 0,
  // proxy.ts must see the client router's headers (Next-Router-State-Tree), which Next.js otherwise hides
  // from it, to answer 400 to a malformed one instead of failing the render with a 500.
  skipProxyUrlNormalize: true,
  // The database driver and the embedded server are Node modules: load them at run time, never bundle them.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@electric-sql/pglite"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          {
            key: "Permissions-Policy",
            value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), browsing-topics=()",
          },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
