// Issue 18, item 7: the screens a partner expects. Adding a customer through the form; the order history with order
// IDs, and cancelling one by its ID as the cancel dialog names orders; an invoice's detail with its lines and its CSV;
// and a list longer than a page says so and loads the next page on "More". Everything is found by the ids this run
// created: the stack is shared and keeps the data of earlier runs.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { request } from 'playwright-core';
import { ADATUM, BASE_URL, DESKTOP, camera, launch, newPage, placeOrder, signIn, token } from '../browser.mjs';

let browser;
const made = {};

/** Closes an ended month as `username` (issues its invoice, empty when the month had no lines); 200 when already closed. */
async function closeMonth(username, month) {
  const api = await request.newContext({ extraHTTPHeaders: { Authorization: `Bearer ${await token(username)}` } });
  const response = await api.post(`${BASE_URL}/v1/billing/periods/${month}/close`);
  if (![200, 201].includes(response.status())) throw new Error(`closing ${month}: ${response.status()} ${await response.text()}`);
  const invoice = await response.json();
  await api.dispose();
  return invoice;
}

before(async () => {
  browser = await launch();
  const line = { skuId: 'ws2022-std-16core', quantity: 1, term: null, billing: 'ONE_TIME' };
  made.order = (await placeOrder('contoso-admin-agent', ADATUM.id, line)).id;
  // more invoices than the Billing screen's first page (20): the 24 months before this one, each closed
  const now = new Date();
  for (let back = 24; back >= 1; back -= 1) {
    const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 7);
    made.invoice = await closeMonth('contoso-global-admin', month);
  }
});

after(async () => {
  await browser?.close();
});

describe('contoso-admin-agent adds a customer and cancels an order by its ID from the order history', () => {
  let page;
  const shot = camera('partner-screens-admin-agent');
  before(async () => {
    page = await newPage(browser, DESKTOP);
    await signIn(page, 'contoso-admin-agent');
  });
  after(async () => page?.context().close());

  test('adds a customer with name, tenant GUID, domain and market, and finds it in the list', async () => {
    const tenant = randomUUID();
    made.customer = { name: `Tailspin ${tenant.slice(0, 8)}`, domain: `tailspin-${tenant.slice(0, 8)}.example`, tenant };
    await page.getByRole('link', { name: 'Customers' }).first().click();
    await page.getByRole('button', { name: 'Add customer' }).click();
    await page.getByLabel('Company name', { exact: true }).fill(made.customer.name);
    await page.getByLabel('Tenant GUID', { exact: true }).fill(tenant);
    await page.getByLabel('Domain', { exact: true }).fill(made.customer.domain);
    await page.getByLabel('Market (country code)', { exact: true }).fill('us');
    await shot(page, 'add-customer-form');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('status').filter({ hasText: `Added ${made.customer.name}` }).waitFor();
    await page.getByRole('search').getByLabel('Search by name, tenant GUID or domain').fill(tenant);
    await page.getByRole('button', { name: 'Search' }).click();
    const row = page.getByRole('row').filter({ hasText: made.customer.domain });
    await row.waitFor();
    assert.match(await row.innerText(), new RegExp(tenant));
    assert.match(await row.innerText(), /US/);
    await shot(page, 'customer-added');
    // the same tenant again is refused, with the reason on the form (still open, cleared)
    await page.getByLabel('Company name', { exact: true }).fill(made.customer.name);
    await page.getByLabel('Tenant GUID', { exact: true }).fill(tenant);
    await page.getByLabel('Domain', { exact: true }).fill(made.customer.domain);
    await page.getByLabel('Market (country code)', { exact: true }).fill('US');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('alert').waitFor();
  });

  test('the order history lists orders by ID, with date, lines and status', async () => {
    await page.goto(`${BASE_URL}/customers/${ADATUM.id}/orders`);
    await page.getByRole('heading', { name: 'Order history' }).waitFor();
    const card = page.locator(`[data-testid="order"][data-order="${made.order}"]`);
    await card.waitFor();
    assert.match(await card.getByRole('heading').first().innerText(), new RegExp(`Order ${made.order}`));
    assert.match(await card.innerText(), /Placed .* by /);
    assert.match(await card.innerText(), /Windows Server 2022 Standard/);
    await shot(page, 'order-history');
  });

  test('cancels that order by typing its ID', async () => {
    await page.getByRole('button', { name: 'Cancel an order by ID' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Order ID').fill(made.order);
    await dialog.getByRole('button', { name: 'Check order' }).click();
    await dialog.getByTestId('eligibility').waitFor();
    assert.match(await dialog.getByTestId('eligibility').innerText(), /to cancel this order/);
    await dialog.getByLabel('I have read the important message about cancelling').check();
    await shot(page, 'cancel-by-order-id');
    await dialog.getByRole('button', { name: `Cancel order ${made.order}` }).click();
    await dialog.getByText(`Order ${made.order} is cancelled.`).waitFor();
    await dialog.getByRole('button', { name: 'Close' }).first().click();
    const card = page.locator(`[data-testid="order"][data-order="${made.order}"]`);
    await card.getByText('Cancelled').first().waitFor();
  });
});

describe('contoso-global-admin pages through the invoices, opens one and downloads its CSV', () => {
  let page;
  const shot = camera('partner-screens-global-admin');
  before(async () => {
    page = await newPage(browser, DESKTOP);
    await signIn(page, 'contoso-global-admin');
  });
  after(async () => page?.context().close());

  test('the invoices list says there are more and loads the next page', async () => {
    await page.getByRole('link', { name: 'Billing' }).click();
    await page.getByRole('heading', { name: 'Invoices' }).waitFor();
    const invoices = page.getByRole('table', { name: 'Invoices' });
    const more = page.getByTestId('more').filter({ hasText: 'invoices' });
    await more.waitFor();
    assert.match(await more.innerText(), /Showing 20 invoices; there are more/);
    assert.equal(await invoices.locator('tbody tr').count(), 20);
    await shot(page, 'invoices-first-page');
    await more.getByRole('button', { name: 'More invoices' }).click();
    await invoices.locator('tbody tr').nth(20).waitFor();
    assert.ok(await invoices.locator('tbody tr').count() > 20, 'the next page was added under the first');
    await shot(page, 'invoices-next-page');
  });

  test('opens an invoice: its detail, its lines and its CSV', async () => {
    const number = made.invoice.number;
    await page.getByRole('button', { name: `Invoice ${number} details` }).click();
    const detail = page.getByTestId('invoice-detail');
    await detail.getByRole('heading', { name: `Invoice ${number}` }).waitFor();
    assert.match(await detail.innerText(), new RegExp(`Billing period ${made.invoice.billingPeriod}`));
    await detail.locator('table, .empty').first().waitFor();
    const shown = await detail.getByTestId('invoice-line').count();
    assert.equal(shown, Math.min(made.invoice.lineCount, 50));
    await shot(page, 'invoice-detail');
    const [download] = await Promise.all([page.waitForEvent('download'),
      detail.getByRole('button', { name: `Download invoice ${number} lines as CSV` }).click()]);
    assert.equal(download.suggestedFilename(), `${number}.csv`);
    const csv = await readFile(await download.path(), 'utf8');
    assert.match(csv, /^line_number,type,id,order_id/);
    assert.equal(csv.trim().split('\n').length, made.invoice.lineCount + 1, 'a header and one row per line');
  });
});
