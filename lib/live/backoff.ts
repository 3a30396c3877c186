/**
 * How long to wait before the next reconnection attempt: doubling from `baseMs` up to `maxMs`, then a random
 * point in the upper half of that, so that the many clients (or instances) that lost the server together do not
 * all come back in the same instant. `failures` counts the attempts that failed in a row (0 for the first retry).
 */
export function retryDelay(
  failures: number,
  baseMs: number,
  maxMs: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(failures, 30));
  return ceiling / 2 + (random() * ceiling) / 2;
}
