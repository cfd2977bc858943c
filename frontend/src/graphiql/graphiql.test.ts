/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { csrfFetch } from './csrf-fetch';
import { EXAMPLE_TABS } from './examples';

// Vitest runs in frontend/: the README is the repository's.
const readme = readFileSync(`${process.cwd()}/../README.md`, 'utf8');

function fetchStub() {
  const stub = vi.fn<typeof fetch>(async () => new Response('{}'));
  vi.stubGlobal('fetch', stub);
  return stub;
}

function normalized(text: string) {
  return text.replace(/\s+/g, ' ').trim();
}

describe("GraphiQL's tabs", () => {
  it("open with every operation of the README's examples", () => {
    const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => normalized(match[1]));
    expect(blocks.length).toBeGreaterThan(0);
    expect(EXAMPLE_TABS.map((tab) => normalized(tab.query))).toEqual(blocks);
  });
});

describe("GraphiQL's requests", () => {
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
  });

  it("carry the session's CSRF token from the XSRF-TOKEN cookie", async () => {
    const fetchMock = fetchStub();
    document.cookie = 'XSRF-TOKEN=token%2Fone';

    await csrfFetch('/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' } });

    const init = fetchMock.mock.calls[0][1]!;
    const headers = new Headers(init.headers);
    expect(headers.get('X-XSRF-TOKEN')).toBe('token/one');
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(init.credentials).toBe('same-origin');
  });

  it('send no token header before the shop set its cookie', async () => {
    const fetchMock = fetchStub();

    await csrfFetch('/graphql', { method: 'POST' });

    expect(new Headers(fetchMock.mock.calls[0][1]!.headers).has('X-XSRF-TOKEN')).toBe(false);
  });
});
