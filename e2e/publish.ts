import { expect, type Page } from "@playwright/test";
import { hydrated } from "./hydration";

const LABELS = {
  zh: {
    publish: "发布临时议程",
    anyway: "仍然发布",
    confirm: "立即发布",
    reason: "不顾警告仍予发布的理由",
    published: /^公众可在 \S+ 阅读本会议。$/,
  },
  en: {
    publish: "Publish provisional agenda",
    anyway: "Publish anyway",
    confirm: "Publish now",
    reason: "Reason for publishing despite the warnings",
    published: /^The public can read this session at \S+\.$/,
  },
} as const;

/**
 * Publishes the session whose Session tab is open, overriding the schedule warnings with a reason if Plenary shows any, and
 * waits until the tab says the public can read it.
 */
export async function publishSession(page: Page, locale: keyof typeof LABELS): Promise<void> {
  const labels = LABELS[locale];
  const publication = page.getByRole("region", { name: locale === "zh" ? "发布" : "Publication" });
  const publish = publication.getByRole("button", { name: labels.publish });
  await hydrated(publish);
  await publish.click();
  const warnings = publication.getByRole("alertdialog");
  const published = publication.getByText(labels.published);
  await expect(warnings.or(published)).toBeVisible();
  if (await warnings.isVisible()) {
    // Publishing is confirmed after a list of what becomes public; warnings block it until overridden with a
    // reason, which the session's history keeps.
    const reason = warnings.getByLabel(labels.reason);
    if ((await reason.count()) > 0) {
      await reason.fill("Published for the end-to-end test");
      await warnings.getByRole("button", { name: labels.anyway }).click();
    } else {
      await warnings.getByRole("button", { name: labels.confirm }).click();
    }
  }
  await expect(published).toBeVisible();
}
