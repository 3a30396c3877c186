import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ updateTag: vi.fn(), revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
process.env.AUTH_SECRET ??= "test-secret-for-the-auth-route";

// The real Auth.js endpoints, behind the app's route: an unreadable callback address used to answer 500.
const { GET } = await import("../../app/api/auth/[...nextauth]/route");

describe("the sign-in endpoints", () => {
  it("answer a sign-out page, not a 500, to a callback address no parser reads", async () => {
    const response = await GET(
      new NextRequest("http://localhost:3000/api/auth/signout?callbackUrl=http://localhost:3941.evil.example/"),
    );
    expect(response.status).toBeLessThan(500);
  });

  it("answer while the callback cookie holds such an address", async () => {
    const response = await GET(
      new NextRequest("http://localhost:3000/api/auth/csrf", {
        headers: { cookie: "authjs.callback-url=http%3A%2F%2Flocalhost%3A3941.evil.example%2F" },
      }),
    );
    expect(response.status).toBe(200);
  });
});
