// A search snippet with the matched words marked. The text is cut at the
// highlight offsets and every piece rendered as text: nothing is parsed as HTML.
import type { Highlight } from "../../server/api-types.js";

export interface Piece {
  text: string;
  hit: boolean;
}

/** Splits `text` at the (relative) highlight offsets; overlapping or out-of-range highlights are clipped. */
export function snippetPieces(text: string, highlights: Highlight[]): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const h of [...highlights].sort((a, b) => a.start - b.start)) {
    const start = Math.max(h.start, at);
    const end = Math.min(h.end, text.length);
    if (end <= start) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), hit: false });
    pieces.push({ text: text.slice(start, end), hit: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), hit: false });
  return pieces;
}

export function Snippet({ text, highlights }: { text: string; highlights: Highlight[] }) {
  return (
    <p class="snippet">
      {snippetPieces(text, highlights).map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : p.text))}
    </p>
  );
}
