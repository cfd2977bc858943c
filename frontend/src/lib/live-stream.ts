import type { GraphQLRequestError } from './graphql-client';
import type { StreamObserver } from './graphql-stream';

/** The first wait before subscribing again after a failure; it doubles with each failure in a row. */
export const RETRY_BASE_MS = 1_000;
/** The longest wait between two tries. */
export const RETRY_MAX_MS = 30_000;
/** Failures in a row after which the stream waits for a reason to try again (see `follow`). */
export const MAX_FAILURES = 8;
/**
 * A stream that lived this long worked: its end (the server's `max-lifetime`, a restart) is no
 * failure, so the next one starts at once and the count of failures starts over.
 */
export const LONG_STREAM_MS = 30_000;

/**
 * The wait before try number `failures + 1`: 1 s, 2 s, 4 s … at most 30 s, each between half of
 * that and all of it at random, so that many tabs cut off at once (a restart) don't come back at
 * the same instant.
 */
export function retryDelay(failures: number, random: () => number = Math.random): number {
  const ceiling = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** Math.max(0, failures - 1));
  return ceiling / 2 + (random() * ceiling) / 2;
}

/**
 * What to do after a stream failed: `retry` with backoff (no network, a server failure, the server
 * full or shutting down, a stream that fell behind), `wait` for a reason to try again (a limit
 * says this browser holds enough streams: trying in a loop would only be refused again), or
 * `stop` for the page's life (the server has no such subscription or won't stream: 404, 405, 406,
 * a validation error; the shop then works as it does without live updates).
 */
export function afterError(error: GraphQLRequestError): 'retry' | 'wait' | 'stop' {
  const code = error.errors.find((entry) => typeof entry.extensions?.code === 'string')?.extensions?.code;
  if (typeof code === 'string' && code.startsWith('TOO_MANY_')) return 'wait';
  if (code === 'CROSS_ORIGIN') return 'stop';
  if (error.status === 0 || error.status >= 500) return 'retry';
  // The CSRF token was not there yet: the next write or sign-in brings one.
  if (error.status === 403) return 'wait';
  if (error.status === 200) {
    const classification = error.classification;
    if (code === 'STREAM_BEHIND' || classification === 'UNAVAILABLE' || classification === 'INTERNAL_ERROR') {
      return 'retry';
    }
  }
  return 'stop';
}

export interface FollowOptions<TData> {
  /** Starts one stream (e.g. `subscribe(document, variables, observer)`); returns what ends it. */
  open: (observer: StreamObserver<TData>) => () => void;
  /** Each result, in order: where it goes (the query cache). */
  onData: (data: TData) => void;
  /**
   * Whether a stream that ended soon after sending `last` had nothing to follow (the cart of a
   * browser without a session): it then waits for `wake` instead of trying again.
   */
  nothingToFollow?: (last: TData | undefined) => boolean;
}

export interface Following {
  /** Subscribes again at once if the stream is waiting for a reason to (see `follow`). */
  wake: () => void;
  /** Ends the stream and every try to come. */
  close: () => void;
}

/**
 * Keeps a subscription going: the first result of each stream is the current state, so a new
 * stream after any break loses nothing. After a failure it tries again with `retryDelay`'s
 * backoff; after `MAX_FAILURES` in a row, after a `TOO_MANY_*` refusal, or when there was nothing
 * to follow, it waits until `wake` is called, the tab becomes visible again, or the browser comes
 * back online. Nothing is shown to the shopper meanwhile: what the page shows stays, and is kept
 * current the way it is without live updates (reads after writes).
 */
export function follow<TData>({ open, onData, nothingToFollow }: FollowOptions<TData>): Following {
  let state: 'open' | 'retrying' | 'waiting' | 'stopped' = 'open';
  let failures = 0;
  let end: (() => void) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const connect = () => {
    state = 'open';
    const openedAt = Date.now();
    const livedLong = () => Date.now() - openedAt >= LONG_STREAM_MS;
    let last: TData | undefined;
    end = open({
      next: (data) => {
        last = data;
        onData(data);
      },
      complete: () => {
        if (livedLong()) {
          failures = 0;
          connect();
        } else if (nothingToFollow?.(last)) {
          state = 'waiting';
        } else {
          retry();
        }
      },
      error: (error) => {
        if (livedLong()) failures = 0;
        const next = afterError(error);
        if (next === 'retry') retry();
        else state = next === 'wait' ? 'waiting' : 'stopped';
      },
    });
  };

  const retry = () => {
    failures += 1;
    if (failures > MAX_FAILURES) {
      state = 'waiting';
      return;
    }
    state = 'retrying';
    timer = setTimeout(connect, retryDelay(failures));
  };

  const wake = () => {
    if (state !== 'waiting') return;
    failures = 0;
    connect();
  };
  const onVisibility = () => {
    if (document.visibilityState === 'visible') wake();
  };

  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('online', wake);
  connect();

  return {
    wake,
    close: () => {
      state = 'stopped';
      clearTimeout(timer);
      end?.();
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('online', wake);
    },
  };
}
