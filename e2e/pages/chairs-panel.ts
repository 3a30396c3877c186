import { expect, type Page } from "@playwright/test";
import { hydrated } from "../hydration";

/** The "Chairs" box of a session's Overview tab in the workspace (English labels). */
export class ChairsPanel {
  get region() {
    return this.page.getByRole("region", { name: "Chairs", exact: true });
  }
  get chairs() {
    return this.region.getByRole("list", { name: "Chairs of this session" }).getByRole("listitem");
  }
  get select() {
    return this.region.getByLabel("Assign a chair");
  }
  get assignButton() {
    return this.region.getByRole("button", { name: "Assign", exact: true });
  }

  constructor(readonly page: Page) {}

  /** Picks the account by the label the select shows ("Name (e-mail)") and waits for the server's answer. */
  async assign(label: string): Promise<void> {
    await hydrated(this.select);
    await this.select.selectOption({ label });
    await Promise.all([this.actionAnswer(), this.assignButton.click()]);
  }

  async remove(name: string): Promise<void> {
    const button = this.region.getByRole("button", { name: `Remove ${name} as chair` });
    await hydrated(button);
    await Promise.all([this.actionAnswer(), button.click()]);
  }

  private actionAnswer() {
    return this.page.waitForResponse(
      (r) => r.request().method() === "POST" && Boolean(r.request().headers()["next-action"]),
    );
  }

  async expectChairs(names: string[]): Promise<void> {
    if (names.length === 0) await expect(this.region.getByText("No chair has been assigned")).toBeVisible();
    else await expect(this.chairs).toHaveText(names.map((name) => new RegExp(name)));
  }
}
