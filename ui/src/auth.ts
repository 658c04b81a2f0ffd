// Sign-in with Keycloak: OAuth 2.0 authorization code with PKCE (S256), written out in full because it is short and
// the UI then needs no OIDC library. Tokens live in sessionStorage: they end with the browser tab.

const AUTHORITY = import.meta.env.VITE_OIDC_AUTHORITY ?? 'http://localhost:8180/realms/csp';
const CLIENT_ID = import.meta.env.VITE_OIDC_CLIENT_ID ?? 'partner-ui';
const ENDPOINTS = {
  authorize: `${AUTHORITY}/protocol/openid-connect/auth`,
  token: `${AUTHORITY}/protocol/openid-connect/token`,
  logout: `${AUTHORITY}/protocol/openid-connect/logout`,
};
export const CALLBACK_PATH = '/auth/callback';
const TOKENS = 'csp.tokens';
const PENDING = 'csp.pending-sign-in';
// Refresh this long before the access token expires, so a request never leaves with a token about to lapse.
const EARLY_REFRESH_MS = 30_000;

export interface User {
  username: string;
  displayName: string;
  tenantId: string;
  tenantName: string;
  roles: string[];
}

interface Tokens {
  accessToken: string;
  refreshToken?: string;
  idToken?: string;
  expiresAt: number;
}

interface PendingSignIn {
  state: string;
  verifier: string;
  returnTo: string;
}

function redirectUri(): string {
  return window.location.origin + CALLBACK_PATH;
}

function base64Url(bytes: Uint8Array): string {
  let text = '';
  bytes.forEach((b) => (text += String.fromCharCode(b)));
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomText(byteCount: number): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(byteCount)));
}

async function challengeOf(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

export async function signIn(returnTo = window.location.pathname + window.location.search): Promise<void> {
  const pending: PendingSignIn = { state: randomText(16), verifier: randomText(48), returnTo };
  sessionStorage.setItem(PENDING, JSON.stringify(pending));
  const query = new URLSearchParams({
    client_id: CLIENT_ID,
    response_type: 'code',
    scope: 'openid',
    redirect_uri: redirectUri(),
    state: pending.state,
    code_challenge: await challengeOf(pending.verifier),
    code_challenge_method: 'S256',
  });
  window.location.assign(`${ENDPOINTS.authorize}?${query}`);
}

/** Completes a sign-in on the callback page; answers where the user was going. */
export async function completeSignIn(search: string): Promise<string> {
  const params = new URLSearchParams(search);
  const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? 'null') as PendingSignIn | null;
  sessionStorage.removeItem(PENDING);
  if (params.get('error')) {
    throw new Error(`Keycloak refused the sign-in: ${params.get('error_description') ?? params.get('error')}`);
  }
  if (!pending || params.get('state') !== pending.state) {
    throw new Error('This sign-in link is stale or was not started here. Please sign in again.');
  }
  await requestTokens({
    grant_type: 'authorization_code',
    code: params.get('code') ?? '',
    redirect_uri: redirectUri(),
    code_verifier: pending.verifier,
  });
  return pending.returnTo.startsWith(CALLBACK_PATH) ? '/' : pending.returnTo;
}

async function requestTokens(form: Record<string, string>): Promise<Tokens> {
  const response = await fetch(ENDPOINTS.token, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: CLIENT_ID, ...form }),
  });
  if (!response.ok) {
    throw new Error('Keycloak did not issue a token; please sign in again.');
  }
  const body = await response.json();
  const tokens: Tokens = {
    accessToken: body.access_token,
    refreshToken: body.refresh_token,
    idToken: body.id_token,
    expiresAt: Date.now() + body.expires_in * 1000,
  };
  sessionStorage.setItem(TOKENS, JSON.stringify(tokens));
  return tokens;
}

function storedTokens(): Tokens | null {
  return JSON.parse(sessionStorage.getItem(TOKENS) ?? 'null') as Tokens | null;
}

let refreshing: Promise<Tokens> | null = null;

/** A valid access token, refreshed when close to expiry; null when the user must sign in (again). */
export async function accessToken(): Promise<string | null> {
  const tokens = storedTokens();
  if (!tokens) return null;
  if (tokens.expiresAt - Date.now() > EARLY_REFRESH_MS) return tokens.accessToken;
  if (!tokens.refreshToken) return null;
  // one refresh for all the requests that find the token old at the same moment
  refreshing ??= requestTokens({ grant_type: 'refresh_token', refresh_token: tokens.refreshToken }).finally(() => {
    refreshing = null;
  });
  try {
    return (await refreshing).accessToken;
  } catch {
    sessionStorage.removeItem(TOKENS);
    return null;
  }
}

function claims(jwt: string): Record<string, unknown> {
  const payload = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(payload), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

/** Who is signed in, from the access token's claims; null when nobody is. */
export function currentUser(): User | null {
  const tokens = storedTokens();
  if (!tokens) return null;
  const c = claims(tokens.accessToken);
  return {
    username: String(c.preferred_username ?? ''),
    displayName: String(c.name ?? c.preferred_username ?? ''),
    tenantId: String(c.tid ?? ''),
    tenantName: String(c.tenant_name ?? ''),
    roles: Array.isArray(c.roles) ? c.roles.map(String) : [],
  };
}

export function signOut(): void {
  const idToken = storedTokens()?.idToken;
  sessionStorage.removeItem(TOKENS);
  const query = new URLSearchParams({ client_id: CLIENT_ID, post_logout_redirect_uri: window.location.origin + '/' });
  if (idToken) query.set('id_token_hint', idToken);
  window.location.assign(`${ENDPOINTS.logout}?${query}`);
}
