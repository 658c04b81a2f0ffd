// What the signed-in user may do, from the roles in the token. The services enforce the same rules (docs/ARCHITECTURE.md,
// "Who may do what"); the UI only keeps people from being offered what would be refused.

export const Role = {
  ADMIN_AGENT: 'admin-agent',
  SALES_AGENT: 'sales-agent',
  GLOBAL_ADMIN: 'global-admin',
  ACCOUNT_ADMIN: 'account-admin',
  REFERRAL_ADMIN: 'referral-admin',
  MARKETING_CONTENT_ADMIN: 'marketing-content-admin',
  CUSTOMER_GLOBAL_ADMIN: 'customer-global-admin',
  CATALOG_ADMIN: 'catalog-admin',
  SUPPORT_AGENT: 'support-agent',
} as const;

export interface Abilities {
  listCustomers: boolean;
  buy: boolean;
  seeSoftware: boolean;
  getKeysAndDownloads: boolean;
  cancel: boolean;
  readActivityLog: boolean;
  readBilling: boolean;
  requestRefund: boolean;
  /** The partner's own refund requests (admin-agent, global-admin) or, for platform support, every partner's. */
  readSupportRequests: boolean;
  reviewSupportRequests: boolean;
  manageCatalog: boolean;
  seeOwnSoftware: boolean;
  /** The customer's Global admin accepts or declines partners' reseller relationship requests. */
  answerPartnerRequests: boolean;
}

export function abilitiesOf(roles: string[]): Abilities {
  const any = (...allowed: string[]) => allowed.some((r) => roles.includes(r));
  return {
    listCustomers: any(Role.ADMIN_AGENT, Role.SALES_AGENT, Role.GLOBAL_ADMIN, Role.ACCOUNT_ADMIN),
    buy: any(Role.ADMIN_AGENT, Role.GLOBAL_ADMIN),
    seeSoftware: any(Role.ADMIN_AGENT, Role.GLOBAL_ADMIN),
    getKeysAndDownloads: any(Role.ADMIN_AGENT, Role.CUSTOMER_GLOBAL_ADMIN),
    cancel: any(Role.ADMIN_AGENT),
    readActivityLog: any(Role.GLOBAL_ADMIN, Role.ACCOUNT_ADMIN, Role.REFERRAL_ADMIN, Role.MARKETING_CONTENT_ADMIN),
    readBilling: any(Role.GLOBAL_ADMIN, Role.ACCOUNT_ADMIN),
    requestRefund: any(Role.ADMIN_AGENT, Role.GLOBAL_ADMIN),
    readSupportRequests: any(Role.ADMIN_AGENT, Role.GLOBAL_ADMIN, Role.SUPPORT_AGENT),
    reviewSupportRequests: any(Role.SUPPORT_AGENT),
    manageCatalog: any(Role.CATALOG_ADMIN),
    seeOwnSoftware: any(Role.CUSTOMER_GLOBAL_ADMIN),
    answerPartnerRequests: any(Role.CUSTOMER_GLOBAL_ADMIN),
  };
}

const ROLE_NAMES: Record<string, string> = {
  [Role.ADMIN_AGENT]: 'Admin agent',
  [Role.SALES_AGENT]: 'Sales agent',
  [Role.GLOBAL_ADMIN]: 'Global admin',
  [Role.ACCOUNT_ADMIN]: 'Account admin',
  [Role.REFERRAL_ADMIN]: 'Referral admin',
  [Role.MARKETING_CONTENT_ADMIN]: 'Marketing content admin',
  [Role.CUSTOMER_GLOBAL_ADMIN]: 'Global admin (customer)',
  [Role.CATALOG_ADMIN]: 'Catalog admin',
  [Role.SUPPORT_AGENT]: 'Support agent',
};

export function roleName(role: string): string {
  return ROLE_NAMES[role] ?? role;
}
