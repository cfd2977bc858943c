import { describe, expect, it } from 'vitest';
import { highlightPrefixes } from './highlight';

describe('highlightPrefixes', () => {
  it('marks the start of each word a typed word begins, whatever the case', () => {
    expect(highlightPrefixes('Wireless Noise-Cancelling Headphones', 'wir HEA')).toEqual([
      { text: 'Wir', match: true },
      { text: 'eless Noise-Cancelling ', match: false },
      { text: 'Hea', match: true },
      { text: 'dphones', match: false },
    ]);
  });

  it('marks the longest typed word that fits, and nothing inside words', () => {
    expect(highlightPrefixes('Lamp lampshade', 'la lamps')).toEqual([
      { text: 'La', match: true },
      { text: 'mp ', match: false },
      { text: 'lamps', match: true },
      { text: 'hade', match: false },
    ]);
    expect(highlightPrefixes('Floor lamp', 'amp')).toEqual([{ text: 'Floor lamp', match: false }]);
  });
});
