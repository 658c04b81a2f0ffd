// The one way the UI talks to the services: through the gateway on the same origin (paths /v1/...), with the
// signed-in user's token, turning RFC 9457 problem+json answers into sentences a partner understands.

import { accessToken } from './auth';

export interface Money {
  amount: number | string;
  currency: string;
}

export interface Customer {
  id: string;
  name: string;
  tenantId: string;
  domain: string;
  market: string;
  createdAt: string;
  /** Whether the partner may buy for the customer: only once its Global admin has ACCEPTED the request. */
  relationship: 'PENDING' | 'ACCEPTED' | 'DECLINED';
}

/** A partner's reseller relationship request, as the customer's Global admin sees it. */
export interface RelationshipRequest {
  id: string;
  partnerTenantId: string;
  partnerName: string;
  customerTenantId: string;
  customerName: string;
  domain: string;
  requestedAt: string;
  status: 'PENDING' | 'ACCEPTED' | 'DECLINED';
  decidedAt: string | null;
  decidedBy: string | null;
}

export interface TermPrice {
  term: string | null;
  unitPrice: Money;
  /** The tax the price contains, in markets whose prices include tax (AU, BR); null elsewhere. */
  tax?: Money | null;
}

export interface DownloadView {
  version: string;
  language: string;
  bitness: string;
  fileName: string;
  sizeBytes: number;
  sha256: string;
}

export interface SkuOffer {
  id: string;
  name: string;
  terms: string[];
  billingOptions: string[];
  minQuantity: number;
  maxQuantity: number;
  prices: TermPrice[];
  downloads: DownloadView[];
}

export interface Product {
  id: string;
  name: string;
  kind: string;
  publisher: string;
  market: string;
  available: boolean;
  unavailableReason: string | null;
  taxIncluded: boolean;
  /** Where prices include tax: its rate ("0.10") and name ("GST"); null elsewhere. */
  taxRate?: string | null;
  taxName?: string | null;
  cancellable: boolean;
  cancellationWindowDays: number;
  revision?: number;
  skus: SkuOffer[];
}

/**
 * A product as order-service's own copy of the catalog offers it to one customer ("Add products"): the same as
 * catalog-service's product in a market, less publisher and downloads, and answered while catalog-service is down.
 */
export interface OfferedProduct {
  id: string;
  name: string;
  kind: string;
  market: string;
  available: boolean;
  unavailableReason: string | null;
  taxIncluded: boolean;
  /** Where prices include tax: its rate ("0.10"); each price says the tax it contains. */
  taxRate?: string | null;
  cancellable: boolean;
  cancellationWindowDays: number;
  revision: number;
  skus: OfferedSku[];
}

export type OfferedSku = Omit<SkuOffer, 'downloads'>;

export interface Market {
  code: string;
  name: string;
  currency: string;
  taxIncluded: boolean;
  taxRate?: string | null;
  taxName?: string | null;
  azureReservationsAvailable: boolean;
}

export const PRODUCT_KINDS = ['PERPETUAL_SOFTWARE', 'SERVER_SUBSCRIPTION', 'AZURE_RESERVATION', 'SOFTWARE_PLAN'] as const;
export const BILLING_FREQUENCIES = ['ONE_TIME', 'UPFRONT', 'MONTHLY'] as const;
export const REFUND_KINDS = ['FULL', 'PRORATED', 'NONE'] as const;

/** A product as a catalog-admin's write answers it: every market at once. */
export interface AdminProduct {
  id: string;
  name: string;
  kind: string;
  publisher: string;
  active: boolean;
  revision: number;
  withdrawnMarkets: string[];
}

export interface SkuDefinition {
  name: string;
  terms: string[];
  billingOptions: string[];
  minQuantity: number;
  maxQuantity: number;
}

/** {@code term} null: the perpetual price. */
export interface MarketPrice {
  market: string;
  term: string | null;
  unitPrice: Money;
}

export interface PolicyVersion {
  kind: string;
  version: number;
  effectiveFrom: string;
  cancellable: boolean;
  windowDays: number;
  refundKind: string;
  supportRequestAbove: Money[];
}

export type NewPolicyVersion = Omit<PolicyVersion, 'version'>;

/** Where an order's effects stand, as entitlement-service and billing-service reported them. */
export interface Effects {
  keysGranted: boolean;
  chargeRecorded: Money | null;
  keysRevoked: boolean;
  creditIssued: Money | null;
}

export interface OrderLine {
  id: string;
  productId: string;
  skuId: string;
  productName: string;
  kind: string;
  quantity: number;
  term: string | null;
  billing: string | null;
  unitPrice: Money;
  taxIncluded: boolean;
  /** Where the price includes tax: its rate and the tax the amount paid contains (null if not known). */
  taxRate?: string | null;
  taxPaid?: Money | null;
  amountPaid: Money;
  status: string;
  cancelledAt: string | null;
  /** The cancellation policy version in force when the order was placed: the line keeps it. */
  policyVersion: number;
  effects: Effects | null;
}

export interface Order {
  id: string;
  customerId: string;
  status: string;
  placedAt: string;
  placedBy: string;
  cancelledAt: string | null;
  cancelledBy: string | null;
  amountPaid: Money;
  effects: Effects | null;
  lines: OrderLine[];
}

export interface NewOrderLine {
  skuId: string;
  quantity: number;
  term: string | null;
  billing: string | null;
}

export interface CancellationEligibility {
  cancellable: boolean;
  daysRemaining: number;
  windowEndsAt: string | null;
  reason: string | null;
  supportRequestUrl: string | null;
  lineIds: string[];
  /** How much more of the order may be cancelled without a support request; absent without a limit. */
  leftBeforeSupportRequest: Money | null;
}

export interface Entitlement {
  id: string;
  orderId: string;
  lineId: string;
  customerId: string;
  productId: string;
  skuId: string;
  productName: string;
  kind: string;
  quantity: number;
  status: string;
  keyAvailable: boolean;
  downloads: DownloadView[];
  grantedAt: string;
  revokedAt: string | null;
}

export interface ProductKey {
  entitlementId: string;
  productKey: string;
}

export interface DownloadLink extends DownloadView {
  linkId: string;
  entitlementId: string;
  url: string;
  expiresAt: string;
}

/** A link in the list of links made for an entitlement; never its URL (a list hands out no credentials). */
export interface MadeLink {
  linkId: string;
  entitlementId: string;
  version: string;
  language: string;
  bitness: string;
  createdAt: string;
  createdBy: string;
  createdByRole: string;
  expiresAt: string;
  state: 'ACTIVE' | 'EXPIRED' | 'REVOKED';
  revokedAt: string | null;
  /** null for a link revoked with its purchase */
  revokedBy: string | null;
}

export interface ActivityEntry {
  id: number;
  type: string;
  occurredAt: string;
  userName: string | null;
  userRole: string | null;
  customerId: string | null;
  orderId: string | null;
  productName: string | null;
  detail: string | null;
}

/** "Which users accessed": one user's key reads, links and downloads in the period. */
export interface UserActivity {
  userName: string;
  userTenantId: string | null;
  keyAccesses: number;
  downloadLinksCreated: number;
  downloads: number;
  lastActivityAt: string;
}

export interface ActivityQuery {
  from: string;
  to: string;
  type?: string;
  customerId?: string;
  user?: string;
}

/** Whether the partner's hash chain over a period is as it was written; if not, where it first breaks. */
export interface Verification {
  intact: boolean;
  entriesChecked: number;
  checkpointsChecked: number;
  firstBreak: { entryId: number | null; chainSeq: number; occurredAt: string | null; reason: string } | null;
}

export interface BillingLineItem {
  type: string;
  id: string;
  orderId: string;
  lineId: string;
  customerId: string;
  description: string;
  amount: Money;
  taxIncluded: boolean | null;
  /** Where the price includes tax: its rate and the tax the amount contains (a credit: the tax it reverses). */
  taxRate?: string | null;
  tax?: Money | null;
  reason: string | null;
  at: string;
  billingPeriod: string;
}

export interface Unbilled {
  billingPeriod: string;
  /** All of them; `lineItems` is one page. */
  totalLineItems: number;
  lineItems: BillingLineItem[];
  totals: Money[];
}

export interface InvoiceLineItem {
  lineNumber: number;
  type: string;
  orderId: string;
  productName: string;
  quantity: number;
  unitPrice: Money;
  taxIncluded: boolean;
  amount: Money;
  /** Where the price includes tax: its rate and the tax the amount contains (a credit: the tax it reverses). */
  taxRate?: string | null;
  tax?: Money | null;
  reason: string | null;
  at: string;
}

/** One page of an invoice's lines. */
export interface InvoiceLines {
  invoiceId: string;
  invoiceNumber: string;
  totalLineItems: number;
  lineItems: InvoiceLineItem[];
}

export interface NewCustomer {
  name: string;
  tenantId: string;
  domain: string;
  market: string;
}

export interface Invoice {
  id: string;
  number: string;
  billingPeriod: string;
  issuedAt: string;
  lineCount: number;
  totals: Money[];
}

/** A refund support request ("CSP Purchase/Refund on behalf of customers"), as order-service takes it. */
export interface SupportRequest {
  type: 'CSP_PURCHASE_REFUND';
  impact: string;
  title: string;
  description?: string;
  customerTenantId?: string;
  customerDomain?: string;
  orderId: string;
  subscriptionId?: string;
  refundReason: string;
  amountRequested: Money;
  contact: { name: string; email: string; phone: string };
}

export interface Attachment {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
}

/** A support request as order-service answers it, with where its review stands. */
export interface SupportRequestView {
  id: string;
  type: string;
  impact: string;
  title: string;
  description: string | null;
  customerId: string;
  customerTenantId: string;
  customerDomain: string;
  orderId: string;
  subscriptionId: string | null;
  refundReason: string;
  amountRequested: Money;
  contact: { name: string; email: string; phone: string };
  status: 'SUBMITTED' | 'IN_REVIEW' | 'APPROVED' | 'REJECTED';
  approvedAmount: Money | null;
  decisionNote: string | null;
  submittedAt: string;
  submittedBy: string;
  reviewedBy: string | null;
  decidedAt: string | null;
  attachments: Attachment[];
  /** The order the request is about, with its lines and where their effects stand, as support decides on it. */
  order: Order;
}

interface Problem {
  title?: string;
  detail?: string;
  code?: string;
  status?: number;
  violations?: { field: string; message: string }[];
  supportRequestUrl?: string;
}

/** A refused or failed request, with a message fit to show as it is. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
    readonly supportRequestUrl?: string,
  ) {
    super(message);
  }
}

const SERVICE_OF_PREFIX: [string, string][] = [
  ['/v1/markets', 'catalog'],
  ['/v1/products', 'catalog'],
  ['/v1/customers', 'order'],
  ['/v1/support-requests', 'order'],
  ['/v1/relationship-requests', 'order'],
  ['/v1/entitlements', 'entitlement'],
  ['/v1/downloads', 'entitlement'],
  ['/v1/activity-log', 'audit (activity log)'],
  ['/v1/invoices', 'billing'],
  ['/v1/billing', 'billing'],
];

function serviceOf(path: string): string {
  return SERVICE_OF_PREFIX.find(([prefix]) => path.startsWith(prefix))?.[1] ?? 'platform';
}

/** Turns a problem+json body (or its absence) into one plain sentence or two. */
export function describeProblem(status: number, problem: Problem | null, path: string): string {
  const violations = problem?.violations?.map((v) => `${v.field || 'the request'} ${v.message}`);
  if (violations?.length) return `Please correct: ${violations.join('; ')}.`;
  if (status === 401) return 'Your session has ended. Please sign in again.';
  if (status === 403) return 'Your role does not allow this action.';
  if (problem?.detail) return problem.detail;
  if (status === 404) return 'Not found. It may have been removed, or it belongs to another account.';
  if (problem?.title) return problem.title;
  if (status >= 502 && status <= 504) return `The ${serviceOf(path)} service is not answering right now. Please try again in a moment.`;
  return `Something went wrong on our side (HTTP ${status}). Please try again; if it persists, contact support.`;
}

async function problemOf(response: Response): Promise<Problem | null> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) return null;
  try {
    return (await response.json()) as Problem;
  } catch {
    return null;
  }
}

interface Send {
  method?: string;
  /** Sent as JSON; a FormData as multipart/form-data (the browser writes its boundary). */
  body?: unknown;
  idempotencyKey?: string;
  /** What the answer may be: JSON unless said (a CSV export answers 406 to a request that accepts JSON only). */
  accept?: string;
}

async function send(path: string, { method = 'GET', body, idempotencyKey, accept }: Send = {}): Promise<Response> {
  const token = await accessToken();
  // problem+json too: an error answers with it whatever was asked for
  const headers: Record<string, string> = { Accept: accept ? `${accept}, application/problem+json` : 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const multipart = body instanceof FormData;
  if (body !== undefined && !multipart) headers['Content-Type'] = 'application/json';
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : multipart ? body : JSON.stringify(body) });
  } catch {
    throw new ApiError('The platform could not be reached. Check your connection and try again.', 0);
  }
  if (!response.ok) {
    const problem = await problemOf(response);
    throw new ApiError(describeProblem(response.status, problem, path), response.status, problem?.code,
      problem?.supportRequestUrl);
  }
  return response;
}

async function json<T>(path: string, options?: Send): Promise<T> {
  return (await send(path, options)).json() as Promise<T>;
}

function query(params: Record<string, string | undefined>): string {
  const present = Object.entries(params).filter((e): e is [string, string] => !!e[1]);
  return present.length ? `?${new URLSearchParams(present)}` : '';
}

const id = encodeURIComponent;

/** The path of the Link header's rel="next", sent again through the gateway whatever host the service named. */
function nextPage(response: Response): string | undefined {
  const next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('Link') ?? '')?.[1];
  if (!next) return undefined;
  const url = new URL(next, window.location.origin);
  return url.pathname + url.search;
}

/** One page of a list (docs/ARCHITECTURE.md, "Paging"): its items, and the path of the next page when there is more. */
export interface Page<T> {
  items: T[];
  next?: string;
}

/** A list page whose body is an envelope around the items (invoice lines, unbilled lines), and the next page. */
export interface EnvelopePage<E> {
  body: E;
  next?: string;
}

async function envelope<E>(path: string): Promise<EnvelopePage<E>> {
  const response = await send(path);
  return { body: (await response.json()) as E, next: nextPage(response) };
}

async function page<T>(path: string): Promise<Page<T>> {
  const { body, next } = await envelope<T[]>(path);
  return { items: body, next };
}

/** Every page, for lists a screen shows whole (a product chooser, a customer picker). */
async function all<T>(path: string): Promise<T[]> {
  let current = await page<T>(path);
  const items = [...current.items];
  while (current.next) {
    current = await page<T>(current.next);
    items.push(...current.items);
  }
  return items;
}

export const api = {
  /** The next page of any list, from the `next` of the page before. */
  more: <T>(next: string) => page<T>(next),
  moreOf: <E>(next: string) => envelope<E>(next),
  customers: (q?: string, limit?: number) => json<Customer[]>(`/v1/customers${query({ q, limit: limit?.toString() })}`),
  customersPage: (q?: string) => page<Customer>(`/v1/customers${query({ q })}`),
  addCustomer: (customer: NewCustomer, idempotencyKey: string) =>
    json<Customer>('/v1/customers', { method: 'POST', body: customer, idempotencyKey }),
  customer: (customerId: string) => json<Customer>(`/v1/customers/${id(customerId)}`),
  /** What the customer can be sold, from order-service (not catalog-service, so buying works while it is down). */
  offeredProducts: (customerId: string, q?: string, kind?: string) =>
    json<OfferedProduct[]>(`/v1/customers/${id(customerId)}/products${query({ q, kind })}`),

  products: (market: string) => all<Product>(`/v1/products${query({ market, limit: '500' })}`),
  product: (productId: string, market: string) => json<Product>(`/v1/products/${id(productId)}${query({ market })}`),
  markets: () => json<Market[]>('/v1/markets'),

  createProduct: (product: { id: string; name: string; kind: string; publisher: string }) =>
    json<AdminProduct>('/v1/products', { method: 'POST', body: product }),
  describeProduct: (productId: string, change: { name: string; publisher: string; active: boolean }) =>
    json<AdminProduct>(`/v1/products/${id(productId)}`, { method: 'PUT', body: change }),
  defineSku: (productId: string, skuId: string, sku: SkuDefinition) =>
    json<AdminProduct>(`/v1/products/${id(productId)}/skus/${id(skuId)}`, { method: 'PUT', body: sku }),
  setPrices: (productId: string, skuId: string, prices: MarketPrice[]) =>
    json<AdminProduct>(`/v1/products/${id(productId)}/skus/${id(skuId)}/prices`, { method: 'PUT', body: { prices } }),
  offerInMarket: (productId: string, market: string, available: boolean) =>
    json<AdminProduct>(`/v1/products/${id(productId)}/availability/${id(market)}`, { method: 'PUT', body: { available } }),
  policies: () => json<PolicyVersion[]>('/v1/products/cancellation-policies'),
  publishPolicy: (policy: NewPolicyVersion) =>
    json<PolicyVersion>('/v1/products/cancellation-policies', { method: 'POST', body: policy }),

  placeOrder: (customerId: string, lines: NewOrderLine[], idempotencyKey: string) =>
    json<Order>(`/v1/customers/${id(customerId)}/orders`, { method: 'POST', body: { lines }, idempotencyKey }),
  orders: (customerId: string) => all<Order>(`/v1/customers/${id(customerId)}/orders?limit=100`),
  ordersPage: (customerId: string) => page<Order>(`/v1/customers/${id(customerId)}/orders?limit=20`),
  order: (customerId: string, orderId: string) => json<Order>(`/v1/customers/${id(customerId)}/orders/${id(orderId)}`),
  cancellationEligibility: (customerId: string, orderId: string, lineIds: string[]) =>
    json<CancellationEligibility>(`/v1/customers/${id(customerId)}/orders/${id(orderId)}/cancellation-eligibility${
      lineIds.length ? '?' + new URLSearchParams(lineIds.map((l) => ['lineId', l])) : ''}`),
  cancelOrder: (customerId: string, orderId: string, lineIds: string[], idempotencyKey: string) =>
    json<Order>(`/v1/customers/${id(customerId)}/orders/${id(orderId)}/cancellations`, {
      method: 'POST',
      body: { acknowledged: true, lineIds },
      idempotencyKey,
    }),
  /** With files: one multipart request, the form as its JSON "request" part and each file an "attachments" part. */
  submitSupportRequest: (request: SupportRequest, files: File[], idempotencyKey: string) => {
    if (files.length === 0) return json<SupportRequestView>('/v1/support-requests', { method: 'POST', body: request, idempotencyKey });
    const form = new FormData();
    form.append('request', new Blob([JSON.stringify(request)], { type: 'application/json' }));
    files.forEach((file) => form.append('attachments', file, file.name));
    return json<SupportRequestView>('/v1/support-requests', { method: 'POST', body: form, idempotencyKey });
  },
  supportRequests: (status?: string) => all<SupportRequestView>(`/v1/support-requests${query({ status, limit: '100' })}`),
  supportRequest: (requestId: string) => json<SupportRequestView>(`/v1/support-requests/${id(requestId)}`),
  supportAttachment: async (requestId: string, attachmentId: string) =>
    (await send(`/v1/support-requests/${id(requestId)}/attachments/${id(attachmentId)}`, { accept: '*/*' })).blob(),
  startReview: (requestId: string) =>
    json<SupportRequestView>(`/v1/support-requests/${id(requestId)}/review`, { method: 'POST' }),
  approveRefund: (requestId: string, approvedAmount: Money, note: string) =>
    json<SupportRequestView>(`/v1/support-requests/${id(requestId)}/approval`, {
      method: 'POST', body: { approvedAmount, note: note || undefined },
    }),
  rejectRefund: (requestId: string, reason: string) =>
    json<SupportRequestView>(`/v1/support-requests/${id(requestId)}/rejection`, { method: 'POST', body: { reason } }),

  relationshipRequests: () => all<RelationshipRequest>('/v1/relationship-requests?limit=200'),
  acceptRelationship: (requestId: string) =>
    json<RelationshipRequest>(`/v1/relationship-requests/${id(requestId)}/acceptance`, { method: 'POST' }),
  declineRelationship: (requestId: string) =>
    json<RelationshipRequest>(`/v1/relationship-requests/${id(requestId)}/decline`, { method: 'POST' }),

  /** Without customerId: the signed-in customer admin's own tenant. */
  entitlements: (customerId?: string) => all<Entitlement>(`/v1/entitlements${query({ customerId, limit: '500' })}`),
  productKey: (entitlementId: string) => json<ProductKey>(`/v1/entitlements/${id(entitlementId)}/key`),
  downloadLink: (entitlementId: string, build: { version: string; language: string; bitness: string }) =>
    json<DownloadLink>(`/v1/entitlements/${id(entitlementId)}/download-links`, { method: 'POST', body: build }),
  /** Newest first, every page. */
  downloadLinks: (entitlementId: string) => all<MadeLink>(`/v1/entitlements/${id(entitlementId)}/download-links?limit=500`),
  /** 204, however often: a link already revoked stays revoked. */
  revokeDownloadLink: async (entitlementId: string, linkId: string) => {
    await send(`/v1/entitlements/${id(entitlementId)}/download-links/${id(linkId)}`, { method: 'DELETE' });
  },

  activityLog: async (q: ActivityQuery, cursorUrl?: string) => {
    const response = await send(cursorUrl ?? `/v1/activity-log${query({ ...q, limit: '100' })}`);
    return { entries: (await response.json()) as ActivityEntry[], next: nextPage(response) };
  },
  activityLogVerify: (q: ActivityQuery) => json<Verification>(`/v1/activity-log/verify${query({ from: q.from, to: q.to })}`),
  activityLogCsv: async (q: ActivityQuery) =>
    (await send(`/v1/activity-log/export${query({ ...q })}`, { accept: 'text/csv' })).blob(),
  activityUsers: (q: ActivityQuery) => json<UserActivity[]>(`/v1/activity-log/users${query({ from: q.from, to: q.to })}`),
  activityUsersCsv: async (q: ActivityQuery) =>
    (await send(`/v1/activity-log/export/users${query({ from: q.from, to: q.to })}`, { accept: 'text/csv' })).blob(),

  unbilled: () => envelope<Unbilled>('/v1/billing/unbilled/line-items?limit=200'),
  invoices: () => page<Invoice>('/v1/invoices?limit=20'),
  invoiceLines: (invoiceId: string) => envelope<InvoiceLines>(`/v1/invoices/${id(invoiceId)}/line-items?limit=50`),
  invoiceCsv: async (invoiceId: string) =>
    (await send(`/v1/invoices/${id(invoiceId)}/line-items.csv`, { accept: 'text/csv' })).blob(),
};
