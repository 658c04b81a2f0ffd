// node --test scripts/ (npm test): the generator applies openapi/overlay.json and refuses names it cannot find.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { typesOf } from './api-types.mjs';

const document = readFileSync(new URL('../openapi/order-service.json', import.meta.url), 'utf8');

test('every property of an answer is present; the overlay says which may be null and which decimals are strings', async () => {
  const types = await typesOf('order-service', document);
  const orderView = /OrderView: \{[^}]*\}/.exec(types)?.[0] ?? '';
  assert.match(orderView, /\n\s+placedBy: string;/);
  assert.match(orderView, /\n\s+cancelledBy: string \| null;/);
  assert.match(orderView, /\n\s+effects: components\["schemas"\]\["Stand"\] \| null;/);
  assert.match(/Money: \{[^}]*\}/.exec(types)?.[0] ?? '', /\n\s+amount: string;/);
  assert.match(/Line1: \{[^}]*\}/.exec(types)?.[0] ?? '', /\n\s+taxRate: string \| null;/);
  // a request keeps its document's required list: what it leaves out is optional
  assert.match(/NewCustomer: \{[^}]*\}/.exec(types)?.[0] ?? '', /\n\s+tenantId\?: string;/);
});

test('a property the overlay names and the document no longer has fails the generation', async () => {
  const renamed = document.replace('"decidedBy"', '"decidedByUser"');
  await assert.rejects(typesOf('order-service', renamed), /RelationshipRequestView\/decidedBy, not in order-service/);
});

test('the generated types (npm ci and npm run build write them) are what the checked-in documents give', async () => {
  for (const service of ['catalog-service', 'order-service', 'entitlement-service', 'audit-service', 'billing-service']) {
    const text = readFileSync(new URL(`../openapi/${service}.json`, import.meta.url), 'utf8');
    const generated = readFileSync(new URL(`../src/api/generated/${service}.ts`, import.meta.url), 'utf8');
    assert.equal(generated, await typesOf(service, text), `${service}: run npm run typecheck`);
  }
});
