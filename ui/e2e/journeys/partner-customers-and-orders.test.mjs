// Issue 18, item 7 (the screens a partner expects), first part: adding a customer through the form; the order history
// with order IDs, and cancelling one by its ID as the cancel dialog names orders. Everything is found by the ids this
// run created: the stack is shared and keeps the data of earlier runs. The invoices part: partner-invoices.test.mjs.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { ADATUM, BASE_URL, DESKTOP, camera, launch, newPage, placeOrder, signIn } from '../browser.mjs';

let browser;
const made = {};

before(async () => {
  browser = await launch();
  const line = { skuId: 'ws2022-std-16core', quantity: 1, term: null, billing: 'ONE_TIME' };
  made.order = (await placeOrder('contoso-admin-agent', ADATUM.id, line)).id;
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
