// Issue 18, item 7 (the screens a partner expects), second part: an invoice's detail with its lines and its CSV, and a
// list longer than a page says so and loads the next page on "More". Everything is found by the ids this run created:
// the stack is shared and keeps the data of earlier runs. The customers and orders part:
// partner-customers-and-orders.test.mjs.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { request } from 'playwright-core';
import { BASE_URL, DESKTOP, camera, launch, newPage, signIn, token } from '../browser.mjs';

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
