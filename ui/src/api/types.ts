// The names the screens use for what the services send and take: each an alias of a schema of a service's OpenAPI
// document (src/api/generated/, from ui/openapi/ by npm run api:types), so a record changed in a service and not in
// the screen fails `npm run build`. The documents do not say which properties may be null: openapi/overlay.json does (and which decimals travel as strings).

import type { components as Audit } from './generated/audit-service';
import type { components as Billing } from './generated/billing-service';
import type { components as Catalog } from './generated/catalog-service';
import type { components as Entitlements } from './generated/entitlement-service';
import type { components as Orders } from './generated/order-service';

type C = Catalog['schemas'];
type O = Orders['schemas'];
type E = Entitlements['schemas'];
type A = Audit['schemas'];
type B = Billing['schemas'];

/** An amount and its currency: the same record in every service. */
export type Money = O['Money'];

// catalog-service
export type Market = C['MarketView'];
/** A product as sold in one market, with its SKUs, prices and downloads. */
export type Product = C['ProductInMarket'];
export type SkuOffer = C['SkuOffer'];
export type TermPrice = C['TermPrice'];
export type DownloadView = C['DownloadView'];
/** A product as a catalog-admin's write answers it: every market at once. */
export type AdminProduct = C['ProductView'];
export type SkuDefinition = C['SkuDefinition'];
/** `term` null or absent: the perpetual price. */
export type MarketPrice = C['MarketPriceEntry'];
export type PolicyVersion = C['PolicyView'];
export type NewPolicyVersion = C['NewPolicyVersion'];
export type ProductKind = C['ProductKind'];
export type BillingFrequency = C['BillingFrequency'];
export type RefundKind = C['RefundKind'];

export const PRODUCT_KINDS = ['PERPETUAL_SOFTWARE', 'SERVER_SUBSCRIPTION', 'AZURE_RESERVATION', 'SOFTWARE_PLAN'] as const satisfies
  readonly ProductKind[];
export const BILLING_FREQUENCIES = ['ONE_TIME', 'UPFRONT', 'MONTHLY'] as const satisfies readonly BillingFrequency[];
export const REFUND_KINDS = ['FULL', 'PRORATED', 'NONE'] as const satisfies readonly RefundKind[];

// order-service
export type Customer = O['CustomerView'];
export type NewCustomer = O['NewCustomer'];
/** A partner's reseller relationship request, as the customer's Global admin sees it. */
export type RelationshipRequest = O['RelationshipRequestView'];
/**
 * A product as order-service's own copy of the catalog offers it to one customer ("Add products"): the same as
 * catalog-service's product in a market, less publisher and downloads, and answered while catalog-service is down.
 */
export type OfferedProduct = O['OfferedProduct'];
export type OfferedSku = O['OfferedSku'];
export type Order = O['OrderView'];
export type OrderLine = O['Line1'];
/** Where an order's effects stand, as entitlement-service and billing-service reported them. */
export type Effects = O['Stand'];
export type NewOrderLine = O['Line'];
export type CancellationEligibility = O['CancellationEligibility'];
/** A refund support request ("CSP Purchase/Refund on behalf of customers"), as order-service takes it. */
export type SupportRequest = O['NewSupportRequest'];
/** A support request as order-service answers it, with where its review stands and the order it is about. */
export type SupportRequestView = O['SupportRequestView'];
export type Attachment = O['AttachmentView'];

// entitlement-service
export type Entitlement = E['EntitlementView'];
export type ProductKey = E['KeyView'];
export type DownloadLink = E['DownloadLinkView'];
/** A link in the list of links made for an entitlement; never its URL (a list hands out no credentials). */
export type MadeLink = E['MadeLinkView'];

// audit-service
export type ActivityEntry = A['Entry'];
/** "Which users accessed": one user's key reads, links and downloads in the period. */
export type UserActivity = A['UserActivity'];
/** Whether the partner's hash chain over a period is as it was written; if not, where it first breaks. */
export type Verification = A['Verification'];

// billing-service
export type BillingLineItem = B['LineItem'];
/** The charges and credits not yet invoiced: `lineItems` is one page of `totalLineItems`. */
export type Unbilled = B['UnbilledView'];
export type Invoice = B['InvoiceView'];
export type InvoiceLineItem = B['InvoiceLineItem'];
/** One page of an invoice's lines. */
export type InvoiceLines = B['LineItemPage'];
