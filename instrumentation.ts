/**
 * When the server starts: connect the instance's LISTEN connection at once, not on the first live reader,
 * because the pages this instance caches must be expired by writes made on any instance.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  if (!process.env.DATABASE_URL) return;
  const { startLiveListener } = await import("./lib/live/stream");
  startLiveListener();
}
