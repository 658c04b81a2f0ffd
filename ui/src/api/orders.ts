// order-service: customers (and the reseller relationship requests their Global admins answer), what a customer can
// be sold (its own copy of the catalog, so buying works while catalog-service is down), orders and cancellations,
// refund support requests and their review. Each call names its operation in openapi/order-service.json.

import type { operations } from './generated/order-service';
import { all, blob, id, json, page, query, type Answer, type Body, type Item } from './transport';

type Op = operations;

export const orders = {
  customers: (q?: string, limit?: number) =>
    json<Answer<Op['listCustomers']>>(`/v1/customers${query({ q, limit: limit?.toString() })}`),
  customersPage: (q?: string) => page<Item<Op['listCustomers']>>(`/v1/customers${query({ q })}`),
  addCustomer: (customer: Body<Op['addCustomer']>, idempotencyKey: string) =>
    json<Answer<Op['addCustomer']>>('/v1/customers', { method: 'POST', body: customer, idempotencyKey }),
  customer: (customerId: string) => json<Answer<Op['getCustomer']>>(`/v1/customers/${id(customerId)}`),
  /** What the customer can be sold, from order-service (not catalog-service, so buying works while it is down). */
  offeredProducts: (customerId: string, q?: string, kind?: string) =>
    json<Answer<Op['listCustomerProducts']>>(`/v1/customers/${id(customerId)}/products${query({ q, kind })}`),

  placeOrder: (customerId: string, lines: Body<Op['placeOrder']>['lines'], idempotencyKey: string) =>
    json<Answer<Op['placeOrder']>>(`/v1/customers/${id(customerId)}/orders`,
      { method: 'POST', body: { lines } satisfies Body<Op['placeOrder']>, idempotencyKey }),
  orders: (customerId: string) => all<Item<Op['listOrders']>>(`/v1/customers/${id(customerId)}/orders?limit=100`),
  ordersPage: (customerId: string) => page<Item<Op['listOrders']>>(`/v1/customers/${id(customerId)}/orders?limit=20`),
  order: (customerId: string, orderId: string) =>
    json<Answer<Op['getOrder']>>(`/v1/customers/${id(customerId)}/orders/${id(orderId)}`),
  cancellationEligibility: (customerId: string, orderId: string, lineIds: string[]) =>
    json<Answer<Op['getCancellationEligibility']>>(`/v1/customers/${id(customerId)}/orders/${id(orderId)}/cancellation-eligibility${
      lineIds.length ? '?' + new URLSearchParams(lineIds.map((l) => ['lineId', l])) : ''}`),
  cancelOrder: (customerId: string, orderId: string, lineIds: string[], idempotencyKey: string) =>
    json<Answer<Op['cancelOrder']>>(`/v1/customers/${id(customerId)}/orders/${id(orderId)}/cancellations`, {
      method: 'POST',
      body: { acknowledged: true, lineIds } satisfies Body<Op['cancelOrder']>,
      idempotencyKey,
    }),

  /** With files: one multipart request, the form as its JSON "request" part and each file an "attachments" part. */
  submitSupportRequest: (request: Body<Op['submitSupportRequest']>, files: File[], idempotencyKey: string) => {
    type View = Answer<Op['submitSupportRequest']>;
    if (files.length === 0) return json<View>('/v1/support-requests', { method: 'POST', body: request, idempotencyKey });
    const form = new FormData();
    form.append('request', new Blob([JSON.stringify(request)], { type: 'application/json' }));
    files.forEach((file) => form.append('attachments', file, file.name));
    return json<View>('/v1/support-requests', { method: 'POST', body: form, idempotencyKey });
  },
  supportRequests: (status?: string) =>
    all<Item<Op['listSupportRequests']>>(`/v1/support-requests${query({ status, limit: '100' })}`),
  supportRequest: (requestId: string) => json<Answer<Op['getSupportRequest']>>(`/v1/support-requests/${id(requestId)}`),
  supportAttachment: (requestId: string, attachmentId: string) =>
    blob(`/v1/support-requests/${id(requestId)}/attachments/${id(attachmentId)}`, '*/*'),
  startReview: (requestId: string) =>
    json<Answer<Op['startSupportRequestReview']>>(`/v1/support-requests/${id(requestId)}/review`, { method: 'POST' }),
  approveRefund: (requestId: string, approvedAmount: Body<Op['approveSupportRequest']>['approvedAmount'], note: string) =>
    json<Answer<Op['approveSupportRequest']>>(`/v1/support-requests/${id(requestId)}/approval`, {
      method: 'POST', body: { approvedAmount, note: note || undefined } satisfies Body<Op['approveSupportRequest']>,
    }),
  rejectRefund: (requestId: string, reason: string) =>
    json<Answer<Op['rejectSupportRequest']>>(`/v1/support-requests/${id(requestId)}/rejection`,
      { method: 'POST', body: { reason } satisfies Body<Op['rejectSupportRequest']> }),

  relationshipRequests: () => all<Item<Op['listRelationshipRequests']>>('/v1/relationship-requests?limit=200'),
  acceptRelationship: (requestId: string) =>
    json<Answer<Op['acceptRelationshipRequest']>>(`/v1/relationship-requests/${id(requestId)}/acceptance`, { method: 'POST' }),
  declineRelationship: (requestId: string) =>
    json<Answer<Op['declineRelationshipRequest']>>(`/v1/relationship-requests/${id(requestId)}/decline`, { method: 'POST' }),
};
