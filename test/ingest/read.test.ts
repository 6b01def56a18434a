import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReadStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { createHash } from "node:crypto";
import iconv from "iconv-lite";
import { fileLines, readInputs, type IngestItem } from "../../src/ingest/read.js";
import { formatIngestError } from "../../src/ingest/records.js";

const BODY = "الرباط 2 مايو 2022 (ومع) - أجرى وزير الخارجية مباحثات مع نظيره الموريتاني تناولت التعاون الثنائي والأوضاع في منطقة الساحل.";
let dir: string;

async function collect(paths: string[], stdin?: Readable): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of readInputs(paths, { stdin })) out.push(item);
  return out;
}
const ok = (items: IngestItem[]) => items.flatMap((i) => (i.ok ? [i.raw] : []));
const errors = (items: IngestItem[]) => items.flatMap((i) => (i.ok ? [] : [formatIngestError(i.error)]));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "rasd-ingest-"));
  mkdirSync(join(dir, "corpus", "b-sub"), { recursive: true });
  writeFileSync(join(dir, "corpus", "c.txt"), BODY);
  writeFileSync(join(dir, "corpus", "a.html"), `<html><body><article><p>${BODY}</p></article></body></html>`);
  writeFileSync(join(dir, "corpus", "b-sub", "d1256.txt"), iconv.encode(BODY, "windows-1256"));
  writeFileSync(join(dir, "corpus", "b-sub", "e8859.txt"), iconv.encode("أجرى الوزير مباحثات مع نظيره.", "iso-8859-6"));
  writeFileSync(join(dir, "corpus", "b-sub", "f16.txt"), iconv.encode(BODY, "utf-16le", { addBOM: true }));
  writeFileSync(join(dir, "corpus", "notes.md"), "# not an article");
  writeFileSync(join(dir, "corpus", ".hidden.txt"), BODY);
  writeFileSync(join(dir, "corpus", "gold.json"), JSON.stringify({ articles: [] }));
  writeFileSync(
    join(dir, "feed.jsonl"),
    [
      JSON.stringify({ id: "n1", text: BODY, url: "https://www.mapexpress.ma/x", published: "2022-05-02" }),
      "",
      '{"id": "n2", "text": "broken',
      JSON.stringify({ id: "n3", html: `<p>${BODY}</p>`, title: "عنوان" }),
      JSON.stringify({ text: BODY }),
      JSON.stringify({ id: "n5" }),
      JSON.stringify({ id: "n6", text: BODY, published: 20220502 }),
      JSON.stringify([1, 2]),
    ].join("\n"),
  );
  writeFileSync(join(dir, "one.json"), JSON.stringify({ id: "solo", text: BODY }));
  writeFileSync(join(dir, "many.json"), JSON.stringify([{ id: "m1", text: BODY }, { id: "m2" }]));
  writeFileSync(join(dir, "broken.json"), "{ not json");
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "blank.txt"), "  \n\n ");
  writeFileSync(join(dir, "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]));
  mkdirSync(join(dir, "nothing-here"));
  writeFileSync(join(dir, "nothing-here", "readme.md"), "x");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("readInputs", () => {
  it("walks folders recursively in sorted order, decoding every encoding", async () => {
    const items = await collect([join(dir, "corpus")]);
    expect(errors(items)).toEqual([]);
    const raws = ok(items);
    expect(raws.map((r) => r.id)).toEqual(["a", "d1256", "e8859", "f16", "c"]);
    expect(raws[0].html).toContain(BODY);
    expect(raws[1].text).toBe(BODY);
    expect(raws[2].text).toBe("أجرى الوزير مباحثات مع نظيره.");
    expect(raws[3].text).toBe(BODY);
    expect(raws[4]).toMatchObject({ id: "c", source: join(dir, "corpus", "c.txt"), text: BODY });
    expect(raws[4].rawHash).toBe(createHash("sha256").update(BODY).digest("hex"));
    expect(raws[1].rawHash).toBe(createHash("sha256").update(iconv.encode(BODY, "windows-1256")).digest("hex"));
  });

  it("reads JSON Lines record by record and names the line and field of each bad one", async () => {
    const f = join(dir, "feed.jsonl");
    const items = await collect([f]);
    const raws = ok(items);
    expect(raws.map((r) => [r.id, r.source])).toEqual([
      ["n1", `${f}:1`],
      ["n3", `${f}:4`],
    ]);
    expect(raws[0]).toMatchObject({ text: BODY, url: "https://www.mapexpress.ma/x", published: "2022-05-02" });
    expect(raws[1]).toMatchObject({ html: `<p>${BODY}</p>`, title: "عنوان" });
    const errs = errors(items);
    expect(errs).toHaveLength(5);
    expect(errs[0]).toMatch(new RegExp(`^${f}:3: malformed JSON line`));
    expect(errs[1]).toBe(`${f}:5: missing field "id"`);
    expect(errs[2]).toBe(`${f}:6: missing field "text" (or "html")`);
    expect(errs[3]).toBe(`${f}:7: field "published" must be a string, got number`);
    expect(errs[4]).toBe(`${f}:8: expected an article object, got an array`);
  });

  it("reads a JSON object or an array of them", async () => {
    const items = await collect([join(dir, "one.json"), join(dir, "many.json")]);
    expect(ok(items).map((r) => r.id)).toEqual(["solo", "m1"]);
    expect(errors(items)).toEqual([`${join(dir, "many.json")}[1]: missing field "text" (or "html")`]);
  });

  it("turns every bad input into an error value and goes on", async () => {
    const items = await collect([
      join(dir, "missing.txt"),
      join(dir, "empty.txt"),
      join(dir, "blank.txt"),
      join(dir, "image.txt"),
      join(dir, "broken.json"),
      join(dir, "nothing-here"),
      join(dir, "corpus", "c.txt"),
    ]);
    expect(ok(items).map((r) => r.id)).toEqual(["c"]);
    const errs = errors(items);
    expect(errs[0]).toBe(`${join(dir, "missing.txt")}: no such file or folder`);
    expect(errs[1]).toBe(`${join(dir, "empty.txt")}: empty file`);
    expect(errs[2]).toBe(`${join(dir, "blank.txt")}: empty file`);
    expect(errs[3]).toMatch(/image\.txt: binary file/);
    expect(errs[4]).toMatch(/broken\.json: malformed JSON/);
    expect(errs[5]).toMatch(/nothing-here: folder has no articles/);
  });

  it("reports a non-article JSON file when it is named explicitly", async () => {
    const items = await collect([join(dir, "corpus", "gold.json")]);
    expect(errors(items)).toEqual([`${join(dir, "corpus", "gold.json")}: missing field "id"`]);
  });

  it("reads stdin as text, HTML or JSON Lines", async () => {
    const text = ok(await collect(["-"], Readable.from([Buffer.from(BODY)])));
    expect(text).toMatchObject([{ id: "stdin", source: "stdin", text: BODY }]);
    const html = ok(await collect(["-"], Readable.from([Buffer.from(`<p>${BODY}</p>`)])));
    expect(html[0].html).toBe(`<p>${BODY}</p>`);
    const lines = [JSON.stringify({ id: "s1", text: BODY }), JSON.stringify({ id: "s2", text: BODY })].join("\n");
    expect(ok(await collect(["-"], Readable.from([Buffer.from(lines)]))).map((r) => r.id)).toEqual(["s1", "s2"]);
    expect(errors(await collect(["-"], Readable.from([])))).toEqual(["stdin: empty input"]);
  });
});

describe("fileLines", () => {
  it("splits a file into the lines readline gives, whatever the chunk size", async () => {
    // Line breaks of every kind, multi-byte characters and a BOM, cut across chunks of a few bytes.
    const PIECES = ["\n", "\r\n", "\r", "\r\r\n", "{}", "ab", "وزير", "😀", "\uFEFF", " ", ""];
    let seed = 20261121;
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const f = join(dir, "lines.jsonl");
    for (let n = 0; n < 300; n++) {
      let text = "";
      for (let k = Math.floor(next() * 12); k > 0; k--) text += PIECES[Math.floor(next() * PIECES.length)];
      writeFileSync(f, text);
      const expected: string[] = [];
      for await (const line of createInterface({ input: createReadStream(f, { encoding: "utf8" }), crlfDelay: Infinity })) expected.push(line);
      for (const chunk of [1, 2, 3, 7, 1 << 20]) {
        const got: string[] = [];
        for await (const bytes of fileLines(f, chunk)) got.push(bytes.toString("utf8"));
        expect(got, `${JSON.stringify(text)} in chunks of ${chunk}`).toEqual(expected);
      }
    }
  });

  it("hashes a record line as its bytes were written", async () => {
    const line = JSON.stringify({ id: "h1", text: BODY });
    const f = join(dir, "hash.jsonl");
    writeFileSync(f, `${line}\r\n  ${line}  \n`);
    const [a, b] = ok(await collect([f]));
    const hash = createHash("sha256").update(Buffer.from(line)).digest("hex");
    expect([a.rawHash, b.rawHash]).toEqual([hash, hash]);
  });
});
