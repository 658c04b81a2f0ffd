// Issue 20: "Copy Link" honours Idempotency-Key. The admin agent's first Copy Link reaches the server, which makes the
// link, but its answer is lost on the way back (the connection drops); clicking again sends the same key and answers
// that very link, so "Links made" lists one link, not two. A Copy Link after that is a new request: a new key, a new
// link. Everything is found by the ids this run created: the stack keeps earlier data.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ADATUM, BASE_URL, DESKTOP, EFFECT_TIMEOUT, anonymousGet, camera, launch, newPage, placeOrder, signIn } from '../browser.mjs';

let browser;
let orderId;

before(async () => {
  browser = await launch();
  const line = { skuId: 'ws2022-std-16core', quantity: 1, term: null, billing: 'ONE_TIME' };
  orderId = (await placeOrder('contoso-admin-agent', ADATUM.id, line)).id;
});

after(async () => {
  await browser?.close();
});

describe('contoso-admin-agent copies a link whose answer was lost, and tries again', () => {
  let page;
  const shot = camera('download-link-retry');
  const keys = []; // the Idempotency-Key of each POST of a link, in order
  before(async () => {
    page = await newPage(browser, DESKTOP);
    await signIn(page, 'contoso-admin-agent');
  });
  after(async () => page?.context().close());

  test('the retry answers the link the lost answer carried, and one link is made', async () => {
    let lose = true;
    await page.route('**/v1/entitlements/*/download-links', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      keys.push(route.request().headers()['idempotency-key']);
      if (!lose) return route.continue();
      lose = false;
      const reached = await route.fetch(); // the server makes the link ...
      assert.equal(reached.status(), 201);
      return route.abort('connectionreset'); // ... and the browser never hears of it
    });

    await page.goto(`${BASE_URL}/customers/${ADATUM.id}/software`);
    const open = page.locator(`[data-testid="software-row"][data-order="${orderId}"]`)
      .getByRole('button', { name: /Get keys and downloads/ });
    await open.waitFor({ timeout: EFFECT_TIMEOUT });
    await open.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Version').waitFor();

    await dialog.getByRole('button', { name: 'Copy Link' }).click();
    await dialog.getByText('The platform could not be reached').waitFor();
    await shot(page, 'answer-lost');
    await dialog.getByRole('button', { name: 'Copy Link' }).click();
    await dialog.getByTestId('link-status').getByText('Link copied to the clipboard.').waitFor();
    const linkId = await dialog.getByTestId('link-status').getAttribute('data-link');
    const url = await dialog.getByLabel('Link', { exact: true }).inputValue();

    assert.equal(keys.length, 2);
    assert.match(keys[0], /^[0-9a-f-]{36}$/, 'Copy Link sends an Idempotency-Key');
    assert.equal(keys[1], keys[0], 'the retry sends the same key');
    await dialog.locator(`[data-testid="made-link"][data-link="${linkId}"][data-state="ACTIVE"]`).waitFor();
    assert.equal(await dialog.locator('[data-testid="made-link"]').count(), 1, 'one link made, not two');
    assert.equal((await anonymousGet(url)).status, 200, 'the link answered again downloads');
    await shot(page, 'one-link');

    await dialog.getByRole('button', { name: 'Copy Link' }).click();
    await dialog.locator('[data-testid="made-link"]').nth(1).waitFor();
    assert.equal(keys.length, 3);
    assert.notEqual(keys[2], keys[0], 'a new Copy Link is a new request');
    assert.notEqual(await dialog.getByTestId('link-status').getAttribute('data-link'), linkId, 'and a new link');
    await shot(page, 'new-link');
  });
});
