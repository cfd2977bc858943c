import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from './graphql-client';
import { afterError, retryDelay } from './live-stream';

function refusal(status: number, extensions?: Record<string, unknown>) {
  return new GraphQLRequestError([{ message: 'refused', extensions }], status);
}

describe('retryDelay', () => {
  it('doubles from 1 s up to 30 s, each wait between half of that and all of it', () => {
    const ceilings = [1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000];
    ceilings.forEach((ceiling, index) => {
      const failures = index + 1;
      expect(retryDelay(failures, () => 0)).toBe(ceiling / 2);
      expect(retryDelay(failures, () => 0.999999)).toBeCloseTo(ceiling, -1);
      expect(retryDelay(failures, () => 0.5)).toBe(ceiling * 0.75);
    });
  });

  it('spreads the waits of many tabs at random', () => {
    const waits = new Set(Array.from({ length: 20 }, () => retryDelay(3)));
    expect(waits.size).toBeGreaterThan(1);
    for (const wait of waits) {
      expect(wait).toBeGreaterThanOrEqual(2_000);
      expect(wait).toBeLessThan(4_000);
    }
  });
});

describe('afterError', () => {
  it('tries again after what may pass: no network, a server failure, a full or stopping server, a stream behind', () => {
    expect(afterError(new GraphQLRequestError([{ message: 'cut' }], 0))).toBe('retry');
    expect(afterError(refusal(502))).toBe('retry');
    expect(afterError(refusal(200, { classification: 'UNAVAILABLE', code: 'SHUTTING_DOWN' }))).toBe('retry');
    expect(afterError(refusal(200, { classification: 'UNAVAILABLE', code: 'SUBSCRIPTIONS_FULL' }))).toBe(
      'retry',
    );
    expect(afterError(refusal(200, { classification: 'UNAVAILABLE' }))).toBe('retry');
    expect(afterError(refusal(200, { classification: 'BAD_REQUEST', code: 'STREAM_BEHIND' }))).toBe('retry');
  });

  it('waits for a reason to try again when a limit says enough streams are open, or the CSRF token is missing', () => {
    expect(afterError(refusal(200, { classification: 'BAD_REQUEST', code: 'TOO_MANY_SUBSCRIPTIONS' }))).toBe(
      'wait',
    );
    expect(
      afterError(refusal(200, { classification: 'BAD_REQUEST', code: 'TOO_MANY_SUBSCRIPTIONS_FROM_CLIENT' })),
    ).toBe('wait');
    expect(afterError(refusal(403, { classification: 'FORBIDDEN' }))).toBe('wait');
  });

  it('stops for good where live updates are not served: no such endpoint, no streaming, no such subscription', () => {
    expect(afterError(refusal(404))).toBe('stop');
    expect(afterError(refusal(405))).toBe('stop');
    expect(afterError(refusal(406, { classification: 'BAD_REQUEST', code: 'EVENT_STREAM_REQUIRED' }))).toBe(
      'stop',
    );
    expect(afterError(refusal(200, { classification: 'ValidationError' }))).toBe('stop');
    expect(afterError(refusal(403, { classification: 'FORBIDDEN', code: 'CROSS_ORIGIN' }))).toBe('stop');
  });
});
