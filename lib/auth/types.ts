export const ROLES = ["SECRETARIAT", "CHAIR", "DELEGATE"] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in person as every authorisation check sees them: read from the database, never from the cookie. */
export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
}
