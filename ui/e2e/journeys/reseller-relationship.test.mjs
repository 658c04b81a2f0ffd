// Issue 18, item 8: buying for a customer needs a reseller relationship the customer's Global admin accepted.
// Fabrikam registers Litware's existing tenant (Litware is Contoso's demo customer, not Fabrikam's): that is a
// relationship request, so Fabrikam's order is refused with a message saying why; Litware's Global admin signs in,
// sees Fabrikam's request and accepts it; the same order then goes through.
// On a stack reused from an earlier run the request may be accepted already: the steps that need it pending say so.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'playwright-core';
import { BASE_URL, DESKTOP, camera, launch, newPage, signIn, token } from '../browser.mjs';

const PRODUCT = 'Windows Server 2022 Standard';
const LITWARE_TENANT = '44444444-4444-4444-8444-444444444444';

let browser;
let partner; // Fabrikam's admin agent, kept signed in across the steps
let customer; // Fabrikam's record of Litware, which is also the relationship request
const shot = camera('reseller-relationship');

/** Fabrikam registers Litware's tenant: 201 and a pending request, or (a reused stack) the record it made before. */
async function registerLitware() {
  const api = await request.newContext({
    extraHTTPHeaders: { Authorization: `Bearer ${await token('fabrikam-admin-agent')}` },
  });
  try {
    const created = await api.post(`${BASE_URL}/v1/customers`, {
      data: { name: 'Litware Inc.', tenantId: LITWARE_TENANT, domain: 'litware.example', market: 'US' },
    });
    if (created.status() === 201) return created.json();
    assert.equal(created.status(), 409, `registering Litware: ${created.status()} ${await created.text()}`);
    const found = await (await api.get(`${BASE_URL}/v1/customers?q=${LITWARE_TENANT}`)).json();
    return found[0];
  } finally {
    await api.dispose();
  }
}

before(async () => {
  browser = await launch();
  customer = await registerLitware();
  partner = await newPage(browser, DESKTOP);
  await signIn(partner, 'fabrikam-admin-agent');
});

after(async () => {
  await partner?.context().close();
  await browser?.close();
});

describe('Fabrikam cannot buy for Litware until Litware\'s Global admin accepts its request', () => {
  test('the partner sees the request pending, and the order is refused with the reason', async (t) => {
    if (customer.relationship !== 'PENDING') return t.skip(`a reused stack: the request is ${customer.relationship}`);
    await partner.goto(`${BASE_URL}/customers/${customer.id}/add-products`);
    await partner.getByRole('heading', { name: 'Litware Inc.', level: 1 }).waitFor();
    assert.match(await partner.getByTestId('relationship').innerText(), /waiting for the customer's Global admin/);
    await partner.getByRole('button', { name: `Choose ${PRODUCT}`, exact: true }).click();
    await partner.getByRole('dialog').getByRole('button', { name: 'Add to order' }).click();
    await partner.getByRole('button', { name: 'Place order' }).click();
    const refusal = partner.getByRole('alert');
    await refusal.waitFor();
    assert.match(await refusal.innerText(), /cannot buy for Litware Inc\. yet: its Global admin has not yet accepted/);
    assert.equal(await partner.getByRole('heading', { name: 'Order placed' }).count(), 0);
    await shot(partner, 'order-refused');
  });

  test("Litware's Global admin signs in, sees Fabrikam's request and accepts it", async (t) => {
    if (customer.relationship !== 'PENDING') return t.skip(`a reused stack: the request is ${customer.relationship}`);
    const admin = await newPage(browser, DESKTOP);
    try {
      await signIn(admin, 'litware-admin');
      assert.equal(await admin.getByTestId('tenant').innerText(), 'Litware Inc.');
      await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Partner requests' }).click();
      await admin.getByRole('heading', { name: 'Partner requests', level: 1 }).waitFor();
      const row = admin.locator(`[data-testid="relationship-request"][data-request="${customer.id}"]`);
      await row.waitFor();
      assert.match(await row.innerText(), /Fabrikam Partner/);
      assert.equal(await row.getByTestId('relationship-status').innerText(), 'Pending');
      // only requests to Litware's own tenant: Contoso's record of Litware (the demo relationship) and Fabrikam's
      const partners = await admin.locator('[data-testid="relationship-request"] th').allInnerTexts();
      assert.ok(partners.every((p) => /Contoso Partner|Fabrikam Partner/.test(p)), partners.join(' | '));
      await shot(admin, 'pending-request');
      await row.getByRole('button', { name: 'Accept the request from Fabrikam Partner' }).click();
      await row.getByTestId('relationship-status').filter({ hasText: 'Accepted' }).waitFor();
      assert.match(await row.innerText(), /by litware-admin/);
      assert.equal(await row.getByRole('button', { name: /Accept|Decline/ }).count(), 0);
      await shot(admin, 'request-accepted');
    } finally {
      await admin.context().close();
    }
  });

  test('the partner buys for Litware now', async () => {
    if (customer.relationship !== 'PENDING') {
      // a reused stack: start the order afresh on the customer's page
      await partner.goto(`${BASE_URL}/customers/${customer.id}/add-products`);
      await partner.getByRole('button', { name: `Choose ${PRODUCT}`, exact: true }).click();
      await partner.getByRole('dialog').getByRole('button', { name: 'Add to order' }).click();
    }
    await partner.getByRole('button', { name: 'Place order' }).click();
    await partner.getByRole('heading', { name: 'Order placed' }).waitFor();
    assert.match(await partner.getByTestId('order-id').innerText(), /^[0-9a-f-]{36}$/);
    await shot(partner, 'order-placed');
    await partner.goto(`${BASE_URL}/customers/${customer.id}/orders`);
    assert.equal(await partner.getByTestId('relationship').innerText(), 'Accepted');
  });
});
