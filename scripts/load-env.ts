import path from "node:path";
import { config } from "dotenv";

/**
 * The settings files, read as Next.js reads them, so that `npm start`, the CLI tools and the server agree:
 * the environment wins, then .env.local (the Next.js convention for a machine's own settings), then .env.
 * Imported first by every script that reads settings; `npm test` and the bench never read them.
 */
export function loadEnvFiles(root: string, env: Record<string, string | undefined> = process.env): void {
  // Of several files dotenv keeps the first value it finds, and never overrides what the environment has.
  config({
    path: [".env.local", ".env"].map((file) => path.join(root, file)),
    processEnv: env as NodeJS.ProcessEnv,
    quiet: true,
  });
}

loadEnvFiles(path.resolve(import.meta.dirname, ".."));
