import { expect, type Locator } from "@playwright/test";
import { WorkspacePage } from "./workspace-page";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The Organization of work tab, in Chinese. */
export class SchedulePage extends WorkspacePage {
  get addDayForm() {
    return this.page.getByRole("form", { name: "添加一天" });
  }

  /** Adds a day and returns its region, once it shows its two default slots. */
  async addDay(date: string, heading: RegExp): Promise<Locator> {
    await this.addDayForm.getByLabel("日期", { exact: true }).fill(date);
    await this.addDayForm.getByRole("button", { name: "添加一天" }).click();
    const day = this.page.getByRole("region", { name: heading });
    await expect(day.getByRole("region")).toHaveCount(2);
    return day;
  }

  /** Adds agenda items to one slot through its own "item to add" list, checking the slot's list after each. */
  async scheduleItems(slot: Locator, numbers: readonly string[]): Promise<void> {
    const entries = slot.getByRole("list").getByRole("listitem");
    for (const [index, number] of numbers.entries()) {
      const select = slot.getByLabel("要添加的议程项目");
      // Options read "1(a) 会议开幕", indented by depth: the user picks by number.
      const option = select.locator("option").filter({ hasText: new RegExp(`^\\s*${escapeRegExp(number)} `) });
      await select.selectOption((await option.getAttribute("value")) ?? "");
      await slot.getByRole("button", { name: "添加项目", exact: true }).click();
      await expect(entries).toHaveCount(index + 1);
      await expect(
        entries.nth(index).getByRole("button", { name: new RegExp(`^移除\\s*:\\s*项目 ${escapeRegExp(number)}$`) }),
      ).toBeVisible();
    }
  }
}
