/**
 * A fake GraphQL-over-SSE answer the test drives: `response` is what the fake server returns for
 * the subscription; `next`, `complete`, `errors` and `cut` send what the real server would.
 */
export function eventStream() {
  const encoder = new TextEncoder();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let closedByClient = false;
  let ended = false;
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
    cancel() {
      closedByClient = true;
    },
  });
  const send = (text: string) => {
    if (!ended && !closedByClient) controller.enqueue(encoder.encode(text));
  };
  const close = () => {
    if (ended || closedByClient) return;
    ended = true;
    controller.close();
  };
  // The server flushes a heartbeat comment at once, as the real one does.
  send(':\n\n');
  return {
    response: new Response(body, {
      status: 200,
      headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' },
    }),
    /** One `next` event with this execution result ({ data } or { errors }). */
    next(result: unknown) {
      send(`event:next\ndata:${JSON.stringify(result)}\n\n`);
    },
    /** A heartbeat comment, as the server sends every 15 s. */
    heartbeat() {
      send(':\n\n');
    },
    /** `complete`, and the server closes the response. */
    complete() {
      send('event:complete\ndata:\n\n');
      close();
    },
    /** A `next` with errors and `complete`: how the server refuses once GraphQL runs. */
    errors(...errors: { message: string; extensions?: Record<string, unknown> }[]) {
      this.next({ errors });
      this.complete();
    },
    /** The connection breaks off without `complete`. */
    cut() {
      if (ended || closedByClient) return;
      ended = true;
      controller.error(new TypeError('network error'));
    },
    /** Whether the client closed the stream (the page went away, or it unsubscribed). */
    get closedByClient() {
      return closedByClient;
    },
  };
}

export type EventStream = ReturnType<typeof eventStream>;
