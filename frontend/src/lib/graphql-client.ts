import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type DocumentNode, Kind, print } from 'graphql';

/** The `extensions.classification` values the Storefront API uses; others may appear. */
export type ErrorClassification =
  'BAD_REQUEST' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'INTERNAL_ERROR' | (string & {});

/** One entry of a GraphQL response's `errors` list. */
export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { classification?: ErrorClassification; [key: string]: unknown };
}

/**
 * A request that did not produce data: GraphQL errors, an HTTP failure or no network.
 * `errors` always holds at least one entry with a message fit to show a shopper.
 */
export class GraphQLRequestError extends Error {
  readonly errors: readonly GraphQLErrorEntry[];
  /** The HTTP status, or 0 when the server could not be reached. */
  readonly status: number;
  /** True when no answer came within `REQUEST_TIMEOUT_MS`. */
  readonly timedOut: boolean;

  constructor(errors: readonly GraphQLErrorEntry[], status: number, timedOut = false) {
    super(errors.map((e) => e.message).join('; ') || 'The request failed');
    this.name = 'GraphQLRequestError';
    this.errors = errors;
    this.status = status;
    this.timedOut = timedOut;
  }

  /** The classification of the first error that has one. */
  get classification(): ErrorClassification | undefined {
    return this.errors.find((e) => e.extensions?.classification)?.extensions?.classification;
  }

  /**
   * Whether sending the same request again may succeed: no answer (network, timeout), a server
   * failure (5xx, INTERNAL_ERROR). A refusal (bad input, not allowed, not found) answers the same
   * way every time, so offering "Try again" for it would only frustrate.
   */
  get retryable(): boolean {
    const classification = this.classification;
    if (classification) return classification === 'INTERNAL_ERROR';
    return this.status === 0 || this.status >= 500;
  }
}

/** Whether a failed request may succeed when sent again (see `GraphQLRequestError.retryable`). */
export function canRetry(error: unknown): boolean {
  return error instanceof GraphQLRequestError ? error.retryable : true;
}

/**
 * How long a request may take before the SPA gives up on it and says so, instead of leaving a
 * spinner up for ever when the API hangs. Generous: a busy shop on a phone network is slow.
 */
export const REQUEST_TIMEOUT_MS = 15_000;

export const TIMED_OUT_MESSAGE = 'The shop took too long to answer. Check your connection and try again.';
export const UNREACHABLE_MESSAGE = 'Could not reach the shop. Check your connection and try again.';

export const GRAPHQL_ENDPOINT = '/graphql';

const printed = new WeakMap<DocumentNode, string>();

function documentText(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

function operationName(document: DocumentNode): string | undefined {
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) return definition.name?.value;
  }
  return undefined;
}

/** A GraphQL execution result: a response body, or one event of a stream. */
export interface GraphQLResponse<TResult> {
  data?: TResult | null;
  errors?: GraphQLErrorEntry[];
}

/** The cookie Spring Security's SPA CSRF support sets, and the header it expects the token back in. */
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'X-XSRF-TOKEN';

/** The URL-decoded value of a cookie the page can read, or undefined when there is none. */
export function readCookie(name: string): string | undefined {
  if (typeof document === 'undefined' || !document.cookie) return undefined;
  for (const pair of document.cookie.split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0 || pair.slice(0, separator).trim() !== name) continue;
    const value = pair.slice(separator + 1).trim();
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return undefined;
}

/** What the normal request accepts; a stream asks for `text/event-stream` instead. */
const JSON_ACCEPT = 'application/graphql-response+json, application/json';

function post(
  body: string,
  accept: string,
  csrfToken: string | undefined,
  signal: AbortSignal,
): Promise<Response> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: accept };
  if (csrfToken) headers[CSRF_HEADER] = csrfToken;
  return fetch(GRAPHQL_ENDPOINT, { method: 'POST', credentials: 'same-origin', headers, body, signal });
}

/**
 * POSTs a request body to the API with the CSRF token from the `XSRF-TOKEN` cookie. A 403 that
 * came with a new token (the server had not issued one yet, or renewed it at sign-in) was refused
 * before anything ran, so it is sent once more with the new token. Rejects when no answer came.
 */
export async function postGraphQL(body: string, accept: string, signal: AbortSignal): Promise<Response> {
  const sentToken = readCookie(CSRF_COOKIE);
  const response = await post(body, accept, sentToken, signal);
  const freshToken = readCookie(CSRF_COOKIE);
  if (response.status === 403 && freshToken && freshToken !== sentToken) {
    return post(body, accept, freshToken, signal);
  }
  return response;
}

/** The JSON body of a request for one operation: its text, its name and its variables. */
export function requestBody(document: DocumentNode, variables: Record<string, unknown> | undefined): string {
  return JSON.stringify({
    query: documentText(document),
    operationName: operationName(document),
    variables: variables ?? {},
  });
}

/**
 * Runs one GraphQL operation against the shop's API: the single place the SPA talks to the
 * server, so request-wide concerns (headers, credentials, CSRF) live here.
 *
 * The CSRF token goes along as `postGraphQL` says. A request (both tries and reading the
 * answer) that takes longer than `REQUEST_TIMEOUT_MS` is abandoned with a message that says so.
 * Subscriptions go through `subscribe` (graphql-stream.ts) instead.
 */
export async function execute<TResult, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]
): Promise<TResult> {
  const body = requestBody(document, variables);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
  try {
    return await send<TResult>(body, controller.signal);
  } catch (error) {
    if (controller.signal.aborted) throw new GraphQLRequestError([{ message: TIMED_OUT_MESSAGE }], 0, true);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

async function send<TResult>(body: string, signal: AbortSignal): Promise<TResult> {
  let response: Response;
  try {
    response = await postGraphQL(body, JSON_ACCEPT, signal);
  } catch {
    throw new GraphQLRequestError([{ message: UNREACHABLE_MESSAGE }], 0);
  }

  let result: GraphQLResponse<TResult> | undefined;
  try {
    result = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    result = undefined;
  }

  if (result?.errors?.length) {
    throw new GraphQLRequestError(result.errors, response.status);
  }
  if (!response.ok || result?.data == null) {
    // Only a failure of the shop's own is worth another try; a refusal (4xx) would be refused again.
    const message =
      response.status >= 500 || response.ok
        ? `The shop could not answer (HTTP ${response.status}). Please try again.`
        : `The shop refused the request (HTTP ${response.status}).`;
    throw new GraphQLRequestError([{ message }], response.status);
  }
  return result.data;
}
