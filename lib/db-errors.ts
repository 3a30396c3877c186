/**
 * Recognises PostgreSQL constraint violations as Prisma reports them (P2002 unique, P2003 foreign key),
 * so mutations can turn them into AppErrors instead of leaking database messages.
 */
export function isUniqueViolation(error: unknown, field?: string): boolean {
  const e = error as {
    code?: string;
    meta?: { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: string[] } } } };
  };
  if (e?.code !== "P2002") return false;
  if (!field) return true;
  const target = e.meta?.target;
  const fields = Array.isArray(target) ? target : (e.meta?.driverAdapterError?.cause?.constraint?.fields ?? []);
  return fields.length === 0 || fields.some((f) => String(f).replaceAll('"', "") === field);
}

export function isForeignKeyViolation(error: unknown): boolean {
  return (error as { code?: string })?.code === "P2003";
}

/**
 * The database was too busy or briefly out of reach: nothing was written and the same request may succeed
 * in a moment. (P2028: no transaction could be started in time; P1001/P1002/P1017: the server could not be
 * reached or closed the connection; pg's own pool and connection time-outs.)
 */
export function isTransientDbError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "P2028" || code === "P1001" || code === "P1002" || code === "P1017") return true;
  const message = error instanceof Error ? error.message : "";
  return /timeout exceeded when trying to connect|Connection terminated|ECONNREFUSED|ECONNRESET|too many clients/i.test(
    message,
  );
}
