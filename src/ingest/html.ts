// HTML → main text and metadata. Readability (Firefox's reader view) finds the article body
// over a linkedom DOM; metadata (title, publication time, site name, canonical URL) is read
// first because Readability rewrites the document it parses.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { parseDateValue } from "../text/dates.js";
import { outletByName, outletByTag } from "./outlets.js";

export interface HtmlExtract {
  /** Main content as plain text, paragraphs separated by blank lines; the title first. */
  text: string;
  title: string | null;
  /** ISO date from article:published_time, JSON-LD datePublished, <time datetime> …, or null. */
  published: string | null;
  siteName: string | null;
  url: string | null;
  /** The byline Readability took out of the content ("كتب - …", "CGTN العربية | 2026-01-11 09:12"), or null. */
  byline: string | null;
  /**
   * The page's lines between the title and the body's first line that the main content leaves
   * out, where pages print a publication stamp ("الأربعاء 14 أبريل 2021 - 03:10 م"). Metadata
   * only: never article text.
   */
  furniture: string[];
  /** The page's last lines after the body's end (a footer's copyright names the site). */
  footer: string[];
}

// Minimal structural view of the linkedom DOM this file uses (the DOM lib is not in tsconfig).
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}
interface DomDocument {
  querySelector(sel: string): DomNode | null;
  querySelectorAll(sel: string): ArrayLike<DomNode>;
  body: DomNode | null;
}

const BLOCK = new Set([
  "P", "DIV", "SECTION", "ARTICLE", "MAIN", "HEADER", "FOOTER", "BLOCKQUOTE", "PRE", "UL", "OL", "LI",
  "TABLE", "TR", "H1", "H2", "H3", "H4", "H5", "H6", "FIGURE", "DL", "DT", "DD", "HR",
]);
// Never article text: scripts, navigation, forms, embedded media, and photo captions.
const SKIP = new Set([
  "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "NAV", "ASIDE", "FORM", "BUTTON", "SELECT", "IFRAME", "SVG",
  "FIGCAPTION", "VIDEO", "AUDIO", "IMG", "PICTURE",
]);

function attr(doc: DomDocument, selectors: string[], name = "content"): string | null {
  for (const sel of selectors) {
    const v = doc.querySelector(sel)?.getAttribute?.(name)?.trim();
    if (v) return v;
  }
  return null;
}

function metaSelectors(keys: string[]): string[] {
  return keys.flatMap((k) => [`meta[property="${k}"]`, `meta[name="${k}"]`, `meta[itemprop="${k}"]`]);
}

/** datePublished / publisher.name from JSON-LD blocks (NewsArticle and friends, possibly in @graph). */
function jsonLd(doc: DomDocument): { published: string | null; publisher: string | null } {
  const out = { published: null as string | null, publisher: null as string | null };
  const scripts = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'));
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!v || typeof v !== "object") return;
    const o = v as Record<string, unknown>;
    if (!out.published && typeof o.datePublished === "string") out.published = o.datePublished;
    const pub = o.publisher as Record<string, unknown> | undefined;
    if (!out.publisher && pub && typeof pub.name === "string") out.publisher = pub.name;
    if (o["@graph"]) visit(o["@graph"]);
  };
  for (const s of scripts) {
    try {
      visit(JSON.parse(s.textContent ?? ""));
    } catch {
      // a broken JSON-LD block is common on news sites; the other sources still count
    }
  }
  return out;
}

function squash(s: string | null | undefined): string | null {
  const t = (s ?? "").replace(/\s+/g, " ").trim();
  return t === "" ? null : t;
}

/** At most this many words in a menu's link: section names, not headlines of other articles. */
const MENU_WORDS = 4;

/**
 * A list of three or more items that are each one short link and nothing else: a site's menu
 * or footer links ("محليات", "عربي ودولي", "اتصل بنا"), never article text. (Lists of other
 * articles' headlines are longer; the cleaner drops them under their "اقرأ أيضا" head.)
 */
function isLinkMenu(list: DomNode): boolean {
  let items = 0;
  for (const li of Array.from(list.childNodes)) {
    if (li.nodeType === 3 && (li.textContent ?? "").trim() === "") continue;
    if (li.nodeType !== 1 || li.nodeName.toUpperCase() !== "LI") return false;
    const parts = Array.from(li.childNodes).filter((c) => !(c.nodeType === 3 && (c.textContent ?? "").trim() === ""));
    if (parts.length !== 1 || parts[0].nodeName.toUpperCase() !== "A") return false;
    const words = (parts[0].textContent ?? "").trim().split(/\s+/).filter(Boolean).length;
    if (words === 0 || words > MENU_WORDS) return false;
    items++;
  }
  return items >= 3;
}

/** Block-aware text of a DOM subtree: blocks become paragraphs, <br> a line break. */
export function blockText(root: DomNode): string {
  const parts: string[] = [];
  // An explicit stack, not recursion: hostile pages nest thousands of elements deep.
  const stack: (DomNode | "\n\n")[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n === "\n\n") {
      parts.push(n);
      continue;
    }
    if (n.nodeType === 3) {
      parts.push((n.textContent ?? "").replace(/\s+/g, " "));
      continue;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) continue;
    const tag = n.nodeName.toUpperCase();
    if (SKIP.has(tag) || ((tag === "UL" || tag === "OL") && isLinkMenu(n))) continue;
    if (tag === "BR") {
      parts.push("\n");
      continue;
    }
    const block = BLOCK.has(tag);
    if (block) {
      parts.push("\n\n");
      stack.push("\n\n");
    }
    const children = Array.from(n.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return parts
    .join("")
    .split("\n")
    .map((l) => l.replace(/[ \t\u00A0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * Deeper than this, a page is not left to Readability: its work grows with nodes times depth
 * (1,000 nested divs: 18 s) and it recurses (10,000 overflow the stack). Real pages nest a few dozen deep.
 */
const READABILITY_MAX_DEPTH = 150;

function deeperThan(root: DomNode, max: number): boolean {
  const stack: [DomNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [n, d] = stack.pop()!;
    if (d > max) return true;
    for (const c of Array.from(n.childNodes)) if (c.nodeType === 1) stack.push([c, d + 1]);
  }
  return false;
}

/** Readability's article (null when it finds none), or "unusable" for a page too deep for it. */
function readable(document: DomDocument, tooDeep: boolean): ReturnType<Readability["parse"]> | "unusable" {
  if (tooDeep) return "unusable";
  try {
    return new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 100 }).parse();
  } catch (err) {
    if (err instanceof RangeError) return "unusable"; // stack overflow: a fresh parse is read instead
    throw err;
  }
}

export function extractHtml(html: string): HtmlExtract {
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  const ld = jsonLd(document);
  const publishedRaw =
    attr(document, metaSelectors(["article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate", "publish-date", "date", "DC.date.issued", "dcterms.created", "parsely-pub-date", "sailthru.date"])) ??
    ld.published ??
    attr(document, ["article time[datetime]", "time[pubdate]"], "datetime") ??
    // A lone <time> is the article's; with several, some belong to other stories on the page.
    (document.querySelectorAll("time[datetime]").length === 1 ? attr(document, ["time[datetime]"], "datetime") : null);
  const h1s = Array.from(document.querySelectorAll("h1"));
  const stated = squash(attr(document, metaSelectors(["og:title", "twitter:title"]))) ?? (h1s.length === 1 ? squash(h1s[0].textContent) : null);
  const titleTag = squash(document.querySelector("title")?.textContent);
  const title = stated ?? titleTag;
  const siteName = squash(attr(document, metaSelectors(["og:site_name", "application-name"])) ?? ld.publisher);
  const url = attr(document, ['link[rel="canonical"]'], "href") ?? attr(document, metaSelectors(["og:url"]));

  // The page as a reader sees it, read before Readability rewrites the document: its non-blank lines, trimmed.
  const tooDeep = document.body != null && deeperThan(document.body, READABILITY_MAX_DEPTH);
  const page = document.body && !tooDeep ? pageLines(blockText(document.body)) : [];
  const parsed = readable(document, tooDeep);
  const article = parsed === "unusable" ? null : parsed;
  let body = "";
  if (article?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`) as unknown as {
      document: DomDocument;
    };
    if (content.body) body = blockText(content.body);
  }
  if (parsed === "unusable") {
    // Readability may have failed half-way through rewriting the DOM: read the page from a fresh parse.
    const fresh = (parseHTML(html) as unknown as { document: DomDocument }).document;
    if (fresh.body) body = blockText(fresh.body);
  } else if (body === "" && document.body) body = blockText(document.body);
  // A <title> is often "headline | site": the part the page prints as a heading is the headline.
  const finalTitle = (stated ? title : headlinePart(titleTag, page)) ?? squash(article?.title);
  if (finalTitle && !body.startsWith(finalTitle)) body = body === "" ? finalTitle : `${finalTitle}\n\n${body}`;
  const byline = squash(article?.byline);
  const furniture = linesAboveBody(page, body, [finalTitle, ...h1s.map((h) => squash(h.textContent))]);
  const footer = linesBelowBody(page, body);
  return {
    text: body,
    title: finalTitle,
    published: publishedRaw ? parseDateValue(publishedRaw) : null,
    siteName: siteName ?? titleSite(titleTag),
    url,
    byline,
    furniture,
    footer,
  };
}

/** The non-blank lines of a page's text, trimmed. */
function pageLines(text: string): string[] {
  return text.split("\n").map((l) => l.trim()).filter((l) => l !== "");
}

/** The part of a "headline - site" <title> that stands as a line of the page, else the whole <title>. */
function headlinePart(titleTag: string | null, page: string[]): string | null {
  if (!titleTag) return null;
  const parts = titleTag.split(/\s+[-–—|]\s+/);
  if (parts.length < 2 || page.length === 0) return titleTag;
  const lines = new Set(page);
  return parts.find((p) => p.split(" ").length >= 3 && lines.has(p)) ?? titleTag;
}

/** At most this many lines stand between a title and its body (byline, stamp, deck, share bar). */
const MAX_ABOVE_BODY = 6;

/**
 * The page's lines after the title and before the body's first line, where both are found
 * (the title as `titles` give it, the body as the main content's first line after its title).
 */
function linesAboveBody(page: string[], body: string, titles: (string | null)[]): string[] {
  const known = new Set(titles.filter((t): t is string => !!t));
  const at = page.findIndex((l) => known.has(l));
  const first = body.split("\n").map((l) => l.trim()).find((l) => l !== "" && !known.has(l));
  if (at < 0 || !first) return [];
  const end = page.indexOf(first, at + 1);
  return end > at && end - at - 1 <= MAX_ABOVE_BODY ? page.slice(at + 1, end) : [];
}

/** At most this many of the page's last lines are read as its footer. */
const MAX_FOOTER = 8;

/** The page's lines after the body's last line, up to MAX_FOOTER of the last ones. */
function linesBelowBody(page: string[], body: string): string[] {
  const last = body.trimEnd().split("\n").pop()?.trim();
  if (!last) return [];
  const end = page.lastIndexOf(last);
  return end < 0 ? [] : page.slice(Math.max(end + 1, page.length - MAX_FOOTER));
}

/**
 * The site a page's <title> names after its headline: "الخبر - وكالة أنباء الإمارات",
 * "الخبر | TRT عربي". Only a known outlet's name counts (a headline may hold a dash too).
 */
function titleSite(t: string | null): string | null {
  if (!t) return null;
  const parts = t.split(/\s+[-–—|:]{1,2}\s+/);
  if (parts.length < 2) return null;
  // Last, or first before a bar ("سكاي نيوز عربية | الخبر"): a headline's own first words ("رويترز - …") name a source, not the site.
  const candidates = /^[^|]+\s\|\s/.test(t) ? [parts[parts.length - 1], parts[0]] : [parts[parts.length - 1]];
  for (const p of candidates) {
    const o = outletByName(p, { ambiguous: true }) ?? outletByTag(p);
    if (o) return p;
  }
  return null;
}
