import { expect, type Page } from "@playwright/test";
import { hydrated } from "../hydration";

/** The sign-in form at /{locale}/sign-in, filled as a person would. */
export class SignInPage {
  get email() {
    return this.page.locator("#email");
  }
  get password() {
    return this.page.locator("#password");
  }
  get submitButton() {
    return this.page.locator("form button[type=submit]").first();
  }
  get error() {
    return this.page.locator("#sign-in-error");
  }

  constructor(readonly page: Page) {}

  async goto(locale = "en", next?: string): Promise<void> {
    await this.page.goto(`/${locale}/sign-in${next === undefined ? "" : `?next=${encodeURIComponent(next)}`}`);
  }

  /** Waits for hydration first: text typed before React takes over the form is lost, and the form sent empty. */
  async fill(email: string, password: string): Promise<void> {
    await hydrated(this.submitButton);
    await this.email.fill(email);
    await this.password.fill(password);
  }

  /** Submits and waits for the server action's answer, so a message left from an earlier try is never mistaken for it. */
  async submitAndWait(): Promise<void> {
    await Promise.all([
      this.page.waitForResponse(
        (r) => r.request().method() === "POST" && Boolean(r.request().headers()["next-action"]),
      ),
      this.submitButton.click(),
    ]);
    // React resets the form (empties the password) when the action ends, which is also when the button is
    // enabled again: a password typed before then would be wiped and the next try sent without one.
    await expect(this.submitButton).toBeEnabled();
  }

  /** Signs in and waits until the form has sent the reader on. */
  async signIn(email: string, password: string, locale = "en"): Promise<void> {
    await this.goto(locale);
    await this.fill(email, password);
    await this.submitButton.click();
    await this.page.waitForURL((url) => !url.pathname.endsWith("/sign-in"));
  }
}
