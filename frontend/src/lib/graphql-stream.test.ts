import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { eventStream } from '@/testing/event-stream';
import { mockGraphQL, noEventStream } from '@/testing/graphql-mock';
import { GraphQLRequestError, REQUEST_TIMEOUT_MS } from './graphql-client';
import { EventParser, STREAM_SILENCE_MS, subscribe } from './graphql-stream';

// Parsed here rather than with graphql(), so it stays out of the persisted documents: the shop never sends it.
const TestTicks = parse(`
  subscription TestTicks($from: Int!) {
    ticks(from: $from)
  }
`) as TypedDocumentNode<{ ticks: number }, { from: number }>;

/** Subscribes and records what the observer hears. */
function record() {
  const heard: { next: unknown[]; complete: number; errors: GraphQLRequestError[] } = {
    next: [],
    complete: 0,
    errors: [],
  };
  const unsubscribe = subscribe(
    TestTicks,
    { from: 1 },
    {
      next: (data) => heard.next.push(data),
      complete: () => (heard.complete += 1),
      error: (error) => heard.errors.push(error),
    },
  );
  return { heard, unsubscribe };
}

afterEach(() => {
  vi.useRealTimers();
  document.cookie = 'XSRF-TOKEN=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT';
});

describe('subscribe', () => {
  it('POSTs the subscription asking for an event stream, with the session cookie and the CSRF token', async () => {
    document.cookie = 'XSRF-TOKEN=token-1; path=/';
    const stream = eventStream();
    const api = mockGraphQL({ TestTicks: () => stream.response });

    record();

    await vi.waitFor(() => expect(api.operations).toHaveLength(1));
    expect(api.operations[0]).toMatchObject({ operationName: 'TestTicks', variables: { from: 1 } });
    expect(api.operations[0].query).toContain('subscription TestTicks');
    expect(api.operations[0].init).toMatchObject({
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'text/event-stream', 'Content-Type': 'application/json', 'X-XSRF-TOKEN': 'token-1' },
    });
  });

  it('hands over each next event’s data in order, ignores heartbeats, and ends with complete', async () => {
    const stream = eventStream();
    mockGraphQL({ TestTicks: () => stream.response });
    const { heard } = record();

    stream.next({ data: { ticks: 1 } });
    stream.next({ data: { ticks: 2 } });
    await vi.waitFor(() => expect(heard.next).toEqual([{ ticks: 1 }, { ticks: 2 }]));
    stream.complete();

    await vi.waitFor(() => expect(heard.complete).toBe(1));
    expect(heard.errors).toEqual([]);
  });

  it('ends in an error with the server’s code when a next event carries errors', async () => {
    const stream = eventStream();
    mockGraphQL({ TestTicks: () => stream.response });
    const { heard } = record();

    stream.errors({
      message: 'Too many live updates open',
      extensions: { classification: 'BAD_REQUEST', code: 'TOO_MANY_SUBSCRIPTIONS' },
    });

    await vi.waitFor(() => expect(heard.errors).toHaveLength(1));
    expect(heard.errors[0].status).toBe(200);
    expect(heard.errors[0].errors[0].extensions?.code).toBe('TOO_MANY_SUBSCRIPTIONS');
    // The `complete` after the errors is not a second ending.
    expect(heard.complete).toBe(0);
  });

  it('ends in an error with the HTTP status when the server answers JSON instead of a stream', async () => {
    mockGraphQL({ TestTicks: () => noEventStream(406) });
    const { heard } = record();

    await vi.waitFor(() => expect(heard.errors).toHaveLength(1));
    expect(heard.errors[0].status).toBe(406);
    expect(heard.errors[0].errors[0].extensions?.code).toBe('EVENT_STREAM_REQUIRED');
  });

  it('ends in an error without status when the connection breaks off', async () => {
    const stream = eventStream();
    mockGraphQL({ TestTicks: () => stream.response });
    const { heard } = record();

    stream.next({ data: { ticks: 1 } });
    await vi.waitFor(() => expect(heard.next).toHaveLength(1));
    stream.cut();

    await vi.waitFor(() => expect(heard.errors).toHaveLength(1));
    expect(heard.next).toEqual([{ ticks: 1 }]);
    expect(heard.errors[0].status).toBe(0);
  });

  it('closes the stream when unsubscribed, and says nothing more', async () => {
    const stream = eventStream();
    const api = mockGraphQL({ TestTicks: () => stream.response });
    const { heard, unsubscribe } = record();
    stream.next({ data: { ticks: 1 } });
    await vi.waitFor(() => expect(heard.next).toHaveLength(1));

    unsubscribe();
    stream.next({ data: { ticks: 2 } });

    await vi.waitFor(() => expect(stream.closedByClient).toBe(true));
    expect((api.operations[0].init.signal as AbortSignal).aborted).toBe(true);
    expect(heard).toEqual({ next: [{ ticks: 1 }], complete: 0, errors: [] });
  });

  it('gives the answer the request timeout to begin, and a running stream none', async () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_input: RequestInfo | URL, init?: RequestInit) =>
          new Promise<Response>((_resolve, reject) =>
            init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
          ),
      ),
    );
    const hanging = record();
    await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS);
    expect(hanging.heard.errors).toHaveLength(1);
    expect(hanging.heard.errors[0].timedOut).toBe(true);

    const stream = eventStream();
    mockGraphQL({ TestTicks: () => stream.response });
    const running = record();
    // Heartbeats every 15 s keep a stream alive well past the request timeout.
    for (let beat = 0; beat < 4; beat += 1) {
      await vi.advanceTimersByTimeAsync(15_000);
      stream.heartbeat();
    }
    stream.next({ data: { ticks: 7 } });
    await vi.advanceTimersByTimeAsync(0);
    expect(running.heard.next).toEqual([{ ticks: 7 }]);
    expect(running.heard.errors).toEqual([]);
  });

  it('counts a stream silent for longer than three heartbeats as cut', async () => {
    vi.useFakeTimers();
    const stream = eventStream();
    mockGraphQL({ TestTicks: () => stream.response });
    const { heard } = record();
    await vi.advanceTimersByTimeAsync(STREAM_SILENCE_MS - 1_000);
    expect(heard.errors).toEqual([]);

    await vi.advanceTimersByTimeAsync(1_000);

    expect(heard.errors).toHaveLength(1);
    expect(heard.errors[0].status).toBe(0);
    expect(stream.closedByClient).toBe(true);
  });
});

describe('EventParser', () => {
  function parseAll(chunks: string[]) {
    const events: [string, string][] = [];
    const parser = new EventParser((name, data) => events.push([name, data]));
    chunks.forEach((chunk) => parser.push(chunk));
    parser.end();
    return events;
  }

  it('reads events split anywhere across chunks, with LF, CRLF or CR line ends', () => {
    const text =
      ':\n\nevent:next\ndata:{"a":1}\n\n' +
      'event: next\r\ndata: {"a":2}\r\n\r\n' +
      'event:complete\rdata:\r\r';
    const whole = parseAll([text]);
    expect(whole).toEqual([
      ['next', '{"a":1}'],
      ['next', '{"a":2}'],
      ['complete', ''],
    ]);
    // Every way of cutting the text in two gives the same events.
    for (let cut = 1; cut < text.length; cut += 1) {
      expect(parseAll([text.slice(0, cut), text.slice(cut)])).toEqual(whole);
    }
  });

  it('joins several data lines with newlines and ignores comments and unknown fields', () => {
    expect(parseAll(['event:next\nid:4\n: a comment\ndata:{"a":\ndata:1}\n\n'])).toEqual([
      ['next', '{"a":\n1}'],
    ]);
  });
});
