import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { LiveChange } from "./live-change";

/**
 * The changes one server action wrote, so that it can expire the cached pages they affect as soon as its
 * transactions have committed: the NOTIFY that tells every instance arrives a moment later, and the person
 * who saved expects the next page they open to show it.
 */
const changesOfThisWrite = new AsyncLocalStorage<LiveChange[]>();

export async function collectWrittenChanges<T>(work: () => Promise<T>): Promise<{ result: T; changes: LiveChange[] }> {
  const changes: LiveChange[] = [];
  const result = await changesOfThisWrite.run(changes, work);
  return { result, changes };
}

/** Called for every audited write; outside an action (the seed, the command line) there is nobody to tell. */
export function noteWrittenChange(change: LiveChange): void {
  changesOfThisWrite.getStore()?.push(change);
}
