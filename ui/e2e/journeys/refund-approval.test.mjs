// Issue 18, point 1: an approved refund request completes the cancellation. The partner gets the key and a link of an
// Adatum purchase and files a "CSP Purchase/Refund on behalf of customers" request for it; the support agent sees the
// order and its line while deciding and approves part of the amount; then the item stays listed without its key, the
// key and the link answer 410, the order shows its keys revoked and the credit, and the unbilled invoice carries that
// one credit of the approved amount. Everything is found by the ids this run created: the stack keeps earlier data.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ADATUM, BASE_URL, DESKTOP, EFFECT_TIMEOUT, PHONE, anonymousGet, camera, fixture, launch, newPage, placeOrder, signIn,
  token,
} from '../browser.mjs';

const PRODUCT = 'Windows Server 2022 Standard';
const KEY_PATTERN = /^[A-Z0-9]{4}(-[A-Z0-9]{4}){7}$/;
const REQUESTED = '150.00';
const APPROVED = '120.00';

let browser;
const bought = {}; // orderId, entitlementId, key, linkUrl
let requestId;

before(async () => {
  browser = await launch();
  const line = { skuId: 'ws2022-std-16core', quantity: 1, term: null, billing: 'ONE_TIME' };
  bought.orderId = (await placeOrder('contoso-admin-agent', ADATUM.id, line)).id;
});

after(async () => {
  await browser?.close();
});

function softwareRow(page) {
  return page.locator(`[data-testid="software-row"][data-order="${bought.orderId}"]`);
}

/** The key as the API answers it now, read with the admin agent's token. */
async function keyStatus() {
  const response = await fetch(`${BASE_URL}/v1/entitlements/${bought.entitlementId}/key`, {
    headers: { Authorization: `Bearer ${await token('contoso-admin-agent')}` },
  });
  return response.status;
}

describe('contoso-admin-agent gets the key and a link of an Adatum purchase, and asks for a refund of it', () => {
  let page;
  const shot = camera('refund-1-admin-agent');
  before(async () => {
    page = await newPage(browser, DESKTOP);
    await signIn(page, 'contoso-admin-agent');
  });
  after(async () => page?.context().close());

  test('reads the key and makes a link that downloads', async () => {
    await page.goto(`${BASE_URL}/customers/${ADATUM.id}/software`);
    const keys = softwareRow(page).getByRole('button', { name: /Get keys and downloads/ });
    await keys.waitFor({ timeout: EFFECT_TIMEOUT });
    await keys.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Version').waitFor();
    await dialog.getByRole('button', { name: 'Get Key' }).click();
    bought.key = await dialog.getByTestId('product-key').innerText();
    assert.match(bought.key, KEY_PATTERN);
    await dialog.getByRole('button', { name: 'Copy Link' }).click();
    await dialog.getByTestId('link-status').getByText('Link copied to the clipboard.').waitFor();
    bought.linkUrl = await dialog.getByLabel('Link', { exact: true }).inputValue();
    assert.equal((await anonymousGet(bought.linkUrl)).status, 200, 'the link downloads before the approval');
    await dialog.getByRole('button', { name: 'Close' }).click();

    const response = await fetch(`${BASE_URL}/v1/entitlements?customerId=${ADATUM.id}`, {
      headers: { Authorization: `Bearer ${await token('contoso-admin-agent')}` },
    });
    bought.entitlementId = (await response.json()).find((e) => e.orderId === bought.orderId).id;
    assert.equal(await keyStatus(), 200, 'the key reads before the approval');
    await shot(page, 'software-before');
  });

  test('files the refund request for the order', async () => {
    requestId = (await fixture('contoso-admin-agent', '/v1/support-requests', {
      type: 'CSP_PURCHASE_REFUND', impact: 'MODERATE', title: 'Refund: installed for the wrong customer',
      customerDomain: 'adatum.example', orderId: bought.orderId, refundReason: 'Bought for the wrong tenant',
      amountRequested: { amount: REQUESTED, currency: 'USD' },
      contact: { name: 'Contoso Admin Agent', email: 'admin-agent@contoso.example', phone: '+1 425 555 0100' },
    })).id;
    assert.match(requestId, /^[0-9a-f-]{36}$/);
  });
});

describe('ops-support-agent sees the order and its line, and approves part of the refund', () => {
  let page;
  const shot = camera('refund-2-support-agent');
  before(async () => {
    page = await newPage(browser, PHONE);
    await signIn(page, 'ops-support-agent');
  });
  after(async () => page?.context().close());

  test('the request shows the order it is about, with its line still active', async () => {
    await page.goto(`${BASE_URL}/support-requests/${requestId}`);
    await page.getByRole('heading', { name: 'Refund: installed for the wrong customer', level: 1 }).waitFor();
    const order = page.getByTestId('request-order');
    await order.getByRole('heading', { name: 'The order' }).waitFor();
    assert.equal(await order.getByTestId('order-status').innerText(), 'placed');
    const lines = order.getByTestId('request-order-line');
    assert.equal(await lines.count(), 1);
    assert.match(await lines.first().innerText(), new RegExp(PRODUCT));
    assert.equal(await lines.first().getByTestId('line-status').innerText(), 'Active');
    await shot(page, 'request-with-order');
  });

  test('takes it into review and approves: the order is cancelled', async () => {
    await page.getByRole('button', { name: 'Start review' }).click();
    await page.getByText('In review by ops-support-agent.').waitFor();
    await page.getByLabel(/Amount to credit/).fill(APPROVED);
    await page.getByRole('button', { name: 'Approve refund' }).click();
    const decision = page.getByTestId('decision');
    await decision.getByRole('heading', { name: 'Refund approved' }).waitFor();
    assert.match(await decision.innerText(), /\$120\.00 approved by ops-support-agent/);
    assert.match(await decision.innerText(), /(order|subscription) is cancelled/); // a one-line order names its line
    const order = page.getByTestId('request-order');
    assert.equal(await order.getByTestId('order-status').innerText(), 'cancelled');
    assert.equal(await order.getByTestId('line-status').first().innerText(), 'Cancelled');
    await shot(page, 'approved');
  });
});

describe('contoso-admin-agent finds the item without its key, the key and link gone, the order with its effects', () => {
  let page;
  const shot = camera('refund-3-admin-agent');
  before(async () => {
    page = await newPage(browser, DESKTOP);
    await signIn(page, 'contoso-admin-agent');
  });
  after(async () => page?.context().close());

  test('the item stays listed, without its key', async () => {
    await page.goto(`${BASE_URL}/customers/${ADATUM.id}/software`);
    const row = softwareRow(page);
    // the revocation travels order-service → Kafka → entitlement-service: reload until it shows
    for (const started = Date.now(); await row.getByText(/key and downloads revoked/).count() === 0; await page.waitForTimeout(2000)) {
      assert.ok(Date.now() - started < EFFECT_TIMEOUT, `order ${bought.orderId} still not revoked after ${EFFECT_TIMEOUT} ms`);
      await page.reload();
      await row.waitFor();
    }
    assert.equal(await row.getByRole('button', { name: /Get keys and downloads/ }).count(), 0);
    assert.equal(await row.getByRole('button', { name: /^Cancel/ }).count(), 0);
    await shot(page, 'software-after-approval');
  });

  test('the key and the link answer 410', async () => {
    assert.equal(await keyStatus(), 410, 'the key is gone');
    assert.equal((await anonymousGet(bought.linkUrl)).status, 410, 'the link is gone');
  });

  test('the order history shows the order cancelled, its keys revoked and the credit of the approved amount', async () => {
    await page.getByRole('link', { name: 'Order history' }).click();
    const order = page.locator(`[data-testid="order"][data-order="${bought.orderId}"]`);
    await order.getByText('Cancelled', { exact: true }).waitFor();
    assert.match(await order.innerText(), /cancelled .* by ops-support-agent/);
    await order.getByText('Keys revoked').waitFor({ timeout: EFFECT_TIMEOUT });
    await order.getByText('Credit issued: $120.00').waitFor({ timeout: EFFECT_TIMEOUT });
    await shot(page, 'order-history');
  });
});

describe('contoso-global-admin finds the one credit of the approved amount on the unbilled invoice', () => {
  let page;
  const shot = camera('refund-4-global-admin');
  before(async () => {
    page = await newPage(browser, DESKTOP);
    await signIn(page, 'contoso-global-admin');
  });
  after(async () => page?.context().close());

  test('one credit, the approved amount, and no credit by the cancellation policy on top', async () => {
    await page.getByRole('link', { name: 'Billing' }).click();
    await page.getByLabel('Filter by order ID or description').fill(bought.orderId);
    const credits = page.locator(`[data-testid="line-item"][data-type="CREDIT"][data-order="${bought.orderId}"]`);
    await page.locator(`[data-testid="line-item"][data-type="CHARGE"][data-order="${bought.orderId}"]`).waitFor({ timeout: EFFECT_TIMEOUT });
    for (const started = Date.now(); await credits.count() === 0; await page.waitForTimeout(2000)) {
      assert.ok(Date.now() - started < EFFECT_TIMEOUT, `no credit for order ${bought.orderId} after ${EFFECT_TIMEOUT} ms`);
      await page.getByRole('button', { name: 'Refresh' }).click();
    }
    // both events have long been applied by now (the order showed its credit): a second credit would be here
    await page.getByRole('button', { name: 'Refresh' }).click();
    await page.waitForTimeout(1000);
    assert.equal(await credits.count(), 1, 'exactly one credit');
    assert.equal(await credits.first().getAttribute('data-reason'), 'APPROVED_REFUND');
    assert.match(await credits.first().locator('td[data-label="Amount"]').innerText(), /^-\$120\.00$/);
    await shot(page, 'unbilled-credit');
  });
});
