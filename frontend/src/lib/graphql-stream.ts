import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  type GraphQLErrorEntry,
  GraphQLRequestError,
  type GraphQLResponse,
  postGraphQL,
  REQUEST_TIMEOUT_MS,
  requestBody,
  TIMED_OUT_MESSAGE,
  UNREACHABLE_MESSAGE,
} from './graphql-client';

/**
 * How long a stream may stay silent before it counts as cut. The server sends a heartbeat
 * comment every 15 s (`storefront.live.heartbeat`), so three missed ones mean the connection is
 * gone even if the socket doesn't say so (a laptop that slept, a proxy that dropped it quietly).
 */
export const STREAM_SILENCE_MS = 45_000;

/** What a stream tells its subscriber. After `complete` or `error` nothing more comes. */
export interface StreamObserver<TResult> {
  /** One result of the stream (its `data`), in the order the server sent them. */
  next: (data: TResult) => void;
  /** The server ended the stream normally (`event: complete`). */
  complete: () => void;
  /** The stream could not start, was refused, or broke off. */
  error: (error: GraphQLRequestError) => void;
}

const EVENT_STREAM = 'text/event-stream';
const CUT_OFF_MESSAGE = 'The live connection to the shop broke off.';

/** Why this side aborted the request: each ends the stream differently. */
type AbortReason = 'unsubscribed' | 'timeout' | 'silent';

/**
 * Runs a GraphQL subscription over Server-Sent Events in the "distinct connections" mode of
 * GraphQL over SSE: one `POST /graphql` with `Accept: text/event-stream` per subscription, with
 * the session cookie and the CSRF header as `postGraphQL` sends them. Returns the function that
 * ends it (it aborts the request; the observer hears nothing more).
 *
 * The answer must begin within `REQUEST_TIMEOUT_MS`, like any request's; once the stream runs it
 * has no deadline (it lives for minutes), only the silence watchdog of `STREAM_SILENCE_MS`. A
 * refusal before the stream (a 4xx/5xx JSON body, a server that doesn't stream) and a `next` event
 * that carries `errors` both end in `error` with the server's errors and HTTP status (200 for
 * errors inside the stream).
 */
export function subscribe<TResult, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  observer: StreamObserver<TResult>,
): () => void {
  const controller = new AbortController();
  let ended = false;
  const end = (reason: AbortReason) => {
    if (!ended) {
      ended = true;
      controller.abort(reason);
    }
  };
  const tell = {
    next: (data: TResult) => {
      if (!ended) observer.next(data);
    },
    complete: () => {
      if (ended) return;
      end('unsubscribed');
      observer.complete();
    },
    error: (error: GraphQLRequestError) => {
      if (ended) return;
      end('unsubscribed');
      observer.error(error);
    },
  };
  run(requestBody(document, variables), controller, tell).catch((error: unknown) => {
    const reason = controller.signal.reason as AbortReason | undefined;
    if (reason === 'unsubscribed') return;
    const timedOut = reason === 'timeout' || reason === 'silent';
    tell.error(
      error instanceof GraphQLRequestError
        ? error
        : new GraphQLRequestError(
            [{ message: reason === 'timeout' ? TIMED_OUT_MESSAGE : CUT_OFF_MESSAGE }],
            0,
            timedOut,
          ),
    );
  });
  return () => end('unsubscribed');
}

async function run<TResult>(body: string, controller: AbortController, tell: StreamObserver<TResult>) {
  const reader = await open(body, controller);
  // A real fetch ends its body on abort; cancelling the reader too makes sure of it.
  controller.signal.addEventListener('abort', () => void reader.cancel().catch(() => undefined));
  const events = new EventParser((name, data) => dispatch(name, data, tell));
  const decoder = new TextDecoder();
  let silence = setTimeout(() => controller.abort('silent'), STREAM_SILENCE_MS);
  try {
    for (;;) {
      const { value, done } = await reader.read();
      // Cancelling the reader ends the read quietly: say why the stream stopped.
      if (controller.signal.aborted) throw new Error('aborted');
      if (done) {
        events.end();
        break;
      }
      clearTimeout(silence);
      silence = setTimeout(() => controller.abort('silent'), STREAM_SILENCE_MS);
      events.push(decoder.decode(value, { stream: true }));
    }
  } finally {
    clearTimeout(silence);
  }
  // The body ended without `complete`: the connection was cut.
  tell.error(new GraphQLRequestError([{ message: CUT_OFF_MESSAGE }], 0));
}

/** Sends the request and waits (at most `REQUEST_TIMEOUT_MS`) for an event stream to begin. */
async function open(body: string, controller: AbortController) {
  const timer = setTimeout(() => controller.abort('timeout'), REQUEST_TIMEOUT_MS);
  let response: Response;
  try {
    response = await postGraphQL(body, EVENT_STREAM, controller.signal);
  } catch (error) {
    if (controller.signal.aborted) throw error;
    throw new GraphQLRequestError([{ message: UNREACHABLE_MESSAGE }], 0);
  } finally {
    clearTimeout(timer);
  }
  const type = response.headers.get('Content-Type') ?? '';
  if (!response.ok || !type.startsWith(EVENT_STREAM) || !response.body) throw await refusal(response);
  return response.body.getReader();
}

/** The error a server answered instead of a stream: its GraphQL errors when it sent some. */
async function refusal(response: Response): Promise<GraphQLRequestError> {
  let errors: GraphQLErrorEntry[] | undefined;
  try {
    errors = ((await response.json()) as GraphQLResponse<unknown>).errors;
  } catch {
    errors = undefined;
  }
  return new GraphQLRequestError(
    errors?.length ? errors : [{ message: `The shop could not stream (HTTP ${response.status}).` }],
    response.status,
  );
}

function dispatch<TResult>(name: string, data: string, tell: StreamObserver<TResult>) {
  if (name === 'complete') {
    tell.complete();
    return;
  }
  if (name !== 'next') return;
  let result: GraphQLResponse<TResult>;
  try {
    result = JSON.parse(data) as GraphQLResponse<TResult>;
  } catch {
    tell.error(new GraphQLRequestError([{ message: 'The shop sent an event that could not be read.' }], 200));
    return;
  }
  if (result.errors?.length) tell.error(new GraphQLRequestError(result.errors, 200));
  else if (result.data != null) tell.next(result.data);
}

/**
 * The event stream format (the HTML standard's "server-sent events"), as far as GraphQL over SSE
 * uses it: `event:` and `data:` fields, an event per blank line, comments (`:`) ignored. Lines end
 * in LF, CRLF or CR, and chunks may split a line anywhere.
 */
export class EventParser {
  private buffer = '';
  private name = '';
  private data: string[] = [];

  private readonly onEvent: (name: string, data: string) => void;

  constructor(onEvent: (name: string, data: string) => void) {
    this.onEvent = onEvent;
  }

  push(text: string) {
    this.buffer += text;
    for (;;) {
      const end = this.buffer.search(/[\r\n]/);
      if (end < 0) return;
      // A CR at the very end may be the first half of a CRLF: wait for the next chunk.
      if (this.buffer[end] === '\r' && end === this.buffer.length - 1) return;
      const line = this.buffer.slice(0, end);
      const width = this.buffer.startsWith('\r\n', end) ? 2 : 1;
      this.buffer = this.buffer.slice(end + width);
      this.line(line);
    }
  }

  /** The stream ended: a CR held back as a possible half of a CRLF ends its line after all. */
  end() {
    if (this.buffer.endsWith('\r')) this.push('\n');
  }

  private line(line: string) {
    if (line === '') {
      if (this.data.length > 0 || this.name) this.onEvent(this.name || 'message', this.data.join('\n'));
      this.name = '';
      this.data = [];
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.name = value;
    else if (field === 'data') this.data.push(value);
  }
}
