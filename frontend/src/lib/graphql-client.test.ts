import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CatalogCategoriesDocument } from '@/graphql/generated/graphql';
import { jsonResponse, mockGraphQL } from '@/testing/graphql-mock';
import { execute, GraphQLRequestError, readCookie, REQUEST_TIMEOUT_MS } from './graphql-client';

// Parsed here rather than with graphql(), so it stays out of the persisted documents: the shop never sends it.
const TestCategoryQuery = parse(`
  query TestCategory($slug: String!) {
    category(slug: $slug) {
      id
      name
    }
  }
`) as TypedDocumentNode<{ category: { id: string; name: string } | null }, { slug: string }>;

function setCookie(name: string, value: string) {
  document.cookie = `${name}=${value}; path=/`;
}

function clearCookie(name: string) {
  document.cookie = `${name}=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT`;
}

describe('execute', () => {
  it('POSTs the operation as JSON to /graphql with the session cookie', async () => {
    const api = mockGraphQL({ TestCategory: () => ({ data: { category: { id: '1', name: 'Audio' } } }) });

    const data = await execute(TestCategoryQuery, { slug: 'audio' });

    expect(data).toEqual({ category: { id: '1', name: 'Audio' } });
    const [url, init] = api.fetchMock.mock.calls[0];
    expect(url).toBe('/graphql');
    expect(init).toMatchObject({
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json',
      },
    });
    expect(api.operations[0]).toMatchObject({ operationName: 'TestCategory', variables: { slug: 'audio' } });
    expect(api.operations[0].query).toContain('category(slug: $slug)');
  });

  it('throws the GraphQL errors with their classification', async () => {
    mockGraphQL({
      TestCategory: () =>
        jsonResponse(
          { errors: [{ message: 'Slug is too long', extensions: { classification: 'BAD_REQUEST' } }] },
          400,
        ),
    });

    const error = await execute(TestCategoryQuery, { slug: 'x'.repeat(500) }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(GraphQLRequestError);
    const requestError = error as GraphQLRequestError;
    expect(requestError.message).toBe('Slug is too long');
    expect(requestError.classification).toBe('BAD_REQUEST');
    expect(requestError.status).toBe(400);
    expect(requestError.errors).toEqual([
      { message: 'Slug is too long', extensions: { classification: 'BAD_REQUEST' } },
    ]);
  });

  it('turns an HTTP failure without a GraphQL body into an error', async () => {
    mockGraphQL({ TestCategory: () => new Response('<html>Bad gateway</html>', { status: 502 }) });

    await expect(execute(TestCategoryQuery, { slug: 'audio' })).rejects.toMatchObject({
      name: 'GraphQLRequestError',
      status: 502,
      message: 'The shop could not answer (HTTP 502). Please try again.',
    });
  });

  it('asks for no second try when the shop refused the request without a GraphQL body', async () => {
    mockGraphQL({ TestCategory: () => new Response('Request too large', { status: 413 }) });

    const error = (await execute(TestCategoryQuery, { slug: 'audio' }).catch(
      (e: unknown) => e,
    )) as GraphQLRequestError;

    expect(error).toMatchObject({ status: 413, retryable: false });
    expect(error.message).toBe('The shop refused the request (HTTP 413).');
  });

  it('turns a network failure into an error', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));

    await expect(execute(TestCategoryQuery, { slug: 'audio' })).rejects.toMatchObject({
      status: 0,
      message: 'Could not reach the shop. Check your connection and try again.',
    });
  });

  it('gives up on a request that gets no answer in time, says so, and aborts it', async () => {
    vi.useFakeTimers();
    try {
      let signal: AbortSignal | undefined;
      // A server that never answers: the request only ends when it is aborted.
      vi.stubGlobal(
        'fetch',
        vi.fn((_url: string, init: RequestInit) => {
          signal = init.signal ?? undefined;
          return new Promise<Response>((_resolve, reject) =>
            signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))),
          );
        }),
      );

      const outcome = execute(TestCategoryQuery, { slug: 'audio' }).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS - 1);
      expect(signal?.aborted).toBe(false);
      await vi.advanceTimersByTimeAsync(1);

      const error = (await outcome) as GraphQLRequestError;
      expect(signal?.aborted).toBe(true);
      expect(error).toBeInstanceOf(GraphQLRequestError);
      expect(error).toMatchObject({ status: 0, timedOut: true, retryable: true });
      expect(error.message).toBe('The shop took too long to answer. Check your connection and try again.');
    } finally {
      vi.useRealTimers();
    }
  });

  it('tells the errors a retry can fix from those it cannot', () => {
    const refusal = (classification: string, status = 200) =>
      new GraphQLRequestError([{ message: 'x', extensions: { classification } }], status);
    expect(refusal('BAD_REQUEST').retryable).toBe(false);
    expect(refusal('ValidationError', 400).retryable).toBe(false);
    expect(refusal('FORBIDDEN').retryable).toBe(false);
    expect(refusal('INTERNAL_ERROR').retryable).toBe(true);
    expect(new GraphQLRequestError([{ message: 'x' }], 0).retryable).toBe(true);
    expect(new GraphQLRequestError([{ message: 'x' }], 503).retryable).toBe(true);
    expect(new GraphQLRequestError([{ message: 'x' }], 404).retryable).toBe(false);
  });

  it('sends the full query text of a generated document, not only its persisted hash', async () => {
    const api = mockGraphQL({ CatalogCategories: () => ({ data: { categories: [] } }) });
    expect(CatalogCategoriesDocument).toHaveProperty('__meta__.hash', expect.stringMatching(/^sha256:/));

    await execute(CatalogCategoriesDocument);

    expect(api.operations[0]).toMatchObject({ operationName: 'CatalogCategories', variables: {} });
    expect(api.operations[0].query).toMatch(/^query CatalogCategories \{\n {2}categories \{/);
    expect(api.operations[0].query).not.toContain('__meta__');
  });
});

describe('CSRF protection', () => {
  afterEach(() => {
    clearCookie('XSRF-TOKEN');
    clearCookie('OTHER');
  });

  it('sends the XSRF-TOKEN cookie, URL-decoded, in the X-XSRF-TOKEN header', async () => {
    setCookie('OTHER', 'x');
    setCookie('XSRF-TOKEN', encodeURIComponent('a+b/c=='));
    const api = mockGraphQL({ TestCategory: () => ({ data: { category: null } }) });

    await execute(TestCategoryQuery, { slug: 'audio' });

    expect(api.operations[0].init.headers).toMatchObject({ 'X-XSRF-TOKEN': 'a+b/c==' });
  });

  it('sends no CSRF header while there is no token cookie', async () => {
    const api = mockGraphQL({ TestCategory: () => ({ data: { category: null } }) });

    await execute(TestCategoryQuery, { slug: 'audio' });

    expect(api.operations[0].init.headers).not.toHaveProperty('X-XSRF-TOKEN');
  });

  it('sends a request refused for a missing token once more with the token the refusal set', async () => {
    const api = mockGraphQL({
      TestCategory: (_variables, call) => {
        if (call === 1) {
          setCookie('XSRF-TOKEN', 'fresh-token');
          return new Response('', { status: 403 });
        }
        return { data: { category: { id: '1', name: 'Audio' } } };
      },
    });

    const data = await execute(TestCategoryQuery, { slug: 'audio' });

    expect(data).toEqual({ category: { id: '1', name: 'Audio' } });
    expect(api.operations.map((op) => (op.init.headers as Record<string, string>)['X-XSRF-TOKEN'])).toEqual([
      undefined,
      'fresh-token',
    ]);
  });

  it('does not repeat a refused request when the token did not change', async () => {
    setCookie('XSRF-TOKEN', 'same');
    const api = mockGraphQL({ TestCategory: () => new Response('', { status: 403 }) });

    await expect(execute(TestCategoryQuery, { slug: 'audio' })).rejects.toMatchObject({ status: 403 });
    expect(api.operations).toHaveLength(1);
  });
});

describe('readCookie', () => {
  afterEach(() => clearCookie('XSRF-TOKEN'));

  it('finds a cookie by its exact name', () => {
    setCookie('XSRF-TOKEN', 'abc%20def');
    expect(readCookie('XSRF-TOKEN')).toBe('abc def');
    expect(readCookie('TOKEN')).toBeUndefined();
  });
});
