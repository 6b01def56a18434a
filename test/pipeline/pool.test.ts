import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeCorpus } from "../../src/bench/generate.js";
import { readInputs, type IngestItem } from "../../src/ingest/read.js";
import { analyzeStream, type Analyzed } from "../../src/pipeline/pool.js";
import type { Analysis, RawArticle } from "../../src/types.js";
import { repoRoot } from "../shared.js";

// Workers run the compiled dist/ JS; build it when a fresh checkout lacks it.
beforeAll(() => {
  if (!existsSync(join(repoRoot, "dist/pipeline/worker.js"))) {
    execFileSync("npx", ["tsc", "-p", "tsconfig.json"], { cwd: repoRoot, stdio: "ignore" });
  }
}, 180_000);

let dir = "";
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "rasd-pool-"));
  await writeCorpus({ n: 90, seed: 5, outDir: join(dir, "corpus"), shardSize: 40 });
  // A JSON Lines file with a malformed line between two good records.
  const good = (id: string) => JSON.stringify({ id, text: "موسكو - 19 سبتمبر\nقال وزير الخارجية الروسي سيرغي لافروف إن العلاقات جيدة." });
  writeFileSync(join(dir, "mixed.jsonl"), [good("m1"), "{not json", good("m2")].join("\n") + "\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const examples = join(repoRoot, "examples");

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

const label = (r: Analyzed<Analysis>): string => (r.ok ? r.value.id : `ERR ${r.error.source}${r.error.line ? ":" + r.error.line : ""}`);
const inputLabel = (i: IngestItem): string => (i.ok ? i.raw.id : `ERR ${i.error.source}${i.error.line ? ":" + i.error.line : ""}`);

describe("analyzeStream", () => {
  it("keeps input order with 2 workers and odd batch sizes, and agrees with the inline run", async () => {
    const paths = [join(dir, "corpus"), join(dir, "mixed.jsonl"), examples, join(dir, "missing.txt")];
    const expected = (await collect(readInputs(paths))).map(inputLabel);
    const inline = await collect(analyzeStream(readInputs(paths), { workers: 0 }));
    const pooled = await collect(analyzeStream(readInputs(paths), { workers: 2, batchSize: 7, maxInFlight: 3 }));
    expect(inline.map(label)).toEqual(expected);
    expect(pooled.map(label)).toEqual(expected);
    expect(expected.filter((l) => l.startsWith("ERR"))).toHaveLength(2);
    // Same article text and metadata whichever thread analysed it.
    const view = (r: Analyzed<Analysis>) => (r.ok ? [r.value.id, r.value.outlet, r.value.published, r.value.text] : null);
    expect(pooled.map(view)).toEqual(inline.map(view));
  });

  it("passes read errors through in place and turns a failing analysis into an error naming its source", async () => {
    async function* inputs(): AsyncGenerator<IngestItem> {
      yield { ok: false, error: { source: "a.txt", message: "empty file" } };
      yield* readInputs([join(examples, "01_spa_phone_call.txt")]);
      const broken = { id: "broken", source: "broken.jsonl:3", rawHash: "x", text: 42 } as unknown as RawArticle;
      yield { ok: true, raw: broken };
      yield* readInputs([join(examples, "07_rt_signing.txt")]);
    }
    const out = await collect(analyzeStream(inputs(), { workers: 1, batchSize: 2 }));
    expect(out.map((r) => r.ok)).toEqual([false, true, false, true]);
    expect(out[0]).toEqual({ ok: false, error: { source: "a.txt", message: "empty file" } });
    const failed = out[2];
    expect(failed.ok).toBe(false);
    if (!failed.ok) {
      expect(failed.error.source).toBe("broken.jsonl:3");
      expect(failed.error.message).toMatch(/^analysis failed/);
    }
  });

  it("returns JSON text when asked, for writers that print it", async () => {
    const out = await collect(analyzeStream(readInputs([join(examples, "03_sana_meeting.txt")]), { workers: 1, form: "json" }));
    expect(out).toHaveLength(1);
    const r = out[0];
    expect(r.ok && typeof r.value).toBe("string");
    if (r.ok) expect(JSON.parse(r.value)).toMatchObject({ schema: "rasd.analysis/1", id: "03_sana_meeting" });
  });

  it("reads input only as fast as results are taken (bounded in-flight batches)", async () => {
    let pulled = 0;
    async function* counted(): AsyncGenerator<IngestItem> {
      for await (const item of readInputs([join(dir, "corpus")])) {
        pulled++;
        yield item;
      }
    }
    const stream = analyzeStream(counted(), { workers: 1, batchSize: 4, maxInFlight: 2 });
    const first = await stream.next();
    expect(first.done).toBe(false);
    // At most the in-flight batches plus the batch being filled have been read.
    expect(pulled).toBeLessThanOrEqual(4 * 3);
    await stream.return(undefined); // stops early and shuts the pool down
    expect(pulled).toBeLessThan(90);
  });
});
