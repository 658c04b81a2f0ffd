// catalog-service: markets, the catalog as sold in a market, and what catalog-admins change (products, SKUs, prices,
// availability, cancellation policies). Each call names its operation in openapi/catalog-service.json.

import type { operations } from './generated/catalog-service';
import { all, id, json, query, type Answer, type Body, type Item } from './transport';

type Op = operations;

export const catalog = {
  products: (market: string) => all<Item<Op['listProducts']>>(`/v1/products${query({ market, limit: '500' })}`),
  product: (productId: string, market: string) =>
    json<Answer<Op['getProduct']>>(`/v1/products/${id(productId)}${query({ market })}`),
  markets: () => json<Answer<Op['listMarkets']>>('/v1/markets'),

  createProduct: (product: Body<Op['createProduct']>) =>
    json<Answer<Op['createProduct']>>('/v1/products', { method: 'POST', body: product }),
  describeProduct: (productId: string, change: Body<Op['updateProduct']>) =>
    json<Answer<Op['updateProduct']>>(`/v1/products/${id(productId)}`, { method: 'PUT', body: change }),
  defineSku: (productId: string, skuId: string, sku: Body<Op['defineSku']>) =>
    json<Answer<Op['defineSku']>>(`/v1/products/${id(productId)}/skus/${id(skuId)}`, { method: 'PUT', body: sku }),
  setPrices: (productId: string, skuId: string, prices: Body<Op['setSkuPrices']>['prices']) =>
    json<Answer<Op['setSkuPrices']>>(`/v1/products/${id(productId)}/skus/${id(skuId)}/prices`,
      { method: 'PUT', body: { prices } satisfies Body<Op['setSkuPrices']> }),
  offerInMarket: (productId: string, market: string, available: boolean) =>
    json<Answer<Op['setProductAvailability']>>(`/v1/products/${id(productId)}/availability/${id(market)}`,
      { method: 'PUT', body: { available } satisfies Body<Op['setProductAvailability']> }),
  policies: () => json<Answer<Op['listCancellationPolicies']>>('/v1/products/cancellation-policies'),
  publishPolicy: (policy: Body<Op['addCancellationPolicyVersion']>) =>
    json<Answer<Op['addCancellationPolicyVersion']>>('/v1/products/cancellation-policies', { method: 'POST', body: policy }),
};
