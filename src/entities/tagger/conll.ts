// CoNLL-style reading and conlleval-style writing and scoring.

export interface TaggedSentence {
  words: string[];
  /** Tags as written in the source (e.g. "B-PERS"); scoring maps them with canonicalLabel. */
  tags: string[];
}

/**
 * Reads CoNLL-style text: one token per line, the tag in the last whitespace-separated column
 * (the token in the first), blank line between sentences. Throws naming the line on a malformed one.
 */
export function readConll(text: string, source = "input"): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  let cur: TaggedSentence = { words: [], tags: [] };
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  for (let ln = 0; ln < lines.length; ln++) {
    const line = lines[ln].replace(/[\u200E\u200F]/g, "").trim();
    if (line === "" || line.startsWith("-DOCSTART-")) {
      if (cur.words.length) out.push(cur);
      cur = { words: [], tags: [] };
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols.length < 2) throw new Error(`${source}:${ln + 1}: expected "token … TAG", got ${JSON.stringify(line)}`);
    const tag = cols[cols.length - 1];
    if (!/^(O|[BI]-\S+)$/.test(tag)) throw new Error(`${source}:${ln + 1}: last column ${JSON.stringify(tag)} is not a BIO tag`);
    cur.words.push(cols[0]);
    cur.tags.push(tag);
  }
  if (cur.words.length) out.push(cur);
  return out;
}

/** conlleval input: "token gold predicted" per line, blank line between sentences. */
export function writeConlleval(sentences: ReadonlyArray<{ words: readonly string[]; gold: readonly string[]; pred: readonly string[] }>): string {
  const parts: string[] = [];
  for (const s of sentences) {
    for (let i = 0; i < s.words.length; i++) parts.push(`${s.words[i]} ${s.gold[i]} ${s.pred[i]}\n`);
    parts.push("\n");
  }
  return parts.join("");
}
