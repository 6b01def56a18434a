import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { decodeBytes, validUtf8Text, wellFormed } from "../../src/ingest/decode.js";

const ARTICLE = "القاهرة 5 مارس (أ ش أ) - استقبل وزير الخارجية المصري اليوم نظيره الأردني وبحثا العلاقات الثنائية والأوضاع في المنطقة.";

describe("validUtf8Text", () => {
  it("decodes valid UTF-8 exactly as Buffer#toString and TextDecoder do", () => {
    const texts = ["", "abc", ARTICLE, "\uFEFF{\"id\":1}", "a😀b ١٩٫٨ \u200C\uFFFF\uFFFE", "\u0000x\r\n", "ﻻ".repeat(70_000)];
    for (const t of texts) {
      const bytes = Buffer.from(t, "utf8");
      expect(validUtf8Text(bytes)).toBe(bytes.toString("utf8"));
      expect(validUtf8Text(bytes)).toBe(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes));
      // A line is a view into a larger chunk.
      const inChunk = Buffer.concat([Buffer.from("{}\n"), bytes, Buffer.from("\n")]).subarray(3, 3 + bytes.length);
      expect(validUtf8Text(inChunk)).toBe(t);
    }
  });
});

describe("decodeBytes", () => {
  it("reads UTF-8 with and without a BOM", () => {
    const plain = Buffer.from(ARTICLE, "utf8");
    expect(decodeBytes(plain)).toEqual({ ok: true, text: ARTICLE, encoding: "utf-8" });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]);
    expect(decodeBytes(bom)).toEqual({ ok: true, text: ARTICLE, encoding: "utf-8" });
  });

  it("reads UTF-16 with either byte-order mark", () => {
    const le = iconv.encode(ARTICLE, "utf-16le", { addBOM: true });
    expect(decodeBytes(le)).toMatchObject({ ok: true, text: ARTICLE, encoding: "utf-16le" });
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(ARTICLE, "utf-16be")]);
    expect(decodeBytes(be)).toMatchObject({ ok: true, text: ARTICLE, encoding: "utf-16be" });
  });

  it("detects Windows-1256 and ISO-8859-6", () => {
    expect(decodeBytes(iconv.encode(ARTICLE, "windows-1256"))).toMatchObject({ ok: true, text: ARTICLE, encoding: "windows-1256" });
    // ISO-8859-6 has no Arabic-Indic digits or guillemets; a plain sentence is what it can carry.
    const iso = "استقبل وزير الخارجية نظيره الأردني وبحثا العلاقات الثنائية.";
    expect(decodeBytes(iconv.encode(iso, "iso-8859-6"))).toMatchObject({ ok: true, text: iso, encoding: "iso-8859-6" });
  });

  it("detects Windows-1256 in an HTML page full of ASCII markup", () => {
    const html = `<!doctype html><html><head><meta charset="windows-1256"><title>Page</title><script>var tracker = "analytics code that is long and only ASCII"; function f(){ return 1 }</script></head><body><p>${ARTICLE}</p></body></html>`;
    expect(decodeBytes(iconv.encode(html, "windows-1256"))).toMatchObject({ ok: true, text: html, encoding: "windows-1256" });
  });

  it("does not pass Latin text in a Latin code page off as Arabic", () => {
    const latin1 = iconv.encode("Le ministre a reçu son homologue à l'Élysée, a précisé la présidence.", "latin1");
    expect(decodeBytes(latin1)).toMatchObject({ ok: false, message: expect.stringMatching(/undecodable/) });
  });

  it("never takes valid UTF-8 for a legacy code page", () => {
    // Short Arabic UTF-8 is also a valid byte string in Windows-1256; UTF-8 must win.
    for (const s of ["قال", "مصر", "ok", "الأردن 2024"]) {
      expect(decodeBytes(Buffer.from(s, "utf8"))).toMatchObject({ ok: true, text: s, encoding: "utf-8" });
    }
  });

  it("rejects empty, binary and undecodable input with a reason", () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ ok: false, message: "empty file" });
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(decodeBytes(png)).toMatchObject({ ok: false, message: expect.stringMatching(/binary/) });
    const noise = Uint8Array.from({ length: 200 }, (_, i) => 0x80 + ((i * 37) % 0x7f) || 1).map((b, i) => (i % 9 === 0 ? 0x05 : b));
    expect(decodeBytes(noise)).toMatchObject({ ok: false });
    const badBom = Uint8Array.from([0xef, 0xbb, 0xbf, 0xc3, 0x28]);
    expect(decodeBytes(badBom)).toMatchObject({ ok: false, message: expect.stringMatching(/undecodable/) });
  });
});

describe("wellFormed", () => {
  it("mends lone surrogates and drops controls, and leaves other text as it is", () => {
    expect(wellFormed(ARTICLE)).toBe(ARTICLE);
    expect(wellFormed("a\tb\nc\u000bd\u000ce\rf")).toBe("a\tb\nc\u000bd\u000ce\rf");
    expect(wellFormed("a\u0000b\u0007c\u001bd\u007fe")).toBe("abcde");
    expect(wellFormed("x\ud800y\udfffz")).toBe("x\ufffdy\ufffdz");
    expect(wellFormed("😀 \ud83d\ude00")).toBe("😀 \ud83d\ude00");
    expect(wellFormed("😀\u0001\ud83d")).toBe("😀\ufffd");
  });
});
