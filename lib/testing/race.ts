import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import type { Db } from "../db";

/**
 * Saves that truly overlap, for tests of lost updates. Each racer is its own Prisma client (its own connections)
 * whose transactions meet twice: all must have begun before any runs a statement, and each one's first write
 * waits until every racer has reached its own first write. So every racer reads the row before any writes to it:
 * the interleaving in which an update not guarded by the version it read overwrites another.
 *
 * A design that serialises racers on a lock blocks the others before their first write; a racer waits at most
 * `patienceMs` for them, after which the meeting is off and everyone runs on (`metAtWrite` then says false).
 */

const WRITES = new Set([
  "create",
  "createMany",
  "createManyAndReturn",
  "update",
  "updateMany",
  "updateManyAndReturn",
  "upsert",
  "delete",
  "deleteMany",
]);
const RAW_WRITES = new Set(["$executeRaw", "$executeRawUnsafe"]);

class Meeting {
  private arrived = 0;
  private release!: () => void;
  private readonly released = new Promise<void>((resolve) => (this.release = resolve));
  met = false;
  broken = false;

  constructor(
    private readonly parties: number,
    private readonly patienceMs: number,
  ) {}

  async arrive(): Promise<void> {
    this.arrived++;
    if (this.arrived === this.parties && !this.broken) {
      this.met = true;
      this.release();
    }
    if (this.met || this.broken) return;
    let timer: NodeJS.Timeout | undefined;
    const patience = new Promise<void>((resolve) => (timer = setTimeout(resolve, this.patienceMs)));
    await Promise.race([this.released, patience]);
    clearTimeout(timer);
    if (!this.met) {
      this.broken = true;
      this.release();
    }
  }
}

function delegateWithGate(delegate: object, beforeWrite: () => Promise<void>): object {
  return new Proxy(delegate, {
    get(target, key) {
      const value = Reflect.get(target, key);
      if (typeof value !== "function") return value;
      if (typeof key !== "string" || !WRITES.has(key)) return value.bind(target);
      return async (...args: unknown[]) => {
        await beforeWrite();
        return value.apply(target, args);
      };
    },
  });
}

function gatedTransactionClient(tx: object, beforeWrite: () => Promise<void>): object {
  return new Proxy(tx, {
    get(target, key) {
      const value = Reflect.get(target, key);
      if (typeof key === "string" && RAW_WRITES.has(key) && typeof value === "function") {
        return async (...args: unknown[]) => {
          await beforeWrite();
          return value.apply(target, args);
        };
      }
      if (typeof value === "function") return value.bind(target);
      // Model delegates (tx.session, tx.agendaItem …) are objects with the query methods.
      return value && typeof value === "object" && typeof key === "string" && !key.startsWith("$")
        ? delegateWithGate(value, beforeWrite)
        : value;
    },
  });
}

export interface Race {
  /** One client per racer; pass racer i's to the mutation it runs. */
  clients: Db[];
  /** True when every racer's transaction had begun before any of them ran a statement. */
  allBegan(): boolean;
  /** True when every racer reached its first write before any of them wrote. */
  metAtWrite(): boolean;
  close(): Promise<void>;
}

export function race(racers: number, patienceMs = 5_000): Race {
  const begun = new Meeting(racers, patienceMs);
  const written = new Meeting(racers, patienceMs);
  const reals: PrismaClient[] = [];
  const clients = Array.from({ length: racers }, () => {
    const real = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL, max: 2 }) });
    reals.push(real);
    return new Proxy(real, {
      get(target, key) {
        if (key !== "$transaction") return Reflect.get(target, key);
        return (fn: (tx: object) => Promise<unknown>, options?: { timeout?: number }) =>
          target.$transaction(
            async (tx) => {
              await begun.arrive();
              let wrote = false;
              const beforeWrite = async () => {
                if (wrote) return;
                wrote = true;
                await written.arrive();
              };
              return fn(gatedTransactionClient(tx, beforeWrite));
            },
            // Racers wait for one another, which the default five seconds would count against them.
            { maxWait: 10_000, ...options, timeout: Math.max(options?.timeout ?? 0, 20_000) },
          );
      },
    }) as unknown as Db;
  });
  return {
    clients,
    allBegan: () => begun.met,
    metAtWrite: () => written.met,
    close: async () => {
      await Promise.all(reals.map((client) => client.$disconnect()));
    },
  };
}

/**
 * Whether the test database runs two transactions at once. A real PostgreSQL does; the embedded one (a single
 * PGlite backend) takes them in turn, and on it a test of simultaneous saves could only pass without testing
 * anything, so such tests are skipped there, visibly, and run where `npm test` is given a PostgreSQL (as in CI).
 */
export async function runsTransactionsAtOnce(): Promise<boolean> {
  const probe = race(2, 1_000);
  try {
    await Promise.all(probe.clients.map((client) => client.$transaction((tx) => tx.$queryRaw`SELECT 1`)));
    return probe.allBegan();
  } finally {
    await probe.close();
  }
}
