import { vi } from 'vitest';
import { cart } from './fixtures';

/** A GraphQL request as the client sent it. */
export interface RecordedOperation {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
  init: RequestInit;
}

/**
 * What a handler returns for a server that never answers: the request hangs until the client
 * aborts it (its timeout), as fetch does.
 */
export const NO_ANSWER = Symbol('no answer');

/** Answers one operation: a response body ({ data } or { errors }), a whole Response, or NO_ANSWER. */
export type OperationHandler = (
  variables: Record<string, unknown>,
  call: number,
) => unknown | Response | Promise<unknown | Response>;

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/graphql-response+json' },
  });
}

/**
 * Answers every page asks unless a test says otherwise: the header asks who is signed in and for
 * the cart. The live updates' subscriptions are refused as a server without them would (406), so
 * every page test also shows the shop working without live updates; live.test.tsx streams them.
 */
const DEFAULT_HANDLERS: Record<string, OperationHandler> = {
  Me: () => ({ data: { me: null } }),
  Cart: () => ({ data: { cart: cart([]) } }),
  CartChanged: () => noEventStream(),
  ProductChanged: () => noEventStream(),
};

/** What the API answers a subscription that doesn't ask for an event stream (or can't stream). */
export function noEventStream(status = 406): Response {
  return jsonResponse(
    {
      errors: [
        {
          message: 'Subscriptions need Accept: text/event-stream',
          extensions: { classification: 'BAD_REQUEST', code: 'EVENT_STREAM_REQUIRED' },
        },
      ],
    },
    status,
  );
}

/**
 * Replaces `fetch` with a fake GraphQL server that answers by operation name and records
 * every request, so tests can assert on the variables the page sent. Nobody is signed in
 * unless a `Me` handler says so, and the cart is empty unless a `Cart` handler fills it.
 */
export function mockGraphQL(overrides: Record<string, OperationHandler>) {
  const handlers = { ...DEFAULT_HANDLERS, ...overrides };
  const operations: RecordedOperation[] = [];
  const fetchMock = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as Omit<RecordedOperation, 'init'>;
    operations.push({ ...body, init: init ?? {} });
    const handler = handlers[body.operationName];
    if (!handler) {
      return jsonResponse({ errors: [{ message: `No mock for ${body.operationName}` }] }, 500);
    }
    const call = operations.filter((op) => op.operationName === body.operationName).length;
    const result = await handler(body.variables, call);
    if (result === NO_ANSWER) {
      return new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))),
      );
    }
    return result instanceof Response ? result : jsonResponse(result);
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    fetchMock,
    operations,
    /** The variables of every call of one operation, in order. */
    variablesOf: (operationName: string) =>
      operations.filter((op) => op.operationName === operationName).map((op) => op.variables),
  };
}
