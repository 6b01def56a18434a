// RawArticle → Article: main-content extraction for HTML, boilerplate cleaning, metadata.
// Pure: the same raw input and options always give the same Article.
import type { Article, RawArticle } from "../types.js";
import { classifyLine, cleanText, looseStamp, type DroppedLine } from "./clean.js";
import { extractHtml } from "./html.js";
import { extractMetadata } from "./metadata.js";
import { canonicalOutlet } from "./outlets.js";
import { parseDateValue } from "../text/dates.js";

/** Metadata the user supplies (--published, --outlet) for articles that do not state it themselves. */
export interface ArticleOptions {
  /** ISO date (YYYY-MM-DD), used when the article states no publication date. */
  published?: string | null;
  /** Outlet name (any known spelling, or free text), used when no outlet is found in the article. */
  outlet?: string | null;
}

export function toArticle(raw: RawArticle, opts: ArticleOptions = {}): Article {
  const html = raw.html != null && raw.html !== "" ? extractHtml(raw.html) : null;
  const body = html ? html.text : (raw.text ?? "");
  const cleaned = cleanText(body);
  // A page's byline and stamp lines, left out of the body, still say who published it and when.
  // (line -1: they are no line of the body's input.) A byline counts as a credit whatever it holds.
  const furniture: DroppedLine[] = [];
  if (html?.byline) furniture.push({ text: html.byline, kind: "credit", line: -1, keptBefore: 0 });
  for (const line of html?.furniture ?? []) {
    // A meta row printing the byline and the stamp together ("هسبريس - و.م.ع الثلاثاء 2 يوليوز 2024 - 14:20"):
    // the byline is already read, the stamp is the rest.
    const rest = html?.byline && line.length > html.byline.length && line.startsWith(html.byline) ? line.slice(html.byline.length).trim() : "";
    const text = rest || line;
    const kind = classifyLine(text) ?? (looseStamp(text) ? "timestamp" : null);
    if (kind === "timestamp" || kind === "credit" || kind === "site") furniture.push({ text, kind, line: -1, keptBefore: 0 });
  }
  // The footer's copyright, after everything the body's own lines say.
  const footer: DroppedLine[] = [];
  for (const text of html?.footer ?? []) {
    if (classifyLine(text) === "copyright") footer.push({ text, kind: "copyright", line: -1, keptBefore: Number.MAX_SAFE_INTEGER });
  }
  const url = raw.url ?? html?.url ?? null;
  const meta = extractMetadata({
    text: cleaned.text,
    dropped: furniture.length + footer.length > 0 ? [...furniture, ...cleaned.dropped, ...footer] : cleaned.dropped,
    title: raw.title ?? html?.title ?? null,
    outlet: raw.outlet ?? null,
    published: raw.published ?? html?.published ?? null,
    url,
    siteName: html?.siteName ?? null,
  });
  return {
    id: raw.id,
    source: raw.source,
    rawHash: raw.rawHash,
    text: cleaned.text,
    title: meta.title,
    outlet: meta.outlet ?? (opts.outlet ? canonicalOutlet(opts.outlet) : null),
    published: meta.published ?? (opts.published ? parseDateValue(opts.published) : null),
    dateline: meta.dateline,
    url,
    ...(meta.credited.length ? { credited: meta.credited } : {}),
  };
}
