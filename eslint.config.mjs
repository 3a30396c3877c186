import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import { layerRules } from "./lint/layer-rules.mjs";

/**
 * Next.js's recommended rules, plus the layout of this code base as rules: app → components → lib, and only
 * data, mutations and loaders (and lib/db itself) touch the database.
 */

const DATABASE = ["@/lib/db", "**/lib/db", "../db", "../../db", "./db", "@prisma/*", "**/generated/prisma/**"];
const READS_AND_WRITES = [
  "**/data",
  "**/mutations",
  "@/lib/*/data",
  "@/lib/*/mutations",
  "@/lib/**/data",
  "@/lib/**/mutations",
];
const SESSION_READERS = ["**/auth/auth", "**/auth/session-user", "**/auth/current-user", "server-only"];

// Types may cross layers (they vanish at build time); values may not.
const restrict = (patterns, message) => ["error", { patterns: [{ group: patterns, message, allowTypeImports: true }] }];

const config = [
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/generated/**",
      "e2e/.auth/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  ...nextVitals,
  ...nextTypescript,
  {
    plugins: { layers: layerRules },
    rules: {
      "layers/client-imports-no-server-module": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      // `let server` is declared before the signal handlers that read it and assigned once they exist.
      "prefer-const": ["error", { ignoreReadBeforeAssign: true }],
    },
  },
  // Playwright's fixtures call their `use` argument, which is not React's use().
  { files: ["e2e/**/*.ts"], rules: { "react-hooks/rules-of-hooks": "off" } },
  { files: ["**/mutations.ts"], rules: { "layers/mutations-are-server-only": "error" } },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrict(
        [...DATABASE, ...READS_AND_WRITES],
        "Pages call loaders (lib/<domain>/loaders.ts); only data, mutations and loaders touch the database.",
      ),
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrict(
        [...DATABASE, ...READS_AND_WRITES, "**/loaders", "@/lib/**/loaders", ...SESSION_READERS],
        "Components receive plain data from pages and call server actions; they import no server module.",
      ),
    },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    ignores: [
      "lib/db.ts",
      "lib/**/data.ts",
      "lib/**/mutations.ts",
      "lib/**/loaders.ts",
      "lib/**/actions.ts",
      "lib/**/*.test.ts",
      "lib/testing/**",
      "lib/database/**",
      "lib/auth/**",
    ],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrict(
        DATABASE,
        "Only data, mutations and loaders (and actions, to hand them the database) touch the database.",
      ),
    },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    ignores: ["lib/**/*.test.ts", "lib/testing/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrict(
        ["@/app/*", "@/components/*", "**/app/**", "**/components/**"],
        "lib imports neither app nor components.",
      ),
    },
  },
];

export default config;
