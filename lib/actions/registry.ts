import type { Role } from "../auth/types";

/** Every server action and route handler declares who may call it here, so tests can check each one. */
export interface ActionPolicy {
  name: string;
  roles: readonly Role[];
  /** The callable action, so the authorisation matrix can call every one of them. */
  action: (input: unknown) => Promise<unknown>;
}

const policies = new Map<string, ActionPolicy>();

export function registerAction(policy: ActionPolicy): void {
  // Modules can be evaluated twice in development; the same name with other roles is a programming error.
  const existing = policies.get(policy.name);
  if (existing && existing.roles.join() !== policy.roles.join())
    throw new Error(`Action ${policy.name} is declared twice.`);
  policies.set(policy.name, policy);
}

export function registeredActions(): ActionPolicy[] {
  return [...policies.values()].sort((a, b) => a.name.localeCompare(b.name));
}
