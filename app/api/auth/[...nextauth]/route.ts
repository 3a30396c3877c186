import type { NextRequest } from "next/server";
import { withSafeCallback } from "@/lib/http/auth-request";
import { GET as authGet, POST as authPost } from "@/lib/auth/route-handlers";

// Callback addresses are tidied first: Auth.js fails with a 500 on one it cannot parse (see withSafeCallback).
export async function GET(request: NextRequest) {
  return authGet(await withSafeCallback(request));
}

export async function POST(request: NextRequest) {
  return authPost(await withSafeCallback(request));
}
