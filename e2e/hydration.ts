import { expect, type Locator } from "@playwright/test";

/**
 * Waits until React has hydrated the element, so its handlers listen. A test can type into a freshly loaded
 * page before that, and what it typed would never reach the component's state (an empty "required" title,
 * a click that opens nothing); checking React's own props key on the element is the one reliable signal.
 */
export async function hydrated(element: Locator): Promise<void> {
  await expect
    .poll(() => element.evaluate((node) => Object.keys(node).some((key) => key.startsWith("__reactProps$"))), {
      message: "the page's client components never hydrated",
    })
    .toBe(true);
}
