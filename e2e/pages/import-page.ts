import type { Page } from "@playwright/test";
import { hydrated } from "../hydration";

/** The import of an agenda from its text, /{locale}/admin/import (English labels). */
export class ImportPage {
  constructor(readonly page: Page) {}

  get heading() {
    return this.page.getByRole("heading", { level: 1, name: "Import an agenda from its text" });
  }
  get text() {
    return this.page.getByLabel("Text of the provisional agenda and annotations");
  }
  get file() {
    return this.page.getByLabel("Or choose a text file (.txt)");
  }
  get readButton() {
    return this.page.getByRole("button", { name: "Read the text" });
  }
  /** The source beside its warnings. */
  get source() {
    return this.page.getByRole("region", { name: "Source text" });
  }
  /** The structure Plenary read, editable before anything is written. */
  get structure() {
    return this.page.getByRole("form", { name: "What Plenary understood" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/en/admin/import");
  }

  async read(text: string): Promise<void> {
    await hydrated(this.text);
    await this.text.fill(text);
    await this.readButton.click();
  }

  async createDraft(): Promise<void> {
    await this.structure.getByRole("button", { name: "Create draft session" }).click();
    await this.page.waitForURL(/\/en\/admin\/sessions\/[^/]+$/);
  }
}
