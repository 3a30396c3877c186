import { expect, type Page, type Response } from "@playwright/test";

/** The tabs of a session's secretariat workspace; "" is the Session tab (overview). */
export const WORKSPACE_TABS = ["", "agenda", "documents", "schedule", "translations", "preview", "history"] as const;
export type WorkspaceTab = (typeof WORKSPACE_TABS)[number];

/** The secretariat's list of sessions at /{locale}/admin and a session's workspace below it. */
export class WorkspacePage {
  get heading() {
    return this.page.getByRole("heading", { level: 1 });
  }
  /** A form's "Saved." or error; the Overview's live-connection status is a status region too, and not this one. */
  get status() {
    return this.page.locator('[role="status"]:not([data-live-connection])');
  }

  constructor(
    readonly page: Page,
    readonly locale = "en",
  ) {}

  gotoSessions(): Promise<Response | null> {
    return this.page.goto(`/${this.locale}/admin`);
  }

  goto(sessionId: string, tab: WorkspaceTab = ""): Promise<Response | null> {
    return this.page.goto(`/${this.locale}/admin/sessions/${sessionId}${tab ? `/${tab}` : ""}`);
  }

  /** The tab navigation, named in the page's language. */
  tabs() {
    return this.page.getByRole("navigation", { name: this.locale === "zh" ? "秘书处工作区" : "Secretariat workspace" });
  }

  /** The "This page is not open to your account" answer other roles get. */
  get forbidden() {
    return this.page.getByRole("heading", { name: "This page is not open to your account" });
  }
}

/** The Session tab's form (English labels). */
export class SessionOverviewPage extends WorkspacePage {
  get title() {
    return this.page.getByLabel("Title", { exact: true });
  }
  get plenaryMeetings() {
    return this.page.getByLabel("Plenary meetings");
  }
  get saveButton() {
    return this.page.getByRole("button", { name: "Save changes" });
  }
  get publicLink() {
    return this.page.getByRole("link", { name: "Public page" });
  }

  /**
   * Saves and waits for the server's answer: "Saved." may still be on screen from an earlier save, so seeing it
   * proves nothing about this one.
   */
  async save(button = this.saveButton): Promise<void> {
    await Promise.all([
      this.page.waitForResponse(
        (r) => r.request().method() === "POST" && Boolean(r.request().headers()["next-action"]),
      ),
      button.click(),
    ]);
  }

  async expectSaved(): Promise<void> {
    await expect(this.page.getByText("Saved.")).toBeVisible();
  }

  /** The notice shown when someone else changed the same fields since this page was loaded. */
  conflict() {
    return this.page.getByRole("alert").filter({ hasText: "You both changed the fields below" });
  }
}
