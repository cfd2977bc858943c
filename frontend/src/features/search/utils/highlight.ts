/** A piece of a text, and whether it is the part the shopper typed. */
export interface TextSegment {
  text: string;
  match: boolean;
}

const WORD = /([\p{L}\p{N}]+)/u;

/**
 * Splits `text` so the start of each word that one of the typed words begins is marked, the way
 * type-ahead matched it ("wir hea" marks "Wir" of "Wireless" and "Hea" of "Headphones").
 */
export function highlightPrefixes(text: string, typed: string): TextSegment[] {
  const typedWords = (typed.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).sort((a, b) => b.length - a.length);
  const segments: TextSegment[] = [];
  const push = (piece: string, match: boolean) => {
    if (!piece) return;
    const last = segments.at(-1);
    if (last && last.match === match) last.text += piece;
    else segments.push({ text: piece, match });
  };
  text.split(WORD).forEach((piece, index) => {
    // split() with a capturing group puts the words at the odd indexes.
    const prefix = index % 2 === 1 && typedWords.find((w) => piece.slice(0, w.length).toLowerCase() === w);
    if (prefix) {
      push(piece.slice(0, prefix.length), true);
      push(piece.slice(prefix.length), false);
    } else {
      push(piece, false);
    }
  });
  return segments;
}
