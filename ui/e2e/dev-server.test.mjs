// The UI's dev server (`npm run dev`: Vite on http://localhost:5173, /v1 proxied to the gateway) works with the local
// stack: it serves the app, a user signs in through Keycloak (the local realm lets partner-ui return to :5173) and the
// app's API calls reach the services with the token. Not a journey (ui/e2e/run.sh runs those against the gateway):
// run it with the stack up, `cd ui && node --test e2e/dev-server.test.mjs`. It starts Vite itself unless DEV_URL
// names one that runs already.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADATUM, KEYCLOAK_URL, PASSWORD, camera, launch } from './browser.mjs';

const UI = join(dirname(fileURLToPath(import.meta.url)), '..');
const DEV_URL = process.env.DEV_URL ?? 'http://localhost:5173';
const shot = camera('dev-server');
let vite;
let browser;

async function answers(url) {
  try {
    return (await fetch(url)).status;
  } catch {
    return 0;
  }
}

before(async () => {
  if (!process.env.DEV_URL) {
    // what `npm run dev` runs, in a process group of its own so that it can be stopped whole
    vite = spawn(process.execPath, [join(UI, 'node_modules/vite/bin/vite.js')], { cwd: UI, detached: true,
      stdio: ['ignore', 'inherit', 'inherit'] });
  }
  const deadline = Date.now() + 60_000;
  while ((await answers(DEV_URL)) !== 200) {
    assert.ok(Date.now() < deadline, `the dev server answers at ${DEV_URL}`);
    assert.equal(vite?.exitCode ?? null, null, 'vite is still running');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (vite && vite.exitCode === null) process.kill(-vite.pid, 'SIGTERM');
});

test('the dev server serves the app and proxies /v1 to the services', async () => {
  const page = await (await fetch(DEV_URL)).text();
  assert.match(page, /<div id="root">/);
  assert.match(page, /@vite\/client/, 'served by Vite (hot reload), not the built ui/dist');
  // no token: the service itself answers, through the dev server's proxy and the gateway
  const response = await fetch(`${DEV_URL}/v1/customers`);
  assert.equal(response.status, 401);
});

test('contoso-admin-agent signs in through Keycloak and back to the dev server, and the API answers', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const asked = [];
  page.on('request', (request) => asked.push(request.url()));

  await page.goto(DEV_URL);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#username').fill('contoso-admin-agent');
  await page.locator('#password').fill(PASSWORD);
  await shot(page, 'keycloak-sign-in');
  await page.locator('#kc-login').click();
  await page.getByTestId('user').waitFor();

  const authorize = asked.find((url) => url.startsWith(`${KEYCLOAK_URL}/protocol/openid-connect/auth?`));
  assert.ok(authorize, 'the sign-in went to Keycloak');
  assert.equal(new URL(authorize).searchParams.get('redirect_uri'), `${DEV_URL}/auth/callback`);
  assert.ok(page.url().startsWith(DEV_URL), `back on the dev server: ${page.url()}`);
  assert.equal(await page.getByTestId('tenant').innerText(), 'Contoso Partner');
  assert.equal(await page.getByTestId('roles').innerText(), 'Admin agent');

  // an API call with the token, through the dev server's proxy: the customer search
  await page.getByLabel('Search by name, tenant GUID or domain').fill('adatum.example');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('link', { name: ADATUM.name }).waitFor();
  assert.ok(asked.some((url) => url.startsWith(`${DEV_URL}/v1/customers`)), 'the app called /v1 on the dev server');
  await shot(page, 'signed-in-customers');
  await context.close();
});
