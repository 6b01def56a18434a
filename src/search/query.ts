// The search query language, parsed by hand so that no character of a query
// ever reaches FTS5 or tsquery syntax: words, "quoted phrases" (also “…” and
// «…»), AND / OR / NOT (upper-case Latin), -word, and parentheses. Bare words
// are ANDed; OR binds looser than AND. Malformed input never fails: stray
// operators and parentheses are ignored, an open quote or parenthesis closes
// at the end.

export type QueryNode =
  | { kind: "word"; text: string }
  | { kind: "phrase"; text: string }
  | { kind: "and"; items: QueryNode[] }
  | { kind: "or"; items: QueryNode[] }
  | { kind: "not"; item: QueryNode };

type Lexeme =
  | { t: "word"; text: string }
  | { t: "phrase"; text: string }
  | { t: "("; }
  | { t: ")"; }
  | { t: "AND" | "OR" | "NOT" };

const CLOSE: Record<string, string> = { '"': '"', "“": "”", "”": "”", "«": "»", "„": "“" };
const SPACE = /\s/u;

function lex(input: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i];
    if (SPACE.test(c)) { i++; continue; }
    const close = CLOSE[c];
    if (close) {
      const j = input.indexOf(close, i + 1);
      const end = j < 0 ? input.length : j;
      out.push({ t: "phrase", text: input.slice(i + 1, end) });
      i = end + 1;
      continue;
    }
    if (c === "(" || c === ")") { out.push({ t: c }); i++; continue; }
    if (c === "-" && i + 1 < input.length && !SPACE.test(input[i + 1]) && (i === 0 || SPACE.test(input[i - 1]) || input[i - 1] === "(")) {
      out.push({ t: "NOT" });
      i++;
      continue;
    }
    let j = i;
    while (j < input.length && !SPACE.test(input[j]) && input[j] !== "(" && input[j] !== ")" && !CLOSE[input[j]]) j++;
    const w = input.slice(i, j);
    out.push(w === "AND" || w === "OR" || w === "NOT" ? { t: w } : { t: "word", text: w });
    i = j;
  }
  return out;
}

/** Parses a query into a tree; returns null when nothing searchable remains. */
export function parseQuery(input: string): QueryNode | null {
  const lx = lex(input);
  let p = 0;
  const peek = () => lx[p];

  function orExpr(): QueryNode | null {
    const items: QueryNode[] = [];
    for (;;) {
      const a = andExpr();
      if (a) items.push(a);
      if (peek()?.t === "OR") { p++; continue; }
      break;
    }
    return items.length === 0 ? null : items.length === 1 ? items[0] : { kind: "or", items };
  }

  function andExpr(): QueryNode | null {
    const items: QueryNode[] = [];
    for (;;) {
      const l = peek();
      if (!l || l.t === "OR" || l.t === ")") break;
      if (l.t === "AND") { p++; continue; }
      const u = unary();
      if (u) items.push(u);
    }
    return items.length === 0 ? null : items.length === 1 ? items[0] : { kind: "and", items };
  }

  function unary(): QueryNode | null {
    const l = lx[p++];
    if (l.t === "NOT") {
      const nx = peek();
      if (!nx || nx.t === "OR" || nx.t === ")" || nx.t === "AND") return null;
      const item = unary();
      return item ? { kind: "not", item } : null;
    }
    if (l.t === "word") return { kind: "word", text: l.text };
    if (l.t === "phrase") return l.text.trim() ? { kind: "phrase", text: l.text } : null;
    if (l.t === "(") {
      const inner = orExpr();
      if (peek()?.t === ")") p++;
      return inner;
    }
    return null; // stray ")"
  }

  const items: QueryNode[] = [];
  while (p < lx.length) {
    const e = orExpr();
    if (e) items.push(e);
    if (p < lx.length) p++; // skip a stray ")"
  }
  return items.length === 0 ? null : items.length === 1 ? items[0] : { kind: "and", items };
}
