// Hostile inputs for `rasd ingest`, generated into a temp folder at run time
// (never committed as fixtures). Each case says which inputs it wrote, which
// articles must come out stored, and how many inputs must be reported as
// errors (and what such an error says). Shared by test/robustness and
// scripts/robustness.ts (docs/ROBUSTNESS.md).
import { mkdirSync, writeFileSync, openSync, writeSync, closeSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { loadActors } from "../../src/bench/actors.js";
import { generateArticle } from "../../src/bench/article.js";
import { MAX_ARTICLE_BYTES } from "../../src/ingest/records.js";

export interface CaseInputs {
  /** Files and folders handed to `rasd ingest`. */
  paths: string[];
  /** Inputs tried: files, or records of a JSON Lines file. */
  inputs: number;
  /** Ids that must be stored. */
  goodIds: string[];
  /** Inputs that must be reported as errors. */
  errors: number;
  /** Every reported error must match this (it names the file, and the line for JSON Lines). */
  errorPattern?: RegExp;
  /** Stored article texts that must hold (or must not hold) these strings, by id. */
  textHas?: Record<string, string[]>;
  textLacks?: Record<string, string[]>;
}

export interface HostileCase {
  name: string;
  description: string;
  make(dir: string): CaseInputs;
}

const actors = loadActors();

/** A realistic short wire report, deterministic per key (the bench generator's phrases). */
export function goodArticle(key: number, targetBytes = 600): { id: string; title: string; text: string } {
  const a = generateArticle(key, actors, { seed: 8, targetBytes });
  return { id: `good-${key}`, title: a.title, text: a.text };
}

function writeGood(dir: string, key: number, ext = "txt"): string {
  const a = goodArticle(key);
  const file = join(dir, `${a.id}.${ext}`);
  writeFileSync(file, ext === "json" ? JSON.stringify(a) : a.text);
  return a.id;
}

/** A deterministic byte stream (xorshift), so "random" binary files are the same every run. */
function bytes(n: number, seed: number): Buffer {
  const b = Buffer.alloc(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    b[i] = x & 0xff;
  }
  return b;
}

const folder = (dir: string, name: string) => {
  const d = join(dir, name);
  mkdirSync(d, { recursive: true });
  return d;
};

export const CASES: HostileCase[] = [
  {
    name: "empty and whitespace-only files",
    description: "0-byte .txt/.html/.json/.jsonl, whitespace-only .txt, a JSON Lines file of blank lines, a UTF-8 BOM alone, beside one good article",
    make(dir) {
      const d = folder(dir, "empty");
      writeFileSync(join(d, "zero.txt"), "");
      writeFileSync(join(d, "zero.html"), "");
      writeFileSync(join(d, "zero.json"), "");
      writeFileSync(join(d, "zero.jsonl"), "");
      writeFileSync(join(d, "blank.txt"), " \n\t\r\n  \u00A0\n");
      writeFileSync(join(d, "blank.jsonl"), "\n\n   \n");
      writeFileSync(join(d, "bom.txt"), Buffer.from([0xef, 0xbb, 0xbf]));
      const good = writeGood(d, 1);
      return { paths: [d], inputs: 8, goodIds: [good], errors: 7, errorPattern: /(zero|blank|bom)\.(txt|html|json|jsonl): (empty file|malformed JSON)/ };
    },
  },
  {
    name: "binary files",
    description: "random bytes, a PNG header, a gzip stream and an ELF header named .txt/.html/.json, and text with control characters, beside one good article",
    make(dir) {
      const d = folder(dir, "binary");
      writeFileSync(join(d, "random.txt"), bytes(4096, 7));
      writeFileSync(join(d, "image.html"), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), bytes(2000, 9)]));
      writeFileSync(join(d, "archive.txt"), Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), bytes(1000, 11)]));
      writeFileSync(join(d, "program.json"), Buffer.concat([Buffer.from("\x7fELF\x02\x01\x01", "latin1"), bytes(1000, 13)]));
      writeFileSync(join(d, "controls.txt"), "وزير الخارجية\x01\x02\x1b[31m يستقبل\x07");
      const good = writeGood(d, 2);
      return { paths: [d], inputs: 6, goodIds: [good], errors: 5, errorPattern: /(random|image|archive|program|controls)\.(txt|html|json): (binary file|undecodable|malformed JSON)/ };
    },
  },
  {
    name: "truncated UTF-8",
    description: "Arabic UTF-8 cut inside a 2-byte sequence at the end, a stray continuation byte in the middle, and a cut 3-byte sequence, beside one good article",
    make(dir) {
      const d = folder(dir, "truncated");
      const text = Buffer.from(goodArticle(3).text);
      writeFileSync(join(d, "cut-end.txt"), text.subarray(0, lastLeadByte(text) + 1));
      const at = lastLeadByte(text.subarray(0, text.length >> 1));
      writeFileSync(join(d, "stray-byte.txt"), Buffer.concat([text.subarray(0, at), Buffer.from([0x80]), text.subarray(at)]));
      writeFileSync(join(d, "cut-3byte.txt"), Buffer.concat([Buffer.from("بيان "), Buffer.from("€").subarray(0, 2)]));
      const good = writeGood(d, 4);
      return { paths: [d], inputs: 4, goodIds: [good], errors: 3, errorPattern: /(cut-end|stray-byte|cut-3byte)\.txt: undecodable/ };
    },
  },
  {
    name: "mixed encodings in one folder",
    description: "the same article as UTF-8, UTF-8 with BOM, UTF-16LE and UTF-16BE with BOM, Windows-1256 and ISO-8859-6 (Arabic letters only), CRLF line ends",
    make(dir) {
      const d = folder(dir, "encodings");
      // ISO-8859-6 has no Persian/extended letters or Arabic-Indic digits; keep to its repertoire.
      const text = "أعلنت وزارة الخارجية أن الوزير استقبل اليوم سفير دولة الكويت، وبحث الجانبان العلاقات الثنائية وسبل تعزيزها.\r\nوقال الوزير إن البلدين يعملان معا.";
      const variants: [string, Buffer][] = [
        ["utf8", Buffer.from(text)],
        ["utf8-bom", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
        ["utf16le", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf-16le")])],
        ["utf16be", Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, "utf-16be")])],
        ["cp1256", iconv.encode(text, "windows-1256")],
        ["iso8859-6", iconv.encode(text, "iso-8859-6")],
      ];
      for (const [name, buf] of variants) writeFileSync(join(d, `enc-${name}.txt`), buf);
      const expected = "استقبل اليوم سفير دولة الكويت";
      const ids = variants.map(([n]) => `enc-${n}`);
      return { paths: [d], inputs: variants.length, goodIds: ids, errors: 0, textHas: Object.fromEntries(ids.map((id) => [id, [expected]])) };
    },
  },
  {
    name: "50 MB single article",
    description: `a 50 MB .txt article, a 50 MB .html page and a 3 MB record in JSON Lines (limit: ${MAX_ARTICLE_BYTES} bytes per article), beside good articles`,
    make(dir) {
      const d = folder(dir, "huge");
      const para = Buffer.from(goodArticle(5, 4000).text.replace(/\n/g, " ") + "\n");
      for (const [name, head, tail] of [["huge.txt", "", ""], ["huge.html", "<html><body><p>", "</p></body></html>"]] as const) {
        const fd = openSync(join(d, name), "w");
        writeSync(fd, head);
        for (let n = 0; n < 50 * 1024 * 1024; n += para.length) writeSync(fd, para);
        writeSync(fd, tail);
        closeSync(fd);
      }
      const big = { id: "big-record", text: "و".repeat(1.5 * 1024 * 1024) };
      const ok = goodArticle(6);
      writeFileSync(join(d, "records.jsonl"), [JSON.stringify(ok), JSON.stringify(big)].join("\n") + "\n");
      const good = writeGood(d, 7);
      return { paths: [d], inputs: 4, goodIds: [ok.id, good], errors: 3, errorPattern: /huge\.(txt|html): article too large|records\.jsonl:2: article too large/ };
    },
  },
  {
    name: "HTML with scripts, iframes and deep nesting",
    description: "inline and external scripts, an iframe, event handlers, javascript: links, <style>, and 10,000 nested <div>s around the article",
    make(dir) {
      const d = folder(dir, "html");
      const a = goodArticle(8);
      const paras = a.text.split("\n").filter((l) => l.trim()).map((l) => `<p onclick="alert(1)">${l}</p>`).join("");
      const hostile =
        `<script>alert("x")</script><script src="https://evil.example/x.js"></script><iframe src="https://evil.example/frame"></iframe>` +
        `<style>body{display:none}</style><a href="javascript:alert(2)">رابط</a><img src=x onerror="alert(3)">`;
      writeFileSync(join(d, "scripts.html"), `<!doctype html><html><head><title>${a.title}</title>${hostile}</head><body><article>${paras}</article>${hostile}</body></html>`);
      writeFileSync(join(d, "nested.html"), `<html><body>${hostile}${"<div>".repeat(10_000)}${paras}${"</div>".repeat(10_000)}</body></html>`);
      writeFileSync(join(d, "unclosed.html"), `<html><body>${"<div><span><b>".repeat(3000)}${paras}`);
      const line = a.text.split("\n").find((l) => l.trim().length > 40)!.trim();
      const ids = ["scripts", "nested", "unclosed"];
      return {
        paths: [d],
        inputs: 3,
        goodIds: ids,
        errors: 0,
        textHas: Object.fromEntries(ids.map((id) => [id, [line]])),
        textLacks: Object.fromEntries(ids.map((id) => [id, ["alert", "evil.example", "<script", "display:none"]])),
      };
    },
  },
  {
    name: "Unicode edge cases",
    description: "bidi controls (U+202A–U+202E, U+2066–U+2069, LRM/RLM) and ZWJ/ZWNJ inside words, Arabic presentation forms (U+FB50–U+FEFF), text of diacritics only, a line of 1,048,576 characters (2 MiB of UTF-8, just at the limit) without spaces, lone surrogates and NUL in JSON escapes",
    make(dir) {
      const d = folder(dir, "unicode");
      const base = goodArticle(9).text;
      const bidi = base.replace(/ /g, (_m, i: number) => [" \u202B", "\u200F ", " \u2067", "\u2069 ", " \u202E", "\u202C ", "\u200D ", " \u200C", "\u200E "][i % 9]);
      writeFileSync(join(d, "bidi.txt"), bidi);
      const zw = base.replace(/([\u0621-\u064A])([\u0621-\u064A])/g, "$1\u200D$2");
      writeFileSync(join(d, "zwj.txt"), zw);
      let forms = "";
      for (let cp = 0xfb50; cp <= 0xfeff; cp++) forms += String.fromCodePoint(cp) + (cp % 7 === 0 ? " " : "");
      writeFileSync(join(d, "presentation.txt"), forms);
      writeFileSync(join(d, "diacritics.txt"), "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670 ".repeat(500));
      writeFileSync(join(d, "long-line.txt"), "سلام".repeat(256 * 1024));
      // JSON escapes reach text no file decoder would pass: lone surrogates, NUL, C1 controls.
      const records = [
        { id: "lone-surrogate", text: `${base.slice(0, 200)}\ud800 \udfff ${base.slice(200, 400)}` },
        { id: "nul-char", text: `${base.slice(0, 200)}\u0000${base.slice(200, 400)}` },
        { id: "c1-controls", text: `${base.slice(0, 200)}\u0085\u009b${base.slice(200, 400)}` },
      ];
      writeFileSync(join(d, "escapes.jsonl"), records.map((r) => JSON.stringify(r)).join("\n") + "\n");
      const ids = ["bidi", "zwj", "presentation", "diacritics", "long-line", ...records.map((r) => r.id)];
      return { paths: [d], inputs: ids.length, goodIds: ids, errors: 0 };
    },
  },
];

/** Index of the last UTF-8 byte before the final multi-byte sequence's lead byte, so cutting there leaves it incomplete. */
function lastLeadByte(b: Buffer): number {
  for (let i = b.length - 1; i >= 0; i--) if (b[i] >= 0xc0) return i;
  return b.length - 1;
}

/**
 * 100,000-line JSON Lines file: short generated articles with a bad line every 97 lines
 * (malformed JSON, truncated line, missing id, non-string text, empty text, an array, a
 * number) and blank lines, which are skipped.
 */
export function manyLines(dir: string, lines = 100_000): CaseInputs & { badLines: number[] } {
  const d = folder(dir, "many");
  const file = join(d, "wire.jsonl");
  const bad = [
    "{not json",
    '{"id": "cut", "text": "وزير الخارج',
    '{"text": "بلا معرف"}',
    '{"id": "num-text", "text": 42}',
    '{"id": "empty-text", "text": "   "}',
    "[1, 2, 3]",
    "17",
    '{"id": "", "text": "معرف فارغ"}',
  ];
  const out: string[] = [];
  const goodIds: string[] = [];
  const badLines: number[] = [];
  for (let n = 1; n <= lines; n++) {
    if (n % 97 === 0) {
      out.push(bad[(n / 97) % bad.length]);
      badLines.push(n);
    } else if (n % 101 === 0) out.push("");
    else {
      const id = `line-${n}`;
      // Short, varied sentences: the case is about the reader and the store, not long analyses.
      out.push(JSON.stringify({ id, text: `${SHORT[n % SHORT.length]} (${n})` }));
      goodIds.push(id);
    }
  }
  writeFileSync(file, out.join("\n") + "\n");
  return { paths: [file], inputs: lines - Math.floor(lines / 101) + Math.floor(lines / (97 * 101)), goodIds, errors: badLines.length, badLines, errorPattern: /wire\.jsonl:\d+: / };
}

// Written for these tests: short news-style sentences.
const SHORT = [
  "استقبل وزير الخارجية اليوم سفير دولة صديقة.",
  "بحث الجانبان العلاقات الثنائية وسبل تعزيزها.",
  "أجرى رئيس الوزراء اتصالا هاتفيا مع نظيره.",
  "وقع البلدان مذكرة تفاهم للتعاون في مجال الطاقة.",
  "وصل الوفد إلى العاصمة في زيارة رسمية تستغرق يومين.",
];
