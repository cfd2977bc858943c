/**
 * Starts something whose code is loaded on demand, and returns what stops it, callable at once:
 * stopping before the code arrived stops it as soon as it starts. Live updates start this way,
 * so their code stays out of the first page (the bundle budget). When the code can't be loaded
 * (offline, a new release replaced the chunk) nothing starts and nothing is said: the shop
 * works without it.
 */
export function startLazily(start: () => Promise<() => void>): () => void {
  let stopped = false;
  let stop: (() => void) | undefined;
  start().then(
    (started) => {
      if (stopped) started();
      else stop = started;
    },
    () => undefined,
  );
  return () => {
    stopped = true;
    stop?.();
  };
}
