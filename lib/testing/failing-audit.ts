import type { Db } from "../db";

/**
 * A database whose audit writes succeed and then fail, as a full disk or a lost connection would: a mutation run
 * on it must leave neither its change nor its audit row behind, which proves both share one transaction.
 */
export function failingAfterAudit(real: Db): Db {
  return new Proxy(real, {
    get(target, prop) {
      if (prop !== "$transaction") return Reflect.get(target, prop);
      return (fn: (tx: unknown) => Promise<unknown>) =>
        target.$transaction((tx) =>
          fn(
            new Proxy(tx, {
              get(inner, key) {
                if (key === "auditEvent") {
                  return {
                    create: async (args: Parameters<typeof inner.auditEvent.create>[0]) => {
                      await inner.auditEvent.create(args);
                      throw new Error("disk full");
                    },
                  };
                }
                const value = Reflect.get(inner, key);
                return typeof value === "function" ? value.bind(inner) : value;
              },
            }),
          ),
        );
    },
  });
}
