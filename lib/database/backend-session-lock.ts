/**
 * Who has the single PGlite backend right now, and who waits for it (first come, first served).
 * An owner may acquire again without waiting: one connection sends many messages in a row.
 */
export class BackendSessionLock {
  private owner: object | null = null;
  private readonly waiting: Array<{ holder: object; grant: (granted: boolean) => void }> = [];

  /** Resolves true once `holder` owns the backend, or false if it was forgotten while waiting. */
  acquire(holder: object): Promise<boolean> {
    if (this.owner === holder) return Promise.resolve(true);
    if (this.owner === null) {
      this.owner = holder;
      return Promise.resolve(true);
    }
    return new Promise((grant) => this.waiting.push({ holder, grant }));
  }

  isHeldBy(holder: object): boolean {
    return this.owner === holder;
  }

  release(holder: object): void {
    if (this.owner !== holder) return;
    const next = this.waiting.shift();
    this.owner = next?.holder ?? null;
    next?.grant(true);
  }

  /** A holder that went away stops waiting; if it owns the backend it keeps it until it releases. */
  forget(holder: object): void {
    for (let index = this.waiting.length - 1; index >= 0; index--) {
      const entry = this.waiting[index];
      if (!entry || entry.holder !== holder) continue;
      this.waiting.splice(index, 1);
      entry.grant(false);
    }
  }

  get queueLength(): number {
    return this.waiting.length;
  }
}
