// billing-service: the charges and credits not yet invoiced, and the partner's invoices with their lines. Each call
// names its operation in openapi/billing-service.json.

import type { operations } from './generated/billing-service';
import { blob, envelope, id, page, type Answer, type Item } from './transport';

type Op = operations;

export const billing = {
  unbilled: () => envelope<Answer<Op['listUnbilledLineItems']>>('/v1/billing/unbilled/line-items?limit=200'),
  invoices: () => page<Item<Op['listInvoices']>>('/v1/invoices?limit=20'),
  invoiceLines: (invoiceId: string) =>
    envelope<Answer<Op['listInvoiceLineItems']>>(`/v1/invoices/${id(invoiceId)}/line-items?limit=50`),
  invoiceCsv: (invoiceId: string) => blob(`/v1/invoices/${id(invoiceId)}/line-items.csv`, 'text/csv'),
};
