// The catalog-admin's journey: a product of its own (a new id each run, so nothing depends on earlier runs), a SKU,
// a price set and then changed, as partners in the market see it; then the product is withdrawn again, so partners'
// catalogs do not fill up with test products. And the cancellation policies, where a version that would take effect
// today is refused (publishing one for real would change the shared stack for good: later versions must be later).

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, DESKTOP, camera, launch, newPage, signIn } from '../browser.mjs';

const RUN = Date.now().toString(36);
const PRODUCT = { id: `e2e-tool-${RUN}`, name: `E2E Journey Tool ${RUN}`, publisher: 'Contoso Labs' };
const SKU = { id: `e2e-tool-${RUN}-std`, name: 'Standard' };

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

describe('ops-catalog-admin creates a product, prices it, changes the price and sees it in the catalog', () => {
  let page;
  const shot = camera('6-catalog-admin');
  before(async () => {
    page = await newPage(browser, DESKTOP);
    await signIn(page, 'ops-catalog-admin');
  });
  after(async () => page?.context().close());

  const row = () => page.locator(`[data-testid="catalog-product"][data-product="${PRODUCT.id}"]`);

  test('sees the US catalog with its prices, and only what a catalog-admin may do', async () => {
    assert.equal(await page.getByTestId('roles').innerText(), 'Catalog admin');
    const menu = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allInnerTexts();
    assert.deepEqual(menu, ['Catalog', 'Cancellation policies']);
    await page.getByRole('heading', { name: 'Catalog', level: 1 }).waitFor();
    const windows = page.locator('[data-testid="catalog-product"][data-product="windows-server-2022-standard"]');
    assert.match(await windows.innerText(), /\$[\d,]+\.\d\d \(perpetual\)/);
    await shot(page, 'catalog');
  });

  test('creates a product and gives it a SKU', async () => {
    await page.getByLabel('Product ID').fill(PRODUCT.id);
    await page.getByLabel('Name', { exact: true }).fill(PRODUCT.name);
    await page.getByLabel('Kind').selectOption('PERPETUAL_SOFTWARE');
    await page.getByLabel('Publisher').fill(PRODUCT.publisher);
    await page.getByRole('button', { name: 'Create product' }).click();
    await page.getByRole('heading', { name: PRODUCT.name, level: 1 }).waitFor();
    assert.equal(await page.getByTestId('sold-here').innerText(), 'Not priced in this market yet.');
    await page.getByRole('button', { name: 'Add a SKU' }).click();
    await page.getByLabel('SKU ID').fill(SKU.id);
    await page.getByLabel('SKU name').fill(SKU.name);
    await page.getByLabel('Maximum quantity').fill('10');
    await shot(page, 'new-sku');
    await page.getByRole('button', { name: 'Save SKU' }).click();
    await page.locator(`[data-testid="sku"][data-sku="${SKU.id}"]`).waitFor();
  });

  test('prices the SKU in the US: the product is sold there at that price', async () => {
    const sku = page.locator(`[data-testid="sku"][data-sku="${SKU.id}"]`);
    await sku.getByLabel('Unit price, perpetual (USD)').fill('123.45');
    await sku.getByRole('button', { name: 'Save prices' }).click();
    await sku.getByText(/Prices in US saved \(revision \d+\)\./).waitFor();
    await sku.getByText('Now: $123.45').waitFor();
    await page.locator('[data-testid="sold-here"]', { hasText: /^Sold$/ }).waitFor();
    await shot(page, 'priced');
    await page.getByRole('link', { name: 'Catalog', exact: true }).first().click();
    await row().waitFor();
    assert.match(await row().innerText(), /Standard: \$123\.45 \(perpetual\)/);
  });

  test('changes the price and sees the new one in the catalog', async () => {
    await row().getByRole('link', { name: `Edit ${PRODUCT.name}` }).click();
    const sku = page.locator(`[data-testid="sku"][data-sku="${SKU.id}"]`);
    await sku.getByLabel('Unit price, perpetual (USD)').fill('149.99');
    await sku.getByRole('button', { name: 'Save prices' }).click();
    await sku.getByText('Now: $149.99').waitFor();
    await page.getByRole('link', { name: 'Catalog', exact: true }).first().click();
    await row().waitFor();
    assert.match(await row().innerText(), /Standard: \$149\.99 \(perpetual\)/);
    await shot(page, 'price-changed');
  });

  test('withdraws the product: it leaves the catalog', async () => {
    await row().getByRole('link', { name: `Edit ${PRODUCT.name}` }).click();
    await page.getByLabel('Sold (active)').uncheck();
    await page.getByRole('button', { name: 'Save details' }).click();
    await page.getByText(/no longer sold anywhere/).waitFor();
    await page.locator('[data-testid="sold-here"]', { hasText: 'No longer sold.' }).waitFor();
    await page.getByRole('link', { name: 'Catalog', exact: true }).first().click();
    await page.locator('[data-testid="catalog-product"]').first().waitFor();
    assert.equal(await row().count(), 0, 'a product no longer sold is not in the catalog');
  });

  test('reads the cancellation policies; a version taking effect today is refused in words', async () => {
    await page.getByRole('link', { name: 'Cancellation policies' }).click();
    const perpetual = page.locator('[data-testid="policy-version"][data-kind="PERPETUAL_SOFTWARE"]');
    await perpetual.first().waitFor();
    const versions = await perpetual.count();
    assert.equal(await perpetual.filter({ hasText: 'In effect' }).count(), 1);
    await page.getByLabel('Product kind').selectOption('PERPETUAL_SOFTWARE');
    assert.ok(Number(await page.getByLabel('Days to cancel').inputValue()) > 0, 'the draft starts from the latest version');
    await page.getByLabel('Effective from').fill(new Date().toISOString().slice(0, 10));
    await page.getByRole('button', { name: 'Publish version' }).click();
    await page.getByRole('alert').getByText(/takes effect tomorrow \(\d{4}-\d\d-\d\d\) at the earliest/).waitFor();
    await shot(page, 'policies');
    await page.goto(`${BASE_URL}/cancellation-policies`);
    await perpetual.first().waitFor();
    assert.equal(await perpetual.count(), versions, 'nothing was published');
  });
});
