// How the UI talks to the services: through the gateway on the same origin (paths /v1/...), with the signed-in user's
// token, turning RFC 9457 problem+json answers into sentences a partner understands, and reading lists a page at a time.

import { accessToken } from '../auth';
import type { components } from './generated/order-service';

/**
 * The services' problem+json (service-kit's Problem, the same in every document), and the extension a refused
 * cancellation adds (order-service's CancellationRefusedMapper; the documents allow extensions without naming them).
 */
type Problem = Partial<components['schemas']['Problem']> & { supportRequestUrl?: string };

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

export interface Send {
  method?: string;
  /** Sent as JSON; a FormData as multipart/form-data (the browser writes its boundary). */
  body?: unknown;
  idempotencyKey?: string;
  /** What the answer may be: JSON unless said (a CSV export answers 406 to a request that accepts JSON only). */
  accept?: string;
}

export async function send(path: string, { method = 'GET', body, idempotencyKey, accept }: Send = {}): Promise<Response> {
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

export async function json<T>(path: string, options?: Send): Promise<T> {
  return (await send(path, options)).json() as Promise<T>;
}

/** A file the answer is (a CSV export, an attachment). */
export async function blob(path: string, accept: string): Promise<Blob> {
  return (await send(path, { accept })).blob();
}

export function query(params: Record<string, string | undefined>): string {
  const present = Object.entries(params).filter((e): e is [string, string] => !!e[1]);
  return present.length ? `?${new URLSearchParams(present)}` : '';
}

export const id = encodeURIComponent;

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

export async function envelope<E>(path: string): Promise<EnvelopePage<E>> {
  const response = await send(path);
  return { body: (await response.json()) as E, next: nextPage(response) };
}

export async function page<T>(path: string): Promise<Page<T>> {
  const { body, next } = await envelope<T[]>(path);
  return { items: body, next };
}

/** Every page, for lists a screen shows whole (a product chooser, a customer picker). */
export async function all<T>(path: string): Promise<T[]> {
  let current = await page<T>(path);
  const items = [...current.items];
  while (current.next) {
    current = await page<T>(current.next);
    items.push(...current.items);
  }
  return items;
}

/** The JSON body of a success answer (200 or 201) of an operation of a generated document. */
export type Answer<Op> = Op extends { responses: infer R } ? JsonOf<R[Extract<keyof R, 200 | 201>]> : never;

/** One item of an operation's answer that is a list. */
export type Item<Op> = Answer<Op> extends (infer T)[] ? T : never;

/** The JSON request body of an operation of a generated document. */
export type Body<Op> = Op extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never;

type JsonOf<C> = C extends { content: { 'application/json': infer T } } ? T : never;
