// Pairs quotation marks: «…», “…”, „…“ and straight "…". A direct quotation
// may run over several sentences, so pairing works on the whole text; straight
// quotes and the curly pairs close within the paragraph, guillemets may run on
// into the following paragraphs (the European habit of reopening each one is
// rare in Arabic wire copy but handled: a « at a paragraph start continues).

export interface Quotation {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark (the quoted words are open+1 … close). */
  close: number;
}

const PAIRS: Record<string, string> = { "«": "»", "“": "”", "„": "“" };
/** Longest span a guillemet quotation may take over paragraph breaks. */
const MAX_RUN = 3000;

export function pairQuotations(text: string): Quotation[] {
  const out: Quotation[] = [];
  const stack: { ch: string; at: number }[] = [];
  let straight = -1;
  // Only marks and line breaks matter: jump between them.
  for (const found of text.matchAll(/["«»“”„\n]/g)) {
    const i = found.index;
    const ch = found[0];
    if (ch === "\n") {
      // Curly and straight quotes do not survive a paragraph break.
      straight = -1;
      while (stack.length && (stack[stack.length - 1].ch !== "«" || i - stack[stack.length - 1].at > MAX_RUN)) stack.pop();
      continue;
    }
    if (ch === '"') {
      if (straight < 0) straight = i;
      else {
        out.push({ open: straight, close: i });
        straight = -1;
      }
      continue;
    }
    if (ch in PAIRS && !(ch === "“" && stack.length && stack[stack.length - 1].ch === "„")) {
      // A « at the start of a paragraph while one is still open is the reopening mark of a run-on quotation.
      if (ch === "«" && stack.length && isParagraphStart(text, i)) continue;
      stack.push({ ch, at: i });
      continue;
    }
    const top = stack[stack.length - 1];
    if (top && PAIRS[top.ch] === ch) {
      stack.pop();
      out.push({ open: top.at, close: i });
    }
  }
  return out.sort((a, b) => a.open - b.open);
}

function isParagraphStart(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (text[j] === " " || text[j] === "\t")) j--;
  return j < 0 || text[j] === "\n";
}

/** The quotation whose opening mark is at `open`, if any. */
export function quotationAt(quotations: Quotation[], open: number): Quotation | undefined {
  return quotations.find((q) => q.open === open);
}

/** True when `offset` lies strictly inside a quotation (between its marks). */
export function insideQuotation(quotations: Quotation[], offset: number): boolean {
  for (const q of quotations) {
    if (q.open > offset) break;
    if (offset > q.open && offset < q.close) return true;
  }
  return false;
}
