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

  constructor(errors: readonly GraphQLErrorEntry[], status: number) {
    super(errors.map((e) => e.message).join('; ') || 'The request failed');
    this.name = 'GraphQLRequestError';
    this.errors = errors;
    this.status = status;
  }

  /** The classification of the first error that has one. */
  get classification(): ErrorClassification | undefined {
    return this.errors.find((e) => e.extensions?.classification)?.extensions?.classification;
  }
}

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

interface GraphQLResponse<TResult> {
  data?: TResult | null;
  errors?: GraphQLErrorEntry[];
}

/**
 * Runs one GraphQL operation against the shop's API: the single place the SPA talks to the
 * server, so request-wide concerns (headers, credentials, CSRF) live here.
 */
export async function execute<TResult, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({
        query: documentText(document),
        operationName: operationName(document),
        variables: variables ?? {},
      }),
    });
  } catch {
    throw new GraphQLRequestError(
      [{ message: 'Could not reach the shop. Check your connection and try again.' }],
      0,
    );
  }

  let body: GraphQLResponse<TResult> | undefined;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    body = undefined;
  }

  if (body?.errors?.length) {
    throw new GraphQLRequestError(body.errors, response.status);
  }
  if (!response.ok || body?.data == null) {
    throw new GraphQLRequestError(
      [{ message: `The shop could not answer (HTTP ${response.status}). Please try again.` }],
      response.status,
    );
  }
  return body.data;
}
