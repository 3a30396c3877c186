import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { chairedSession } from "./chaired-session";
import { expect, removeBody, test, uniqueTag } from "./fixtures";
import { hydrated } from "./hydration";

async function openConsole(page: Page, slug: string, locale = "en") {
  const response = await page.goto(`/${locale}/sessions/${slug}/console`);
  const agenda = page.getByRole("listbox");
  await hydrated(agenda);
  return { response, agenda };
}

test.describe("the chair's console", () => {
  let session: Awaited<ReturnType<typeof chairedSession>>;
  test.beforeEach(async ({ db }) => {
    session = await chairedSession(db, uniqueTag());
  });
  test.afterEach(async ({ db }) => {
    await removeBody(db, { id: session.bodyId });
  });

  test("the chair conducts the meeting with clicks and keys, and can undo", async ({ chair, secretariat, db }) => {
    const page = chair;
    const { agenda } = await openConsole(page, session.slug);
    const current = page.getByTestId("current-item");
    const status = page.locator('[role="status"]:not([data-live-connection])');
    // Keys pressed while an action is still under way are not taken: wait for each one to finish.
    const settled = () => expect(page.getByTestId("chair-console")).toHaveAttribute("aria-busy", "false");
    await expect(page.getByText("No item is under consideration.")).toBeVisible();

    // Take up 1(a) with a click: it becomes current, under its parent item 1.
    await agenda.getByRole("option", { name: /Opening of the meeting/ }).click();
    await page.getByRole("button", { name: /^Take up/ }).click();
    await expect(current).toContainText("1(a)");
    await expect(page.getByText("Under item 1")).toBeVisible();
    await expect(status).toHaveText(/^Item 1\(a\) taken up at .+\.$/);
    await settled();

    // Conclude it with C, then undo from the toast: it is under consideration again.
    await page.keyboard.press("c");
    await expect(status).toHaveText(/^Item 1\(a\) concluded at /);
    await settled();
    await expect(page.getByText("No item is under consideration.")).toBeVisible();
    await page.getByRole("button", { name: "Undo", exact: true }).last().click();
    await expect(status).toHaveText(/^Undone at /);
    await settled();
    await expect(current).toContainText("1(a)");

    // Adopt the agenda as orally amended, with a note.
    await page.getByRole("button", { name: "Adopt the agenda…" }).click();
    const form = page.getByRole("dialog", { name: "Adopt the agenda" });
    await form.getByLabel("As orally amended").check();
    await form.getByLabel("What was amended").fill("Item 2 retitled.");
    await form.getByRole("button", { name: "Adopt the agenda" }).click();
    await expect(status).toHaveText(/^Agenda adopted at /);
    await settled();
    await expect(page.getByText(/^Agenda adopted as orally amended at .+ Item 2 retitled\.$/)).toBeVisible();
    await expect(agenda.getByRole("option", { name: /Adoption of the agenda/ })).toContainText("Adopted");

    // By keyboard alone: arrow down to item 2, take it up, suspend and resume, undo with Ctrl+Z.
    await agenda.focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect(agenda.getByRole("option", { selected: true })).toContainText("Substantive item");
    await page.keyboard.press("t");
    await expect(current).toContainText("Substantive item");
    await settled();
    await page.keyboard.press("s");
    await expect(page.getByText(/^The meeting is suspended \(since .+\)\.$/)).toBeVisible();
    await settled();
    await page.keyboard.press("t");
    await expect(
      page.getByRole("alert").filter({ hasText: "The meeting is suspended: resume it first." }),
    ).toBeVisible();
    await settled();
    await page.keyboard.press("s");
    await expect(status).toHaveText(/^Meeting resumed at /);
    await settled();
    await page.keyboard.press("d");
    await expect(status).toHaveText(/^Item 2 deferred at /);
    await settled();
    await page.keyboard.press("Control+z");
    await expect(status).toHaveText(/^Undone at /);
    await settled();
    await expect(current).toContainText("Substantive item");

    // Closing asks first; then everything is frozen.
    await page.getByRole("button", { name: "Close the session…" }).click();
    const confirm = page.getByRole("alertdialog", { name: "Close the session?" });
    await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
    await confirm.getByRole("button", { name: "Close the session" }).click();
    await expect(page.getByText("The session is closed: the status of its items can no longer change.")).toBeVisible();
    await expect(page.getByRole("button", { name: /^Take up/ })).toBeDisabled();

    const actions = await db.auditEvent.findMany({
      where: { sessionId: session.id },
      orderBy: { at: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "meeting.take-up",
      "meeting.conclude",
      "meeting.undo",
      "meeting.adopt-agenda",
      "meeting.take-up",
      "meeting.suspend",
      "meeting.resume",
      "meeting.defer",
      "meeting.undo",
      "meeting.close",
    ]);
    const stored = await db.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(stored).toMatchObject({ status: "CLOSED", orallyAmended: true, adoptionNote: "Item 2 retitled." });

    // The secretariat's history tells each action in a sentence, at the meeting's local time.
    await secretariat.goto(`/en/admin/sessions/${session.id}/history`);
    const history = secretariat.getByRole("list", { name: "Changes, newest first" });
    await expect(history.getByText(/ took up item 1\(a\) at \d/)).toBeVisible();
    await expect(history.getByText(/ adopted the agenda as orally amended at .+: Item 2 retitled\.$/)).toBeVisible();
    await expect(history.getByText(/ undid “Deferred” at /)).toBeVisible();
    await expect(history.getByText(/ closed the session at /)).toBeVisible();
  });

  test("adopting the agenda and closing the session work from the keyboard alone", async ({ chair }) => {
    const page = chair;
    await openConsole(page, session.slug);
    const status = page.locator('[role="status"]:not([data-live-connection])');
    await page.getByRole("button", { name: "Adopt the agenda…" }).focus();
    await page.keyboard.press("Enter");
    // The form takes the focus: tick "as orally amended", write the note, then submit.
    await expect(page.getByLabel("As orally amended")).toBeFocused();
    await page.keyboard.press("Space");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Item 3 deleted.");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(status).toHaveText(/^Agenda adopted at /);
    await expect(page.getByText(/^Agenda adopted as orally amended at .+ Item 3 deleted\.$/)).toBeVisible();
    // The focus went back to the agenda; buttons are enabled again once the action has finished.
    await expect(page.getByRole("listbox")).toBeFocused();
    await expect(page.getByTestId("chair-console")).toHaveAttribute("aria-busy", "false");

    await page.getByRole("button", { name: "Close the session…" }).focus();
    await page.keyboard.press("Enter");
    // The safe answer has the focus; Escape leaves the session open.
    await expect(page.getByRole("button", { name: "Cancel" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("alertdialog")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Close the session…" })).toBeFocused();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Shift+Tab");
    await expect(page.getByRole("button", { name: "Close the session", exact: true })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(status).toHaveText(/^Session closed at /);
  });

  test("a delegate is refused and an anonymous visitor is asked to sign in", async ({ delegate, page }) => {
    const refused = await delegate.goto(`/en/sessions/${session.slug}/console`);
    expect(refused?.status()).toBe(403);
    await expect(delegate.getByRole("listbox")).toHaveCount(0);

    await page.goto(`/en/sessions/${session.slug}/console`);
    await expect(page).toHaveURL(
      new RegExp(`/en/sign-in\\?next=${encodeURIComponent(`/en/sessions/${session.slug}/console`)}$`),
    );
  });

  for (const locale of ["en", "ar"] as const) {
    test(`the console has no WCAG A/AA violations in ${locale}`, async ({ chair }) => {
      await openConsole(chair, session.slug, locale);
      // With an item under consideration and a toast showing, so every part of the console is checked.
      await chair.keyboard.press("ArrowDown");
      await chair.keyboard.press("t");
      await expect(chair.getByTestId("current-item")).toBeVisible();
      const results = await new AxeBuilder({ page: chair })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
        .analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      expect(summary).toEqual([]);
    });
  }
});
