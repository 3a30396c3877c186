import { expect } from "@playwright/test";
import { WorkspacePage } from "./workspace-page";

/** The Agenda and annotations tab, in Chinese: the language the reference session was written in. */
export class AgendaPage extends WorkspacePage {
  get list() {
    return this.page.getByRole("list", { name: "议程项目", exact: true });
  }
  get newItemForm() {
    return this.page.getByRole("form", { name: "添加议程项目" });
  }

  /** The action buttons of the item that has this number now. */
  actions(number: string) {
    return this.page.getByRole("group", { name: `项目 ${number} 的操作`, exact: true });
  }

  /** The actions group of the row titled so: its accessible name carries the number the row has now. */
  numberOf(title: string) {
    return this.list
      .getByRole("listitem")
      .filter({ has: this.page.getByText(title, { exact: true }) })
      .getByRole("group");
  }

  async addItem(title: string, number: string): Promise<void> {
    await this.newItemForm.getByLabel("标题", { exact: true }).fill(title);
    await this.newItemForm.getByRole("button", { name: "添加项目", exact: true }).click();
    await expect(this.page.getByText(`已添加“${title}”，编为项目 ${number}。`)).toBeVisible();
    // The row arrives with the list's refresh, after the message; until then its buttons are not there to press.
    await expect(this.numberOf(title)).toHaveAccessibleName(`项目 ${number} 的操作`);
  }

  async addSubItem(parent: string, title: string, number: string): Promise<void> {
    await this.actions(parent)
      .getByRole("button", { name: /^添加分项/ })
      .click();
    const form = this.page.getByRole("form", { name: `在项目 ${parent} 下新增分项` });
    await expect(form.getByLabel("新分项的标题")).toBeFocused();
    await form.getByLabel("新分项的标题").fill(title);
    await form.getByRole("button", { name: "添加分项", exact: true }).click();
    await expect(this.page.getByText(`已添加“${title}”，编为项目 ${number}。`)).toBeVisible();
    // The message comes with the action's answer, the row with the list's refresh, and the focus moves to the new
    // row only then: the next click must wait for it, or that late focus move takes the next form's focus away.
    await expect(this.numberOf(title)).toHaveAccessibleName(`项目 ${number} 的操作`);
  }

  async annotate(number: string, paragraphs: readonly string[]): Promise<void> {
    await this.actions(number).getByRole("button", { name: /^编辑/ }).click();
    const editor = this.page.getByRole("form", { name: `编辑项目 ${number}` });
    await editor.getByLabel("说明", { exact: true }).fill(paragraphs.join("\n\n"));
    // The live preview shows the paragraphs as readers will get them.
    await expect(editor.getByRole("region", { name: "预览" }).getByRole("paragraph")).toHaveCount(paragraphs.length);
    await editor.getByRole("button", { name: "保存", exact: true }).click();
    await expect(this.page.getByText(`项目 ${number} 已保存。`)).toBeVisible();
    await expect(editor).toHaveCount(0);
  }
}
