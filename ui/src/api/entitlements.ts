// entitlement-service: what was bought for a customer, its product keys and download links. Each call names its
// operation in openapi/entitlement-service.json.

import type { operations } from './generated/entitlement-service';
import { all, id, json, query, send, type Answer, type Body, type Item } from './transport';

type Op = operations;

export const entitlements = {
  /** Without customerId: the signed-in customer admin's own tenant. */
  entitlements: (customerId?: string) =>
    all<Item<Op['listEntitlements']>>(`/v1/entitlements${query({ customerId, limit: '500' })}`),
  productKey: (entitlementId: string) => json<Answer<Op['getProductKey']>>(`/v1/entitlements/${id(entitlementId)}/key`),
  /** One link per key: the same key again answers the same link (or 410 once it is revoked or expired). */
  downloadLink: (entitlementId: string, build: Body<Op['createDownloadLink']>, idempotencyKey: string) =>
    json<Answer<Op['createDownloadLink']>>(`/v1/entitlements/${id(entitlementId)}/download-links`,
      { method: 'POST', body: build, idempotencyKey }),
  /** Newest first, every page. */
  downloadLinks: (entitlementId: string) =>
    all<Item<Op['listDownloadLinks']>>(`/v1/entitlements/${id(entitlementId)}/download-links?limit=500`),
  /** 204, however often: a link already revoked stays revoked. */
  revokeDownloadLink: async (entitlementId: string, linkId: string) => {
    await send(`/v1/entitlements/${id(entitlementId)}/download-links/${id(linkId)}`, { method: 'DELETE' });
  },
};
