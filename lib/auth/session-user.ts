import "server-only";
import { connection } from "next/server";
import { auth } from "./auth";

/** Who the signed session cookie names, if anyone: the one place that reads the cookie. */
export async function sessionUser(): Promise<{ id: string; version: number | null } | null> {
  await connection();
  const session = await auth();
  const user = session?.user as { id?: string; version?: number } | undefined;
  return user?.id ? { id: user.id, version: typeof user.version === "number" ? user.version : null } : null;
}
