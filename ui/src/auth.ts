// Sign-in with any OpenID Connect provider (Keycloak locally, Entra ID or Keycloak in production): oidc-client-ts runs
// the authorization code flow with PKCE (S256) against the endpoints the provider's discovery document names, so no
// provider's paths are written here. Tokens live in sessionStorage: they end with the browser tab.

import { ErrorResponse, UserManager, WebStorageStateStore, type User as OidcUser } from 'oidc-client-ts';

const env = import.meta.env;
export const CALLBACK_PATH = '/auth/callback';
// The deployment names the claims that carry the tenant and the roles; the defaults are Entra ID's (and our realm's).
const CLAIMS = {
  tenantId: env.VITE_OIDC_TENANT_CLAIM || 'tid',
  tenantName: env.VITE_OIDC_TENANT_NAME_CLAIM || 'tenant_name',
  roles: env.VITE_OIDC_ROLES_CLAIM || 'roles',
};
// Renew this long before the access token expires, so a request never leaves with a token about to lapse.
const EARLY_RENEW_SECONDS = 30;

const storage = new WebStorageStateStore({ store: window.sessionStorage });
const manager = new UserManager({
  authority: env.VITE_OIDC_AUTHORITY || 'http://localhost:8180/realms/csp',
  client_id: env.VITE_OIDC_CLIENT_ID || 'partner-ui',
  // Entra ID needs the API's scope (api://.../access) for an access token the services accept, and offline_access
  // for a refresh token; Keycloak issues both for plain 'openid'.
  scope: env.VITE_OIDC_SCOPE || 'openid',
  redirect_uri: window.location.origin + CALLBACK_PATH,
  post_logout_redirect_uri: window.location.origin + '/',
  response_type: 'code',
  userStore: storage,
  stateStore: storage,
  // Renewal is ours (below): the library's own would fall back to a hidden iframe without a refresh token, which the
  // Content-Security-Policy forbids, and would race with the renewal a request starts.
  automaticSilentRenew: false,
  // Only the discovery document and the token endpoint are fetched: Entra ID's userinfo lives on another origin.
  loadUserInfo: false,
});

export interface User {
  username: string;
  displayName: string;
  tenantId: string;
  tenantName: string;
  roles: string[];
}

export async function signIn(returnTo = window.location.pathname + window.location.search): Promise<void> {
  try {
    await manager.signinRedirect({ state: returnTo });
  } catch {
    throw new Error('The sign-in service could not be reached. Please try again in a moment.');
  }
}

let completing: Promise<string> | null = null;

/** Completes a sign-in on the callback page; answers where the user was going. */
export function completeSignIn(search: string): Promise<string> {
  // once per page load: React's StrictMode runs effects twice in development, and a code is good for one exchange
  completing ??= exchange(search);
  return completing;
}

async function exchange(search: string): Promise<string> {
  let user: OidcUser;
  try {
    user = await manager.signinRedirectCallback(window.location.origin + CALLBACK_PATH + search);
  } catch (error) {
    if (error instanceof ErrorResponse) {
      throw new Error(`The sign-in service refused the sign-in: ${error.error_description ?? error.error}`);
    }
    // "No matching state found in storage": the callback was opened again, or in another tab
    if (error instanceof Error && /state/i.test(error.message)) {
      throw new Error('This sign-in link is stale or was not started here. Please sign in again.');
    }
    throw new Error('The sign-in service did not issue a token; please sign in again.');
  }
  const returnTo = typeof user.state === 'string' ? user.state : '/';
  return returnTo.startsWith(CALLBACK_PATH) ? '/' : returnTo;
}

let renewing: Promise<OidcUser | null> | null = null;

/** One renewal with the refresh token at a time, for the expiry timer and every request that finds the token old. */
function renew(): Promise<OidcUser | null> {
  renewing ??= manager
    .getUser()
    // without a refresh token signinSilent would try the iframe: sign in again instead
    .then((user) => (user?.refresh_token ? manager.signinSilent() : null))
    .finally(() => (renewing = null));
  return renewing;
}

// The library raises this a minute before expiry (sooner than EARLY_RENEW_SECONDS), so requests seldom wait.
// A failure here is left to the next request, which tries once more and signs out if that fails too.
manager.events.addAccessTokenExpiring(() => void renew().catch(() => undefined));

/** A valid access token, renewed when close to expiry; null when the user must sign in (again). */
export async function accessToken(): Promise<string | null> {
  const user = await manager.getUser();
  if (!user) return null;
  if ((user.expires_in ?? Infinity) > EARLY_RENEW_SECONDS) return user.access_token;
  const renewed = await renew().catch(() => null);
  if (renewed) return renewed.access_token;
  await manager.removeUser();
  return null;
}

function claimsOf(jwt: string): Record<string, unknown> {
  try {
    const payload = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(payload), (c) => c.charCodeAt(0))));
  } catch {
    return {}; // an opaque access token: nothing to read
  }
}

/**
 * Who is signed in; null when nobody is. Tenant and roles come from the access token only: the services authorise on
 * it, so the UI offers exactly what they will allow (Entra ID puts app roles in both tokens, which may differ).
 * The names fall back to the ID token's claims (the profile) when the access token lacks them.
 */
export async function currentUser(): Promise<User | null> {
  const user = await manager.getUser();
  if (!user) return null;
  const access = claimsOf(user.access_token);
  const claim = (name: string): unknown => access[name] ?? user.profile[name];
  const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));
  const username = text(claim('preferred_username') ?? claim('upn') ?? claim('email') ?? claim('sub'));
  const roles = access[CLAIMS.roles];
  return {
    username,
    displayName: text(claim('name')) || username,
    tenantId: text(access[CLAIMS.tenantId]),
    tenantName: text(claim(CLAIMS.tenantName)),
    roles: Array.isArray(roles) ? roles.map(String) : [],
  };
}

/** Ends the session at the provider too; signoutRedirect sends the stored ID token as id_token_hint. */
export async function signOut(): Promise<void> {
  try {
    await manager.signoutRedirect();
  } catch {
    // a provider without an end_session_endpoint (or out of reach): the tab's session is gone all the same
    await manager.removeUser();
    window.location.assign('/');
  }
}
