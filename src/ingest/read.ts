// Input streaming: files, folders (recursive, sorted so runs are reproducible) and stdin ("-").
// An async generator, one article at a time, so a corpus is never held in memory whole; JSON
// Lines files are read line by line. Problems are yielded as values, never thrown, so one bad
// file does not stop the others.
import { isUtf8 } from "node:buffer";
import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import type { RawArticle } from "../types.js";
import { decodeBytes, validUtf8Text } from "./decode.js";
import { MAX_ARTICLE_BYTES, recordToRaw, sha256, textTooLarge, tooLarge, type IngestError } from "./records.js";

export type IngestItem = { ok: true; raw: RawArticle } | { ok: false; error: IngestError };

export type InputFormat = "text" | "html" | "json" | "jsonl";

const BY_EXTENSION: Record<string, InputFormat> = {
  ".txt": "text",
  ".text": "text",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".json": "json",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
};

/** Format of a path by its extension; a file named explicitly with another extension is read as text. */
export function formatOf(path: string): InputFormat | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

const fail = (source: string, message: string, line?: number): IngestItem => ({
  ok: false,
  error: line === undefined ? { source, message } : { source, line, message },
});

function idOf(path: string): string {
  return basename(path, extname(path));
}

/** Every article file under a folder, depth first, names sorted by code point; hidden entries skipped. */
async function* walk(dir: string): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith("."));
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile() && formatOf(p)) yield p;
  }
}

function* fromText(text: string, format: InputFormat, source: string, id: string, rawHash: string, max: number): Generator<IngestItem> {
  if (text.trim() === "") return yield fail(source, "empty file");
  if (format === "html" || format === "text") {
    const big = textTooLarge(text, max);
    if (big) return yield fail(source, big);
  }
  if (format === "html") return yield { ok: true, raw: { id, source, rawHash, html: text } };
  if (format === "text") return yield { ok: true, raw: { id, source, rawHash, text } };
  if (format === "jsonl") {
    let n = 0;
    for (const line of text.split(/\r?\n/)) yield* jsonLine(line, ++n, source, max);
    return;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    return yield fail(source, `malformed JSON: ${(err as Error).message}`);
  }
  const records = Array.isArray(parsed) ? parsed : [parsed];
  if (records.length === 0) return yield fail(source, "no articles (empty JSON array)");
  for (const [i, rec] of records.entries()) {
    const at = Array.isArray(parsed) ? { source, index: i } : { source };
    const r = recordToRaw(rec, at, JSON.stringify(rec), max);
    yield "rawHash" in r ? { ok: true, raw: r } : { ok: false, error: r };
  }
}

/** One line of a JSON Lines file; `bytes`, when given, are the line as read, valid UTF-8 (hashed as they are when they are the record's text). */
function* jsonLine(line: string, n: number, source: string, max: number, bytes?: Uint8Array): Generator<IngestItem> {
  const body = (n === 1 ? line.replace(/^\uFEFF/, "") : line).trim();
  if (body === "") return;
  // JSON escapes (\uXXXX) take up to 3x the UTF-8 bytes of Arabic text: beyond 4x the record cannot fit.
  if (body.length > 4 * max) return yield fail(source, `line too long: ${body.length} characters; an article may have at most ${max} bytes of text`, n);
  let rec: unknown;
  try {
    rec = JSON.parse(body);
  } catch (err) {
    return yield fail(source, `malformed JSON line: ${(err as Error).message}`, n);
  }
  // The bytes are the UTF-8 of `body` when nothing was trimmed (being valid UTF-8, nothing was replaced).
  const same = bytes !== undefined && body.length === line.length;
  const r = recordToRaw(rec, { source, line: n }, same ? bytes : body, max);
  yield "rawHash" in r ? { ok: true, raw: r } : { ok: false, error: r };
}

async function* jsonLinesFile(path: string, max: number): AsyncGenerator<IngestItem> {
  let n = 0;
  let any = false;
  for await (const bytes of fileLines(path)) {
    n++;
    const valid = isUtf8(bytes);
    const line = valid ? validUtf8Text(bytes) : bytes.toString("utf8");
    if (line.trim() !== "") any = true;
    yield* jsonLine(line, n, path, max, valid ? bytes : undefined);
  }
  if (!any) yield fail(path, "empty file");
}

/**
 * The lines of a file as bytes, split where readline splits text (\n, \r\n, a lone \r), read in
 * large chunks and decoded one line at a time by the caller: a record's bytes can then be hashed
 * as they are, without encoding its text back to UTF-8.
 */
export async function* fileLines(path: string, chunkBytes = 1 << 20): AsyncGenerator<Buffer> {
  let carry: Buffer[] = []; // the start of a line that goes on in the next chunk
  let afterCr = false; // the last chunk ended with \r: a \n opening this one belongs to it
  for await (const chunk of createReadStream(path, { highWaterMark: chunkBytes }) as AsyncIterable<Buffer>) {
    let from = afterCr && chunk[0] === 0x0a ? 1 : 0;
    afterCr = false;
    let cr = chunk.indexOf(0x0d, from);
    while (from < chunk.length) {
      const nl = chunk.indexOf(0x0a, from);
      if (cr >= 0 && cr < from) cr = chunk.indexOf(0x0d, from);
      const end = cr >= 0 && (nl < 0 || cr < nl) ? cr : nl;
      if (end < 0) break;
      let line = chunk.subarray(from, end);
      if (carry.length > 0) {
        line = Buffer.concat([...carry, line]);
        carry = [];
      }
      yield line;
      from = end + 1;
      if (end === cr) {
        if (from === chunk.length) afterCr = true;
        else if (chunk[from] === 0x0a) from++;
      }
    }
    if (from < chunk.length) carry.push(chunk.subarray(from));
  }
  if (carry.length > 0) yield Buffer.concat(carry);
}

async function* fromFile(path: string, format: InputFormat, max: number): AsyncGenerator<IngestItem> {
  if (format === "jsonl") return yield* jsonLinesFile(path, max);
  // One article per text or HTML file: refuse an oversized one before reading it.
  if (format !== "json") {
    const big = tooLarge((await stat(path)).size, max);
    if (big) return yield fail(path, big);
  }
  const bytes = await readFile(path);
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return yield fail(path, decoded.message);
  yield* fromText(decoded.text, format, path, idOf(path), sha256(bytes), max);
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === "string" ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

/** What stdin holds, judged by its first character: markup, JSON (one document or lines), or text. */
function sniff(text: string): InputFormat {
  const t = text.trimStart();
  if (t.startsWith("<")) return "html";
  if (t.startsWith("[")) return "json";
  if (t.startsWith("{")) {
    try {
      JSON.parse(t);
      return "json";
    } catch {
      return "jsonl";
    }
  }
  return "text";
}

async function* fromStdin(stdin: NodeJS.ReadableStream, max: number): AsyncGenerator<IngestItem> {
  const bytes = await readAll(stdin);
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return yield fail("stdin", decoded.message === "empty file" ? "empty input" : decoded.message);
  yield* fromText(decoded.text, sniff(decoded.text), "stdin", "stdin", sha256(bytes), max);
}

/**
 * Inside a folder, a .json file that is neither an array nor an object with "id", "text" or "html"
 * is some other document (a gold file, a manifest): it is passed over, not reported as a bad article.
 * Named explicitly, the same file is read and its problem reported.
 */
async function looksLikeArticles(path: string): Promise<boolean> {
  try {
    const parsed: unknown = JSON.parse((await readFile(path, "utf8")).replace(/^\uFEFF/, ""));
    if (Array.isArray(parsed)) return true;
    return !!parsed && typeof parsed === "object" && ["id", "text", "html"].some((k) => k in parsed);
  } catch {
    return true; // malformed: let the reader report it
  }
}

export interface ReadOptions {
  /** Stream read for "-" (defaults to process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** Largest article in bytes of text or HTML (default MAX_ARTICLE_BYTES); a bigger one is an error. */
  maxArticleBytes?: number;
}

/** Articles (and errors) from every path in order: files, folders, "-" for stdin. */
export async function* readInputs(paths: readonly string[], opts: ReadOptions = {}): AsyncGenerator<IngestItem> {
  const max = opts.maxArticleBytes ?? MAX_ARTICLE_BYTES;
  for (const path of paths) {
    if (path === "-") {
      yield* fromStdin(opts.stdin ?? process.stdin, max);
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      yield fail(path, code === "ENOENT" ? "no such file or folder" : `cannot read: ${(err as Error).message}`);
      continue;
    }
    try {
      if (info.isDirectory()) {
        let count = 0;
        for await (const file of walk(path)) {
          if (formatOf(file) === "json" && !(await looksLikeArticles(file))) continue;
          count++;
          yield* fromFile(file, formatOf(file) ?? "text", max);
        }
        if (count === 0) yield fail(path, "folder has no articles (.txt, .html, .htm, .json, .jsonl)");
      } else {
        yield* fromFile(path, formatOf(path) ?? "text", max);
      }
    } catch (err) {
      yield fail(path, `cannot read: ${(err as Error).message}`);
    }
  }
}
