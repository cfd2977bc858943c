import { describe, expect, it, vi } from 'vitest';
import { graphql } from '@/graphql/generated';
import { jsonResponse, mockGraphQL } from '@/testing/graphql-mock';
import { execute, GraphQLRequestError } from './graphql-client';

const TestCategoryQuery = graphql(`
  query TestCategory($slug: String!) {
    category(slug: $slug) {
      id
      name
    }
  }
`);

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

  it('turns a network failure into an error', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));

    await expect(execute(TestCategoryQuery, { slug: 'audio' })).rejects.toMatchObject({
      status: 0,
      message: 'Could not reach the shop. Check your connection and try again.',
    });
  });
});
