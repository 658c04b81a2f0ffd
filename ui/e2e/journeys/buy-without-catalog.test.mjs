// Issue 18, item 4: selling keeps working while catalog-service is down, in the UI too. "Add products" reads
// order-service's own copy of the catalog (GET /v1/customers/{id}/products, kept from product-published), which prices
// the order as well: with catalog-service stopped, a partner still chooses a product, places the order, and gets the key.
// catalog-service is stopped with ./stack and started again at the end whatever happened, so the stack is whole for the
// journeys that run next.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { request } from 'playwright-core';
import { ADATUM, BASE_URL, DESKTOP, EFFECT_TIMEOUT, camera, launch, newPage, signIn, token } from '../browser.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const PRODUCT = 'Windows Server 2022 Standard';
const KEY_PATTERN = /^[A-Z0-9]{4}(-[A-Z0-9]{4}){7}$/; // 32 characters in groups of four

let browser;

/** ./stack COMMAND... from the repository root; throws with its output when it fails. */
function stack(...args) {
  try {
    return execFileSync('./stack', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 600_000 });
  } catch (e) {
    throw new Error(`./stack ${args.join(' ')} failed: ${e.stdout ?? ''}${e.stderr ?? e.message}`);
  }
}

/** A GET through the gateway as `username`: answers status and body. */
async function get(username, path) {
  const api = await request.newContext({ extraHTTPHeaders: { Authorization: `Bearer ${await token(username)}` } });
  try {
    const response = await api.get(`${BASE_URL}${path}`);
    return { status: response.status(), body: await response.text() };
  } finally {
    await api.dispose();
  }
}

/** Waits until order-service's copy offers the product to Adatum (a fresh stack publishes its catalog at start). */
async function untilOrderServiceOffers(name) {
  const deadline = Date.now() + EFFECT_TIMEOUT;
  for (;;) {
    const offered = await get('contoso-admin-agent', `/v1/customers/${ADATUM.id}/products`);
    if (offered.status === 200 && JSON.parse(offered.body).some((p) => p.name === name && p.available)) return;
    if (Date.now() > deadline) throw new Error(`order-service never offered ${name}: ${offered.status} ${offered.body}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

before(async () => {
  await untilOrderServiceOffers(PRODUCT);
  stack('stop', 'catalog-service');
  browser = await launch();
});

after(async () => {
  try {
    await browser?.close();
  } finally {
    stack('up', '--no-build');
  }
});

describe('with catalog-service stopped, contoso-admin-agent buys for Adatum and gets the key', () => {
  let page;
  const shot = camera('buy-without-catalog');
  before(async () => {
    page = await newPage(browser, DESKTOP);
  });
  after(async () => page?.context().close());

  test('catalog-service is down: its API answers 503 through the gateway', async () => {
    const catalog = await get('contoso-admin-agent', '/v1/products?market=US');
    assert.equal(catalog.status, 503, `catalog-service still answers: ${catalog.status}`);
    assert.equal(JSON.parse(catalog.body).code, 'service-unavailable');
  });

  test('Add products lists the US catalog from order-service, prices and all', async () => {
    await signIn(page, 'contoso-admin-agent');
    await page.getByLabel('Search by name, tenant GUID or domain').fill('adatum.example');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: ADATUM.name }).click();
    await page.getByRole('heading', { name: ADATUM.name, level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Add products' }).click();
    await page.getByTestId('tax-note').waitFor();
    assert.match(await page.getByTestId('tax-note').innerText(), /market US exclude tax/);
    await page.getByLabel('Filter products').fill('2022 standard');
    await page.getByRole('button', { name: `Choose ${PRODUCT}`, exact: true }).waitFor();
    await shot(page, 'catalog-from-order-service');
  });

  test('chooses the product, places the order and sees it placed with its ID', async () => {
    await page.getByRole('button', { name: `Choose ${PRODUCT}`, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/Quantity/).fill('1');
    assert.match(await dialog.getByText(/Price for the term/).innerText(), /\$[\d,]+\.\d{2} each \(tax excluded\)/);
    await shot(page, 'choose-sku');
    await dialog.getByRole('button', { name: 'Add to order' }).click();
    await page.getByRole('button', { name: 'Place order' }).click();
    await page.getByRole('heading', { name: 'Order placed' }).waitFor();
    const orderId = await page.getByTestId('order-id').innerText();
    assert.match(orderId, /^[0-9a-f-]{36}$/);
    await page.getByText('Keys granted').waitFor({ timeout: EFFECT_TIMEOUT });
    await shot(page, 'order-placed');

    await page.getByRole('link', { name: 'Go to Software' }).click();
    const row = page.locator(`[data-testid="software-row"][data-order="${orderId}"]`);
    await row.getByRole('button', { name: /Get keys and downloads/ }).click();
    const keys = page.getByRole('dialog');
    await keys.getByRole('button', { name: 'Get Key' }).click();
    assert.match(await keys.getByTestId('product-key').innerText(), KEY_PATTERN);
    await shot(page, 'product-key');
  });
});
