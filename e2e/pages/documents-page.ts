import { expect, type Locator } from "@playwright/test";
import { WorkspacePage } from "./workspace-page";

export interface NewDocument {
  symbol: string;
  kind: string;
  title: string;
  description: string;
}

/** The Documents tab, in Chinese. */
export class DocumentsPage extends WorkspacePage {
  get addButton() {
    return this.page.getByRole("button", { name: "添加文件" });
  }
  get addForm(): Locator {
    return this.page.getByRole("region", { name: "添加文件" });
  }

  /** The button offering to register a symbol the annotations mention but no document has yet. */
  registerMentioned(symbol: string) {
    return this.page.getByRole("button", { name: `登记 ${symbol}` });
  }

  /** Fills the open form (its symbol already there) and registers the document with a Chinese version. */
  async register(doc: NewDocument): Promise<void> {
    const form = this.addForm;
    await expect(form.getByLabel("文号", { exact: true })).toHaveValue(doc.symbol);
    await form.getByLabel("文件类别").selectOption({ label: doc.kind });
    await form.getByLabel("标题", { exact: true }).fill(doc.title);
    await form.getByLabel("议程中的说明（可选）").fill(doc.description);
    await form.getByLabel("印发者", { exact: true }).fill("秘书处");
    await form.getByRole("radio", { name: "一般分发" }).check();
    await form.getByRole("textbox", { name: "中文本的链接" }).fill(`https://undocs.org/zh/${doc.symbol}`);
    await form.getByRole("button", { name: "登记文件" }).click();
    await expect(this.page.getByText(`已登记 ${doc.symbol}。`)).toBeVisible();
  }

  /** Lists the document under one agenda item through its "agenda items" panel. */
  async attach(symbol: string, item: { number: string; title: string }): Promise<void> {
    await this.page.getByRole("button", { name: `${symbol} 的议程项目` }).click();
    const panel = this.page.getByRole("region", { name: `${symbol} 的议程项目` });
    await panel.getByRole("checkbox", { name: `${item.number} ${item.title}`, exact: true }).check();
    await panel.getByRole("button", { name: "列于所选项目下" }).click();
    await expect(this.page.getByText(`已将 ${symbol} 列于 1 个项目下。`)).toBeVisible();
    await expect(panel.getByRole("button", { name: `将 ${symbol} 从项目${item.number}下移除` })).toBeVisible();
    await panel.getByRole("button", { name: "关闭" }).click();
  }
}
