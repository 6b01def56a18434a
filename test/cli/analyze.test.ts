import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { Writable } from "node:stream";
import { goldPath, hasShared, repoRoot, seedsDir } from "../shared.js";
import { jsonLines, rasd } from "./run-cli.js";
import { writeWithBackPressure } from "../../src/cli/analyze.js";

const BODY = "تونس 3 يونيو 2024 (وات) - استقبل رئيس الجمهورية اليوم وزير الخارجية الجزائري وبحث معه سبل تعزيز التعاون الثنائي.";
const UNDATED = "بحث وزيرا خارجية البلدين في اتصال هاتفي العلاقات الثنائية والأوضاع الإقليمية.";
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "rasd-cli-"));
  writeFileSync(join(dir, "good.txt"), BODY);
  writeFileSync(join(dir, "undated.txt"), UNDATED);
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "bin.txt"), Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00]));
  writeFileSync(
    join(dir, "feed.jsonl"),
    [JSON.stringify({ id: "j1", text: BODY }), "{oops", JSON.stringify({ id: "j3", title: "x" })].join("\n"),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("rasd analyze", () => {
  it("writes one rasd.analysis/1 object per article of a folder", () => {
    const r = rasd(["analyze", "examples"]);
    // Other stages may warn (e.g. a missing model); no input may fail.
    expect(r.stderr).not.toMatch(/rasd analyze:/);
    expect(r.status).toBe(0);
    const out = jsonLines(r.stdout);
    expect(out.length).toBeGreaterThanOrEqual(12);
    for (const a of out) {
      expect(a.schema).toBe("rasd.analysis/1");
      expect(typeof a.id).toBe("string");
      expect(typeof a.text).toBe("string");
    }
    expect(out.map((a) => a.id)).toContain("05_mena_visit");
  });

  it("reports bad inputs on stderr with file and line, analyses the rest, exits 1", () => {
    const r = rasd(["analyze", join(dir, "good.txt"), join(dir, "missing.txt"), join(dir, "empty.txt"), join(dir, "bin.txt"), join(dir, "feed.jsonl")]);
    expect(r.status).toBe(1);
    const out = jsonLines(r.stdout);
    expect(out.map((a) => a.id)).toEqual(["good", "j1"]);
    expect(out[0]).toMatchObject({ outlet: "TAP", published: "2024-06-03" });
    const err = r.stderr;
    expect(err).toContain(`${join(dir, "missing.txt")}: no such file or folder`);
    expect(err).toContain(`${join(dir, "empty.txt")}: empty file`);
    expect(err).toMatch(/bin\.txt: binary file/);
    expect(err).toContain(`${join(dir, "feed.jsonl")}:2: malformed JSON line`);
    expect(err).toContain(`${join(dir, "feed.jsonl")}:3: missing field "text" (or "html")`);
    expect(err).toContain("2 analysed, 5 failed");
  });

  it("exits 2 on usage errors", () => {
    expect(rasd(["analyze"]).status).toBe(2);
    expect(rasd(["analyze", join(dir, "good.txt"), "--format", "xml"]).status).toBe(2);
    const bad = rasd(["analyze", join(dir, "good.txt"), "--published", "5/3/2024"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--published must be a date as YYYY-MM-DD/);
    expect(bad.stdout).toBe("");
  });

  it("fills missing metadata from --published and --outlet, never overriding what the article states", () => {
    const r = rasd(["analyze", join(dir, "undated.txt"), join(dir, "good.txt"), "--published", "2024-01-09", "--outlet", "الجزيرة"]);
    expect(r.status).toBe(0);
    const [undated, good] = jsonLines(r.stdout);
    expect(undated).toMatchObject({ id: "undated", published: "2024-01-09", outlet: "Al Jazeera" });
    expect(good).toMatchObject({ id: "good", published: "2024-06-03", outlet: "TAP" });
  });

  it("reads stdin for -", () => {
    const r = rasd(["analyze", "-"], BODY);
    expect(r.status).toBe(0);
    expect(jsonLines(r.stdout)).toMatchObject([{ id: "stdin", source: "stdin", outlet: "TAP", text: BODY }]);
  });

  it("prints a readable summary with --format pretty", () => {
    const r = rasd(["analyze", join(dir, "good.txt"), "--format", "pretty"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("══ good");
    expect(r.stdout).toMatch(/outlet\s+TAP/);
    expect(r.stdout).toMatch(/published\s+2024-06-03/);
    expect(r.stdout).toContain("«تونس 3 يونيو 2024 (وات)»");
    for (const head of ["Entities (", "Events (", "Statements (", "Agreements ("]) expect(r.stdout).toContain(head);
  });
});

describe.skipIf(!hasShared)("rasd analyze over the seeds, scored", () => {
  it("gives outlet and published accuracy 1.000", () => {
    const r = rasd(["analyze", seedsDir, "--format", "jsonl"]);
    expect(r.status).toBe(0);
    const pred = join(dir, "seeds.jsonl");
    writeFileSync(pred, r.stdout);
    const score = spawnSync(process.execPath, [join(goldPath, "..", "..", "eval", "score.mjs"), "--gold", goldPath, "--pred", pred], {
      cwd: repoRoot,
      encoding: "utf8",
    });
    expect(score.stdout).toMatch(/outlet\s+acc=1\.000/);
    expect(score.stdout).toMatch(/published\s+acc=1\.000/);
  });
});

describe.skipIf(!existsSync(join(repoRoot, "dist", "cli", "main.js")))("bin/rasd.js (the built CLI, as npx rasd runs it)", () => {
  it("analyses a file and exits 0", () => {
    const r = spawnSync(process.execPath, ["bin/rasd.js", "analyze", join(dir, "good.txt")], { cwd: repoRoot, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(jsonLines(r.stdout)).toMatchObject([{ schema: "rasd.analysis/1", id: "good" }]);
  });
});

describe("writeWithBackPressure", () => {
  it("waits for a slow reader and leaves no listeners behind", async () => {
    const received: string[] = [];
    // A real stream that takes its time: every write beyond 8 bytes reports back-pressure.
    const slow = new Writable({
      highWaterMark: 8,
      write(chunk: Buffer, _enc, done) {
        received.push(chunk.toString());
        setTimeout(done, 1);
      },
    });
    const before = { error: slow.listenerCount("error"), drain: slow.listenerCount("drain") };
    for (let i = 0; i < 40; i++) await writeWithBackPressure(slow, `line ${i}\n`);
    await new Promise<void>((resolve) => slow.end(resolve));
    expect(received.join("")).toBe(Array.from({ length: 40 }, (_, i) => `line ${i}\n`).join(""));
    expect(slow.listenerCount("error")).toBe(before.error);
    expect(slow.listenerCount("drain")).toBe(before.drain);
  });
});
