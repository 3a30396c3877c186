/**
 * Recognises PostgreSQL constraint violations as Prisma reports them (P2002 unique, P2003 foreign key),
 * so mutations can turn them into AppErrors instead of leaking database messages.
 */
export function isUniqueViolation(error: unknown, field?: string): boolean {
  const e = error as { code?: string; meta?: { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: string[] } } } } };
  if (e?.code !== "P2002") return false;
  if (!field) return true;
  const target = e.meta?.target;
  const fields = Array.isArray(target) ? target : e.meta?.driverAdapterError?.cause?.constraint?.fields ?? [];
  return fields.length === 0 || fields.some((f) => String(f).replaceAll('"', "") === field);
}

export function isForeignKeyViolation(error: unknown): boolean {
  return (error as { code?: string })?.code === "P2003";
}
