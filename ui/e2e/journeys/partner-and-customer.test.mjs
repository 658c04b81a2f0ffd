// The journeys of issue 8, in order, in one headless Chromium: each later journey checks what an earlier one did
// (the key read in the activity log, the credit on the unbilled invoice), so they share the order ids below.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import {
  ADATUM, BASE_URL, DESKTOP, EFFECT_TIMEOUT, LITWARE, PHONE, anonymousGet, camera, launch, newPage, placeOrder, signIn,
} from '../browser.mjs';

const PRODUCT = 'Windows Server 2022 Standard';
const KEY_PATTERN = /^[A-Z0-9]{4}(-[A-Z0-9]{4}){7}$/; // 32 characters in groups of four

let browser;
const bought = {}; // order ids: cancelled (bought in the UI), kept (Adatum, fixture), litware (fixture)
const link = {};

before(async () => {
  browser = await launch();
  // fixture purchases the journeys do not walk through: one Adatum order that stays active, one for another customer
  const line = { skuId: 'ws2022-std-16core', quantity: 1, term: null, billing: 'ONE_TIME' };
  bought.kept = (await placeOrder('contoso-admin-agent', ADATUM.id, line)).id;
  bought.litware = (await placeOrder('contoso-admin-agent', LITWARE.id, line)).id;
});

after(async () => {
  await browser?.close();
});

function softwareRow(page, orderId) {
  return page.locator(`[data-testid="software-row"][data-order="${orderId}"]`);
}

describe('contoso-admin-agent buys for Adatum, gets the key and a link, downloads, cancels', () => {
  let page;
  const shot = camera('1-admin-agent');
  before(async () => {
    page = await newPage(browser, DESKTOP);
  });
  after(async () => page?.context().close());

  test('signs in through Keycloak and sees who, which tenant and which role', async () => {
    await signIn(page, 'contoso-admin-agent');
    assert.match(await page.getByTestId('user').innerText(), /contoso-admin-agent|Admin/i);
    assert.equal(await page.getByTestId('tenant').innerText(), 'Contoso Partner');
    assert.equal(await page.getByTestId('roles').innerText(), 'Admin agent');
    // an admin agent reads neither the activity log nor the invoices: the menu does not offer them
    assert.equal(await page.getByRole('link', { name: 'Activity log' }).count(), 0);
    assert.equal(await page.getByRole('link', { name: 'Billing' }).count(), 0);
    await shot(page, 'signed-in');
  });

  test('finds Adatum by domain and opens its page', async () => {
    await page.getByLabel('Search by name, tenant GUID or domain').fill('adatum.example');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: LITWARE.name }).waitFor({ state: 'detached' });
    await page.getByRole('link', { name: ADATUM.name }).waitFor();
    await shot(page, 'customer-search');
    await page.getByRole('link', { name: ADATUM.name }).click();
    await page.getByRole('heading', { name: ADATUM.name, level: 1 }).waitFor();
    await shot(page, 'customer-page');
  });

  test('adds products: the US catalog, prices without tax, chooses SKU, quantity and term, places the order', async () => {
    await page.getByRole('link', { name: 'Add products' }).click();
    await page.getByTestId('tax-note').waitFor();
    assert.match(await page.getByTestId('tax-note').innerText(), /exclude tax/);
    await shot(page, 'catalog');
    await page.getByRole('button', { name: `Choose ${PRODUCT}`, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/Quantity/).fill('2');
    assert.equal(await dialog.getByLabel('Term').inputValue(), '');
    await shot(page, 'choose-sku');
    await dialog.getByRole('button', { name: 'Add to order' }).click();
    await page.getByRole('button', { name: 'Place order' }).click();
    await page.getByRole('heading', { name: 'Order placed' }).waitFor();
    bought.cancelled = await page.getByTestId('order-id').innerText();
    assert.match(bought.cancelled, /^[0-9a-f-]{36}$/);
    await page.getByText('Keys granted').waitFor({ timeout: EFFECT_TIMEOUT });
    await page.getByText(/Charge recorded: \$/).waitFor({ timeout: EFFECT_TIMEOUT });
    await shot(page, 'order-confirmation');
  });

  test('gets the key in a dialog with a copy button', async () => {
    await page.getByRole('link', { name: 'Go to Software' }).click();
    const row = softwareRow(page, bought.cancelled);
    await row.getByRole('button', { name: /Get keys and downloads/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Version').waitFor();
    await dialog.getByRole('button', { name: 'Get Key' }).click();
    link.key = await dialog.getByTestId('product-key').innerText();
    assert.match(link.key, KEY_PATTERN);
    await dialog.getByRole('button', { name: 'Copy key' }).click();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link.key);
    await shot(page, 'product-key');
  });

  test('downloads, copies a link, and the link downloads the same file without signing in', async () => {
    const dialog = page.getByRole('dialog');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
    const saved = await readFile(await download.path());
    await dialog.getByRole('button', { name: 'Copy Link' }).click();
    await dialog.getByText('Copied to the clipboard.', { exact: false }).first().waitFor();
    link.url = await dialog.getByLabel('Link', { exact: true }).inputValue();
    assert.ok(link.url.startsWith(`${BASE_URL}/v1/downloads/`), `the link goes through the gateway: ${link.url}`);
    // the dialog may still show "Copied" from the key: wait for the clipboard itself to hold the link
    assert.equal(await clipboardHolding(page, link.url), link.url);
    await shot(page, 'download-link');
    const viaLink = await anonymousGet(link.url);
    assert.equal(viaLink.status, 200);
    assert.ok(viaLink.body.length > 0);
    assert.deepEqual(viaLink.body, saved, 'the copied link serves the file the Download button saved');
    const shown = await dialog.locator('.result .mono').last().innerText();
    assert.equal(createHash('sha256').update(viaLink.body).digest('hex'), shown);
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  test('cancels: order number, days remaining, acknowledgement, submit; keys revoked and credit issued', async () => {
    await softwareRow(page, bought.cancelled).getByRole('button', { name: /^Cancel/ }).click();
    const dialog = page.getByRole('dialog');
    assert.equal(await dialog.getByLabel('Order number').inputValue(), bought.cancelled);
    await dialog.getByTestId('eligibility').waitFor();
    assert.match(await dialog.getByTestId('eligibility').innerText(), /\d+ days? remains? to cancel/);
    assert.ok(await dialog.getByRole('button', { name: 'Submit' }).isDisabled(), 'Submit waits for the acknowledgement');
    await dialog.getByLabel(/I have read the important message/).check();
    await shot(page, 'cancel-dialog');
    await dialog.getByRole('button', { name: 'Submit' }).click();
    await dialog.getByText(`Order ${bought.cancelled} is cancelled.`).waitFor();
    await dialog.getByText('Keys revoked').waitFor({ timeout: EFFECT_TIMEOUT });
    await dialog.getByText(/Credit issued: \$/).waitFor({ timeout: EFFECT_TIMEOUT });
    await shot(page, 'cancelled');
    await dialog.getByRole('button', { name: 'Close' }).first().click();
  });

  test('the cancelled item stays listed, without its key; the link no longer works', async () => {
    const row = softwareRow(page, bought.cancelled);
    await row.getByText(/Cancelled .*key and downloads revoked/).waitFor({ timeout: EFFECT_TIMEOUT });
    assert.equal(await row.getByRole('button', { name: /Get keys and downloads/ }).count(), 0);
    assert.equal(await row.getByRole('button', { name: /^Cancel/ }).count(), 0);
    await shot(page, 'software-after-cancel');
    const viaLink = await anonymousGet(link.url);
    assert.ok([404, 410].includes(viaLink.status), `a revoked link answers 410 or 404, not ${viaLink.status}`);
  });

  test('order history shows the order cancelled with its effects', async () => {
    await page.getByRole('link', { name: 'Order history' }).click();
    const order = page.locator(`[data-testid="order"][data-order="${bought.cancelled}"]`);
    await order.getByText('Cancelled', { exact: true }).waitFor();
    await order.getByText('Keys revoked').waitFor({ timeout: EFFECT_TIMEOUT });
    await order.getByText(/Credit issued/).waitFor({ timeout: EFFECT_TIMEOUT });
    await shot(page, 'order-history');
  });

  test('files a refund support request for the order that stays active', async () => {
    await page.getByRole('link', { name: `Request a refund for order ${bought.kept}` }).click();
    assert.equal(await page.getByLabel('Order ID').inputValue(), bought.kept);
    await page.getByLabel('Title', { exact: true }).fill('Refund for a duplicate purchase');
    assert.equal(await page.getByLabel('Customer tenant GUID or domain name').inputValue(), 'adatum.example');
    await page.getByLabel('Refund reason').fill('Bought twice by mistake');
    await page.getByLabel('Amount', { exact: true }).fill('1069');
    await page.getByLabel('Name', { exact: true }).fill('Contoso Admin Agent');
    await page.getByLabel('Email', { exact: true }).fill('admin-agent@contoso.example');
    await page.getByLabel('Phone', { exact: true }).fill('+1 425 555 0100');
    await shot(page, 'support-request');
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByRole('heading', { name: 'Support request submitted' }).waitFor();
    await shot(page, 'support-request-submitted');
  });
});

describe('contoso-global-admin finds the key read in the activity log and the credit on the unbilled invoice', () => {
  let page;
  const shot = camera('2-global-admin');
  before(async () => {
    page = await newPage(browser, DESKTOP);
    await signIn(page, 'contoso-global-admin');
  });
  after(async () => page?.context().close());

  test('sees the key read, by whom, for which order', async () => {
    assert.equal(await page.getByTestId('roles').innerText(), 'Global admin');
    await page.getByRole('link', { name: 'Activity log' }).click();
    await page.getByLabel('Activity', { exact: true }).selectOption('KEY_ACCESSED');
    await page.getByRole('button', { name: 'Show' }).click();
    const read = page.locator('[data-testid="activity-row"][data-type="KEY_ACCESSED"]', { hasText: bought.cancelled });
    await read.first().waitFor({ timeout: EFFECT_TIMEOUT });
    assert.match(await read.first().innerText(), /contoso-admin-agent/);
    await shot(page, 'activity-log');
  });

  test('sees the charge and the credit of the cancelled order among the unbilled line items', async () => {
    await page.getByRole('link', { name: 'Billing' }).click();
    const credit = page.locator(`[data-testid="line-item"][data-type="CREDIT"][data-order="${bought.cancelled}"]`);
    await credit.waitFor({ timeout: EFFECT_TIMEOUT });
    assert.match(await credit.innerText(), /-\$|\(\$|−\$/);
    await page.locator(`[data-testid="line-item"][data-type="CHARGE"][data-order="${bought.cancelled}"]`).waitFor();
    await shot(page, 'unbilled');
  });

  test('may see the software but is offered no key', async () => {
    await page.goto(`${BASE_URL}/customers/${ADATUM.id}/software`);
    await softwareRow(page, bought.kept).waitFor();
    assert.equal(await page.getByRole('button', { name: /Get keys and downloads/ }).count(), 0);
    assert.equal(await page.getByRole('button', { name: /^Cancel/ }).count(), 0);
    await shot(page, 'software-without-keys');
  });
});

describe("adatum-admin, on a phone, sees Adatum's software only, with keys", () => {
  let page;
  const shot = camera('3-customer-admin');
  before(async () => {
    page = await newPage(browser, PHONE);
    await signIn(page, 'adatum-admin');
  });
  after(async () => page?.context().close());

  test('lands on their own software; nothing else is offered', async () => {
    await page.getByRole('heading', { name: 'Your software' }).waitFor();
    assert.equal(await page.getByTestId('tenant').innerText(), 'Adatum Corporation');
    const menu = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allInnerTexts();
    assert.deepEqual(menu, ['Your software']);
    await softwareRow(page, bought.kept).waitFor();
    await softwareRow(page, bought.cancelled).waitFor();
    assert.equal(await softwareRow(page, bought.litware).count(), 0, "Litware's purchase is not shown to Adatum");
    assert.equal(await page.getByRole('button', { name: /^Cancel/ }).count(), 0);
    assert.equal(await softwareRow(page, bought.cancelled).getByRole('button', { name: /Get keys/ }).count(), 0);
    await shot(page, 'own-software');
  });

  test('gets the key of the purchase that is still active', async () => {
    await softwareRow(page, bought.kept).getByRole('button', { name: /Get keys and downloads/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Get Key' }).click();
    assert.match(await dialog.getByTestId('product-key').innerText(), KEY_PATTERN);
    await shot(page, 'own-key');
  });

  test('a partner page is not available', async () => {
    await page.goto(`${BASE_URL}/customers`);
    await page.getByRole('heading', { name: 'Page not available' }).waitFor();
  });
});

describe('contoso-sales-agent finds no key button', () => {
  let page;
  const shot = camera('4-sales-agent');
  before(async () => {
    page = await newPage(browser, DESKTOP);
    await signIn(page, 'contoso-sales-agent');
  });
  after(async () => page?.context().close());

  test('sees Adatum and its order history, but no software keys, no buying, no cancelling', async () => {
    await page.getByRole('link', { name: ADATUM.name }).click();
    await page.getByRole('heading', { name: ADATUM.name, level: 1 }).waitFor();
    const tabs = await page.getByRole('navigation', { name: 'Customer sections' }).getByRole('link').allInnerTexts();
    assert.deepEqual(tabs, ['Order history']);
    await page.locator(`[data-testid="order"][data-order="${bought.kept}"]`).waitFor();
    await page.goto(`${BASE_URL}/customers/${ADATUM.id}/software`);
    await page.locator(`[data-testid="order"][data-order="${bought.kept}"]`).waitFor();
    for (const name of [/Get keys/, /Get Key/, /^Cancel/, 'Place order', 'Add products']) {
      assert.equal(await page.getByRole('button', { name }).count(), 0, `no ${name} button`);
    }
    await shot(page, 'no-key-button');
  });
});

/** Reads the clipboard until it holds {@code expected} or five seconds have passed; answers what it last held. */
async function clipboardHolding(page, expected) {
  let held = '';
  for (let tries = 0; tries < 50 && held !== expected; tries++) {
    held = await page.evaluate(() => navigator.clipboard.readText());
    if (held !== expected) await page.waitForTimeout(100);
  }
  return held;
}
