// JSON article records ({"id", "text" | "html", "url"?, "title"?, "outlet"?, "published"?}) → RawArticle.
// A record that breaks the format becomes an error value naming the file, line and field.
import { createHash } from "node:crypto";
import type { RawArticle } from "../types.js";
import { wellFormed } from "./decode.js";

export interface IngestError {
  /** The file path, "stdin", or the folder. */
  source: string;
  /** 1-based line of a JSON Lines file. */
  line?: number;
  /** 0-based index of a record in a JSON array. */
  index?: number;
  message: string;
}

export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** "file:12: message" / "file[3]: message" / "file: message". */
export function formatIngestError(e: IngestError): string {
  const where = e.line !== undefined ? `${e.source}:${e.line}` : e.index !== undefined ? `${e.source}[${e.index}]` : e.source;
  return `${where}: ${e.message}`;
}

const OPTIONAL = ["url", "title", "outlet", "published"] as const;

/**
 * Largest article accepted, in bytes of its text or HTML (UTF-8). A wire report is a few KB and a
 * full news page rarely 1 MB; analysis time grows with length, so a bigger input is refused with
 * this stated limit instead of tying up a worker for minutes.
 */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** The error message for an article over the limit, or null. */
export function tooLarge(bytes: number, max: number = MAX_ARTICLE_BYTES): string | null {
  if (bytes <= max) return null;
  const mib = (n: number) => (n / 1024 / 1024).toFixed(n % (1024 * 1024) === 0 ? 0 : 1);
  return `article too large: ${bytes} bytes, over the limit of ${max} bytes (${mib(max)} MiB) per article`;
}

/** tooLarge for a text by its UTF-8 length, counted only when it could matter (a UTF-16 unit takes at most 3 bytes). */
export function textTooLarge(text: string, max: number = MAX_ARTICLE_BYTES): string | null {
  return 3 * text.length <= max ? null : tooLarge(Buffer.byteLength(text), max);
}

function kindOf(v: unknown): string {
  return v === null ? "null" : Array.isArray(v) ? "an array" : typeof v;
}

export interface RecordPlace {
  source: string;
  line?: number;
  index?: number;
}

/** Validates one parsed record; `raw` is what its hash is taken over (the line as written, or the record; as text or as its UTF-8 bytes). */
export function recordToRaw(rec: unknown, at: RecordPlace, raw: string | Uint8Array, maxBytes: number = MAX_ARTICLE_BYTES): RawArticle | IngestError {
  const fail = (message: string): IngestError => ({ ...at, message });
  if (!rec || typeof rec !== "object" || Array.isArray(rec)) return fail(`expected an article object, got ${kindOf(rec)}`);
  const o = rec as Record<string, unknown>;
  let id: string;
  if (typeof o.id === "string" && wellFormed(o.id).trim() !== "") id = wellFormed(o.id).trim();
  else if (typeof o.id === "number" && Number.isFinite(o.id)) id = String(o.id);
  else return fail(o.id === undefined ? 'missing field "id"' : `field "id" must be a non-empty string, got ${kindOf(o.id)}`);
  // JSON escapes can carry what no decoded file can: lone surrogates, NUL.
  const text = typeof o.text === "string" ? wellFormed(o.text) : o.text;
  const html = typeof o.html === "string" ? wellFormed(o.html) : o.html;
  for (const [name, v] of [["text", text], ["html", html]] as const) {
    if (v !== undefined && v !== null && typeof v !== "string") return fail(`field "${name}" must be a string, got ${kindOf(v)}`);
  }
  const hasText = typeof text === "string" && text.trim() !== "";
  const hasHtml = typeof html === "string" && html.trim() !== "";
  if (!hasText && !hasHtml) {
    return fail(text === undefined && html === undefined ? 'missing field "text" (or "html")' : 'field "text" (or "html") is empty');
  }
  const big = textTooLarge((hasText ? text : html) as string, maxBytes);
  if (big) return fail(big);
  const out: RawArticle = {
    id,
    source: at.line !== undefined ? `${at.source}:${at.line}` : at.index !== undefined ? `${at.source}[${at.index}]` : at.source,
    rawHash: sha256(raw),
  };
  if (hasText) out.text = text as string;
  else out.html = html as string;
  for (const name of OPTIONAL) {
    const v = o[name];
    if (v === undefined || v === null) continue;
    if (typeof v !== "string") return fail(`field "${name}" must be a string, got ${kindOf(v)}`);
    out[name] = wellFormed(v);
  }
  return out;
}
