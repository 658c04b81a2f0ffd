// What every journey shares: Debian's Chromium driven by playwright-core, signing in through Keycloak's own page,
// screenshots of each step, and a few API calls for fixture data the journeys do not walk through themselves.

import { chromium, request } from 'playwright-core';
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const BASE_URL = process.env.BASE_URL ?? 'http://localhost:8080';
export const KEYCLOAK_URL = process.env.KEYCLOAK_URL ?? 'http://localhost:8180/realms/csp';
export const PASSWORD = 'demo-password';
export const ADATUM = { id: 'c0000000-0000-4000-8000-000000000033', name: 'Adatum Corporation' };
export const LITWARE = { id: 'c0000000-0000-4000-8000-000000000044', name: 'Litware Inc.' };
/** Effects travel through Kafka between services: allow them time on a busy 2-core machine. */
export const EFFECT_TIMEOUT = 90_000;

const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');
/** stack-client's command line: `java -jar stack-client.jar token USER` (dev.csp.stack.RealmCommand). */
export const STACK_CLIENT_JAR = process.env.STACK_CLIENT_JAR
  ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'stack-client', 'target', 'stack-client.jar');
const execFileAsync = promisify(execFile);
/** The fixture tokens of this journey file, by user: { token, renewAt }. */
const tokens = new Map();

// The flags that keep Chromium from calling Google on a machine without internet (see PLATFORM-NOTES.md).
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
  });
}

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

/** A fresh browser profile (no session), that may use the clipboard and save downloads. */
export async function newPage(browser, viewport = DESKTOP) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return page;
}

const MAX_SHOT = 3000;

/** Numbered screenshots, one folder per journey. */
export function camera(journey) {
  const folder = join(SCREENSHOTS, journey);
  mkdirSync(folder, { recursive: true });
  let step = 0;
  return async (page, name) => {
    step += 1;
    // the whole page, but no taller than MAX_SHOT: lists grow with every run on a reused stack
    const { width, height } = await page.evaluate(() => ({
      width: document.documentElement.clientWidth, height: document.documentElement.scrollHeight }));
    await page.screenshot({ path: join(folder, `${String(step).padStart(2, '0')}-${name}.png`), fullPage: true,
      clip: { x: 0, y: 0, width, height: Math.min(height, MAX_SHOT) } });
  };
}

/** Sign in as a user would: the UI's button, Keycloak's form, back to the UI with the session. */
export async function signIn(page, username) {
  await page.goto(BASE_URL);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#kc-login').click();
  await page.getByTestId('user').waitFor();
}

/**
 * An access token for fixture data only, never for what a journey checks: from stack-client's Realm (the one place
 * that asks Keycloak for tokens; its jar is built by ./mvnw install), once per user and again when a third of its life
 * has passed, as Realm renews its own.
 */
export async function token(username) {
  const cached = tokens.get(username);
  if (cached && Date.now() < cached.renewAt) return cached.token;
  const keycloak = new URL(KEYCLOAK_URL).origin;
  let fresh;
  try {
    ({ stdout: fresh } = await execFileAsync('java', [`-Dcsp.keycloak.url=${keycloak}`, '-jar', STACK_CLIENT_JAR,
      'token', username], { encoding: 'utf8' }));
  } catch (e) {
    throw new Error(`no token for ${username} from ${STACK_CLIENT_JAR}: ${e.stderr || e.message}`);
  }
  fresh = fresh.trim();
  const { iat, exp } = JSON.parse(Buffer.from(fresh.split('.')[1], 'base64url').toString('utf8'));
  tokens.set(username, { token: fresh, renewAt: Date.now() + ((exp - iat) * 1000) / 3 });
  return fresh;
}

/** POSTs fixture data through the gateway as `username`; answers the created object (201 expected). */
export async function fixture(username, path, data) {
  const api = await request.newContext({ extraHTTPHeaders: { Authorization: `Bearer ${await token(username)}` } });
  const response = await api.post(`${BASE_URL}${path}`, { data });
  if (response.status() !== 201) throw new Error(`fixture POST ${path} failed: ${response.status()} ${await response.text()}`);
  const created = await response.json();
  await api.dispose();
  return created;
}

/** Places an order through the gateway, as fixture data; answers the order. */
export async function placeOrder(username, customerId, line) {
  return fixture(username, `/v1/customers/${customerId}/orders`, { lines: [line] });
}

/** What a paste would give: the page's clipboard (the context may read it, see newPage). */
export async function clipboardText(page) {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** A GET without any session, as the customer who was sent the link would make it. */
export async function anonymousGet(url) {
  const api = await request.newContext();
  const response = await api.get(url);
  const result = { status: response.status(), body: await response.body(), headers: response.headers() };
  await api.dispose();
  return result;
}
