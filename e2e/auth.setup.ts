import { mkdirSync } from "node:fs";
import path from "node:path";
import { test as setup } from "@playwright/test";
import { type DemoRole, signIn, storageStatePath } from "./fixtures";

// Each demo account signs in once per run; the specs reuse the browser state, so they neither repeat the
// sign-in nor pile up sign-ins. The sign-in lives 8 hours, and 30 idle minutes — far longer than a run.
for (const role of ["SECRETARIAT", "CHAIR", "DELEGATE"] as const satisfies readonly DemoRole[]) {
  setup(`sign in as ${role.toLowerCase()}`, async ({ page }) => {
    await signIn(page, role);
    mkdirSync(path.dirname(storageStatePath(role)), { recursive: true });
    await page.context().storageState({ path: storageStatePath(role) });
  });
}
