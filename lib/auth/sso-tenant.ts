const MULTI_TENANT = new Set(["common", "organizations", "consumers"]);

/**
 * The tenant id of an Entra ID issuer ("https://login.microsoftonline.com/<tenant>/v2.0"), or null when the
 * issuer is missing, malformed or multi-tenant, in which case single sign-on stays off.
 */
export function entraTenant(issuer: string | undefined): string | null {
  if (!issuer) return null;
  const match = /^https:\/\/login\.microsoftonline\.com\/([^/]+)\/v2\.0\/?$/.exec(issuer.trim());
  const tenant = match?.[1]?.toLowerCase();
  return tenant && !MULTI_TENANT.has(tenant) ? tenant : null;
}
