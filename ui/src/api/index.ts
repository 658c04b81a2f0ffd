// The UI's API client: transport.ts (token, problem+json, paging), one module of calls per service, and types.ts
// (the records, generated from the services' OpenAPI documents). Screens import from here.

import { activity } from './activity';
import { billing } from './billing';
import { catalog } from './catalog';
import { entitlements } from './entitlements';
import { orders } from './orders';
import { envelope, page } from './transport';

export const api = {
  /** The next page of any list, from the `next` of the page before. */
  more: <T>(next: string) => page<T>(next),
  moreOf: <E>(next: string) => envelope<E>(next),
  ...catalog,
  ...orders,
  ...entitlements,
  ...activity,
  ...billing,
};

export type { ActivityQuery } from './activity';
export { ApiError, describeProblem, type EnvelopePage, type Page } from './transport';
export * from './types';
