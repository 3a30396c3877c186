import type { Page, Response } from "@playwright/test";

/** The public page of one session, /{locale}/sessions/{slug}, and the list of sessions at /{locale}. */
export class PublicSessionPage {
  get heading() {
    return this.page.getByRole("heading", { level: 1 });
  }
  get languages() {
    return this.page.getByRole("navigation", { name: "Language" });
  }
  /** Sign-out buttons of the header's account menu (signed-in readers only). */
  get signOut() {
    return this.page.getByRole("button", { name: "Sign out", exact: true });
  }
  get signOutEverywhere() {
    return this.page.getByRole("button", { name: "Sign out everywhere" });
  }
  get signInLink() {
    return this.page.getByRole("link", { name: "Sign in" });
  }

  constructor(readonly page: Page) {}

  goto(slug: string, locale = "en"): Promise<Response | null> {
    return this.page.goto(`/${locale}/sessions/${slug}`);
  }

  gotoList(locale = "en"): Promise<Response | null> {
    return this.page.goto(`/${locale}`);
  }

  /** A document's entry in the documentation lists, found by its UN symbol. */
  document(symbol: string) {
    return this.page.locator(`[data-symbol="${symbol}"]`);
  }

  /**
   * The parts of the page that say, once each, which languages stand in for the page's: the header and the
   * sections (agenda, annotations, documents, organization of work), in page order.
   */
  get sections() {
    return this.page.locator("article > header, article > section");
  }

  /** The notice a section shows at its top when some of its texts are in another language than the page's. */
  fallbackNotices(scope = this.page.locator("article")) {
    return scope.getByRole("note");
  }

  /** An agenda item's section: "1", "2", or "1-1" for 1(a). */
  item(anchor: string) {
    return this.page.locator(`#item-${anchor}`);
  }
}
