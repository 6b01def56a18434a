// Corpus commands over a store (--db FILE or postgres://…, default $RASD_DB or ./rasd.db):
// ingest, search, events, quotes, entities, export. Human output by default,
// --json for machines. Exit 1 when an input failed, 2 on usage errors.
import { createWriteStream } from "node:fs";
import { Option, type Command } from "commander";
import cliProgress from "cli-progress";
import { EVENT_TYPES, type Analysis, type EventType } from "../types.js";
import { defaultStoreUrl } from "../store/default-url.js";
import type { IngestFailure, IngestProgress, IngestSummary, SearchResult, Store, StoredEvent } from "../store/index.js";
import { readInputs } from "../ingest/read.js";
import { formatIngestError } from "../ingest/records.js";
import { analyzeStream, defaultWorkers } from "../pipeline/pool.js";
import { QueryError } from "../search/compile.js";

/** The store, loaded when a command needs it: `rasd analyze` and --help run without it (~28 MB less RSS). */
const loadStore = () => import("../store/index.js");

const DB_HELP = "SQLite file or postgres:// URL (default: $RASD_DB or ./rasd.db)";

function usage(cmd: string, message: string): never {
  console.error(`rasd ${cmd}: ${message}`);
  process.exit(2);
}

function int(cmd: string, name: string, s: string | undefined, dflt: number): number {
  if (s === undefined) return dflt;
  const n = Number(s);
  if (!Number.isInteger(n) || n < 0) usage(cmd, `--${name} must be a whole number >= 0, got "${s}"`);
  return n;
}

function checkDate(cmd: string, name: string, s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s)) usage(cmd, `--${name} must be YYYY, YYYY-MM or YYYY-MM-DD, got "${s}"`);
  return s;
}

function checkType(cmd: string, t: string | undefined): EventType | undefined {
  if (t === undefined) return undefined;
  if (!EVENT_TYPES.includes(t as EventType)) usage(cmd, `--type must be one of ${EVENT_TYPES.join(", ")}, got "${t}"`);
  return t as EventType;
}

const collect = (v: string, prev: string[] = []) => [...prev, v];

/** Opens the store, runs `fn`, closes it; store and query errors become one clear line and exit 1. */
async function withStore(cmd: string, db: string, fn: (s: Store) => Promise<void>): Promise<void> {
  let store: Store;
  try {
    store = await (await loadStore()).openStore(db);
  } catch (err) {
    console.error(`rasd ${cmd}: cannot open store ${db}: ${(err as Error).message}`);
    process.exit(1);
  }
  try {
    await fn(store);
  } catch (err) {
    if (err instanceof QueryError || err instanceof RangeError) usage(cmd, err.message);
    console.error(`rasd ${cmd}: ${(err as Error).message}`);
    process.exitCode = 1;
  } finally {
    await store.close();
  }
}

function out(line: string): void {
  process.stdout.write(line + "\n");
}

const tty = () => process.stdout.isTTY === true && !process.env.NO_COLOR;
const bold = (s: string) => (tty() ? `\x1b[1m${s}\x1b[22m` : s);
const dim = (s: string) => (tty() ? `\x1b[2m${s}\x1b[22m` : s);

/** Snippet with highlights: bold-yellow on a terminal, [brackets] otherwise. */
function marked(text: string, hs: { start: number; end: number }[]): string {
  let s = "";
  let at = 0;
  for (const h of hs) {
    const m = text.slice(h.start, h.end);
    s += text.slice(at, h.start) + (tty() ? `\x1b[1;33m${m}\x1b[0m` : `[${m}]`);
    at = h.end;
  }
  return s + text.slice(at);
}

// ------------------------------------------------------------------ ingest

export interface IngestFlags {
  db: string;
  published?: string;
  outlet?: string;
  batch?: number;
  workers?: number;
}

/** Reads, analyses and stores every input. Progress goes to `onProgress`; failures are in the summary. */
export async function runIngest(
  paths: readonly string[],
  flags: IngestFlags,
  onProgress?: (p: IngestProgress) => void,
): Promise<IngestSummary & { location: string }> {
  const store = await (await loadStore()).openStore(flags.db);
  try {
    const analysed = analyzeStream(readInputs(paths), {
      workers: flags.workers ?? defaultWorkers(),
      article: { published: flags.published ?? null, outlet: flags.outlet ?? null },
      // Workers also derive what the store writes, so this thread only writes rows.
      forStore: true,
    });
    async function* items(): AsyncGenerator<Analysis | IngestFailure> {
      for await (const r of analysed) {
        yield r.ok ? r.value : { failed: true, source: r.error.source, error: formatIngestError(r.error) };
      }
    }
    const summary = await store.ingest(items(), { batchSize: flags.batch ?? 200, onProgress });
    return { ...summary, location: store.location };
  } finally {
    await store.close();
  }
}

function progressReporter(): { update: (p: IngestProgress) => void; stop: () => void } {
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format: "ingest {value} articles | {rate}/s | new {new} updated {updated} unchanged {unchanged} failed {failed} | {duration_formatted}",
        stream: process.stderr,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(0, 0, { rate: 0, new: 0, updated: 0, unchanged: 0, failed: 0 });
    let stopped = false;
    const stop = () => {
      if (!stopped) bar.stop();
      stopped = true;
    };
    return {
      update: (p) => {
        if (stopped) return;
        bar.setTotal(p.done);
        bar.update(p.done, { ...p });
        if (p.phase === "optimizing") {
          stop();
          process.stderr.write("optimising the search index (merging it, building the ranking lists)…\n");
        }
      },
      stop,
    };
  }
  // Not a terminal: a JSON line at most every 2 seconds, for logs and CI.
  let last = 0;
  return {
    update: (p) => {
      const now = Date.now();
      if (now - last < 2000 && !p.phase) return;
      last = now;
      process.stderr.write(JSON.stringify({ progress: p }) + "\n");
    },
    stop: () => {},
  };
}

function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description("analyse articles and store them (idempotent: unchanged articles are skipped, changed ones updated in place)")
    .argument("<paths...>", ".txt, .html, .json, .jsonl files, folders (recursive), or - for stdin")
    .option("--db <url>", DB_HELP, defaultStoreUrl())
    .option("--published <date>", "publication date (YYYY-MM-DD) for articles that do not state one")
    .option("--outlet <name>", "outlet name for articles that do not state one")
    .option("--batch <n>", "articles per transaction", "200")
    .option("--workers <n>", "analysis worker threads (default: one per core; 0: analyse on the main thread)")
    .option("--json", "print the summary as JSON")
    .action(async (paths: string[], o: { db: string; published?: string; outlet?: string; batch: string; workers?: string; json?: boolean }) => {
      if (o.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(o.published)) usage("ingest", `--published must be YYYY-MM-DD, got "${o.published}"`);
      const batch = int("ingest", "batch", o.batch, 200);
      if (batch < 1) usage("ingest", "--batch must be at least 1");
      const workers = o.workers === undefined ? undefined : int("ingest", "workers", o.workers, 0);
      const progress = progressReporter();
      let summary: Awaited<ReturnType<typeof runIngest>>;
      try {
        summary = await runIngest(paths, { db: o.db, published: o.published, outlet: o.outlet, batch, workers }, progress.update);
      } catch (err) {
        progress.stop();
        console.error(`rasd ingest: ${(err as Error).message}`);
        process.exit(1);
      }
      progress.stop();
      for (const f of summary.failures) console.error(`rasd ingest: ${f.error.startsWith(f.source) ? f.error : `${f.source}: ${f.error}`}`);
      if (o.json) {
        const { failures, ...rest } = summary;
        out(JSON.stringify({ ...rest, failures: failures.map((f) => ({ source: f.source, error: f.error })) }));
      } else {
        const secs = (summary.elapsedMs / 1000).toFixed(1);
        out(
          `${summary.location}: ${summary.done} articles in ${secs} s (${summary.rate}/s): ` +
            `${summary.new} new, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.failed} failed`,
        );
      }
      if (summary.failed > 0) process.exitCode = 1;
    });
}

// ------------------------------------------------------------------ search

function printSearch(r: SearchResult): void {
  // Past SEARCH_COUNT_CAP matches the store stops counting: say "10000+" rather than a false total.
  const plus = r.totalExact === false ? "+" : "";
  out(dim(`${r.total}${plus} articles (${r.stories}${plus} stories) for ${r.parsed} — ${r.tookMs} ms`));
  r.hits.forEach((h, i) => {
    const story = h.story.size > 1 ? `  story of ${h.story.size}${h.story.id !== h.id ? ` (${h.story.id})` : ""}` : "";
    out("");
    out(`${bold(`${r.offset + i + 1}.`)} ${h.published ?? "????-??-??"}  ${h.outlet ?? "?"}  ${h.id}${story}  ${dim(`score ${h.score.toFixed(3)}`)}`);
    if (h.title) out(`   ${bold(h.title)}`);
    out(`   ${marked(h.snippet.text, h.snippet.highlights)}`);
  });
  if (r.facets) {
    const line = (name: string, fs: { value: string; label?: string; count: number }[]) =>
      fs.length && out(`${name}: ${fs.slice(0, 10).map((f) => `${f.label ?? f.value} ${f.count}`).join(" · ")}`);
    out("");
    line("outlets", r.facets.outlet);
    line("event types", r.facets.eventType);
    line("entities", r.facets.entity);
    line("years", r.facets.year);
  }
  if (r.total > r.offset + r.hits.length) out(dim(`\n… ${r.total - r.offset - r.hits.length}${plus} more (--offset ${r.offset + r.hits.length})`));
}

function registerSearch(program: Command): void {
  program
    .command("search")
    .description('full-text search: words, "phrases", AND / OR / NOT, -word, (groups); names match every spelling and clitic form')
    .argument("<query...>", "the query")
    .option("--db <url>", DB_HELP, defaultStoreUrl())
    .option("--from <date>", "published on or after (YYYY, YYYY-MM or YYYY-MM-DD)")
    .option("--to <date>", "published on or before")
    .option("--outlet <name>", "only this outlet (repeatable)", collect)
    .option("--entity <name>", "only articles mentioning this entity (key or any name)")
    .addOption(new Option("--type <type>", "only articles reporting this event type").choices(EVENT_TYPES))
    .option("--limit <n>", "results per page", "10")
    .option("--offset <n>", "results to skip", "0")
    .option("--facets", "count outlets, event types, entities and years over all matches")
    .option("--json", "JSON output")
    .action(async (query: string[], o: { db: string; from?: string; to?: string; outlet?: string[]; entity?: string; type?: string; limit: string; offset: string; facets?: boolean; json?: boolean }) => {
      const q = {
        q: query.join(" "),
        from: checkDate("search", "from", o.from),
        to: checkDate("search", "to", o.to),
        outlet: o.outlet,
        entity: o.entity,
        eventType: checkType("search", o.type),
        limit: int("search", "limit", o.limit, 10),
        offset: int("search", "offset", o.offset, 0),
        facets: o.facets || o.json ? true : false,
      };
      await withStore("search", o.db, async (s) => {
        const r = await s.search(q);
        if (o.json) out(JSON.stringify(r));
        else printSearch(r);
      });
    });
}

// ------------------------------------------------------------------ events, quotes, entities

function eventLine(e: StoredEvent): string {
  const who = e.participants.map((p) => p.name).join("، ") || "?";
  const date = `${e.date ?? "????-??-??"}${e.dateFromArticle ? "*" : ""}`;
  const extra = [e.initiator ? `initiator ${e.initiator.name}` : "", e.place ? `in ${e.place.name}` : "", e.main ? "" : "(mentioned)"].filter(Boolean).join(", ");
  const story = e.story.size > 1 ? dim(` [story of ${e.story.size}]`) : "";
  return `${date}  ${e.type.padEnd(12)} ${who}${extra ? `  ${dim(extra)}` : ""}  ${dim(`${e.outlet ?? "?"} ${e.articleId}`)}${story}`;
}

function registerEvents(program: Command): void {
  program
    .command("events")
    .description("diplomatic events (meetings, calls, visits, …) with participants and dates")
    .option("--db <url>", DB_HELP, defaultStoreUrl())
    .option("--actor <name>", "a participant (key or any name; repeat: all must take part)", collect)
    .addOption(new Option("--type <type>", "event type").choices(EVENT_TYPES))
    .option("--from <date>", "on or after (YYYY, YYYY-MM or YYYY-MM-DD)")
    .option("--to <date>", "on or before")
    .option("--main", "only the events articles report as their news")
    .option("--by-story", "one event per story (near-duplicate reports collapsed)")
    .option("--limit <n>", "events per page", "50")
    .option("--offset <n>", "events to skip", "0")
    .option("--json", "JSON output")
    .action(async (o: { db: string; actor?: string[]; type?: string; from?: string; to?: string; main?: boolean; byStory?: boolean; limit: string; offset: string; json?: boolean }) => {
      const q = {
        actor: o.actor,
        type: checkType("events", o.type),
        from: checkDate("events", "from", o.from),
        to: checkDate("events", "to", o.to),
        mainOnly: o.main ?? false,
        byStory: o.byStory ?? false,
        limit: int("events", "limit", o.limit, 50),
        offset: int("events", "offset", o.offset, 0),
      };
      await withStore("events", o.db, async (s) => {
        const page = await s.events(q);
        if (o.json) return out(JSON.stringify(page));
        out(dim(`${page.total} events${page.items.some((e) => e.dateFromArticle) ? " (* = date of the article)" : ""}`));
        for (const e of page.items) out(eventLine(e));
        if (page.total > page.offset + page.items.length) out(dim(`… ${page.total - page.offset - page.items.length} more (--offset ${page.offset + page.items.length})`));
      });
    });
}

function registerQuotes(program: Command): void {
  program
    .command("quotes")
    .description("attributed statements (joint statements included), optionally by speaker and words")
    .argument("[query...]", "words in the statement (same language as search)")
    .option("--db <url>", DB_HELP, defaultStoreUrl())
    .option("--speaker <name>", "speaker (key or any name)")
    .option("--from <date>", "published on or after")
    .option("--to <date>", "published on or before")
    .option("--limit <n>", "statements per page", "20")
    .option("--offset <n>", "statements to skip", "0")
    .option("--json", "JSON output")
    .action(async (query: string[], o: { db: string; speaker?: string; from?: string; to?: string; limit: string; offset: string; json?: boolean }) => {
      const q = {
        q: query.join(" ") || undefined,
        speaker: o.speaker,
        from: checkDate("quotes", "from", o.from),
        to: checkDate("quotes", "to", o.to),
        limit: int("quotes", "limit", o.limit, 20),
        offset: int("quotes", "offset", o.offset, 0),
      };
      await withStore("quotes", o.db, async (s) => {
        const page = await s.statements(q);
        if (o.json) return out(JSON.stringify(page));
        out(dim(`${page.total} statements`));
        for (const st of page.items) {
          const who = st.joint ? st.speakers.map((p) => p.name).join(" و") + " (joint)" : st.speaker?.name ?? "?";
          out("");
          out(`${bold(who)}  ${dim(`${st.cue} · ${st.published ?? "?"} · ${st.outlet ?? "?"} ${st.articleId}`)}`);
          out(`   ${st.direct ? "«" : ""}${st.text.replace(/\s+/g, " ")}${st.direct ? "»" : ""}`);
        }
      });
    });
}

function registerEntities(program: Command): void {
  program
    .command("entities")
    .description("people, organisations and places in the corpus, merged across articles and spellings")
    .argument("[query...]", "part of a name, spelling, English name or key")
    .option("--db <url>", DB_HELP, defaultStoreUrl())
    .addOption(new Option("--type <type>", "entity type").choices(["PER", "ORG", "GPE", "LOC", "MISC"]))
    .addOption(new Option("--sort <order>", "order").choices(["articles", "name", "recent"]).default("articles"))
    .option("--limit <n>", "entities per page", "30")
    .option("--offset <n>", "entities to skip", "0")
    .option("--json", "JSON output")
    .action(async (query: string[], o: { db: string; type?: "PER" | "ORG" | "GPE" | "LOC" | "MISC"; sort: "articles" | "name" | "recent"; limit: string; offset: string; json?: boolean }) => {
      const q = { q: query.join(" ") || undefined, type: o.type, sort: o.sort, limit: int("entities", "limit", o.limit, 30), offset: int("entities", "offset", o.offset, 0) };
      await withStore("entities", o.db, async (s) => {
        const page = await s.entities(q);
        if (o.json) return out(JSON.stringify(page));
        out(dim(`${page.total} entities`));
        for (const e of page.items) {
          const other = e.variants.filter((v) => v !== e.name).slice(0, 4);
          out(
            `${e.type.padEnd(4)} ${bold(e.name)}${e.name_en ? ` (${e.name_en})` : ""}  ${dim(`${e.key} · ${e.articleCount} articles, ${e.mentionCount} mentions`)}` +
              (other.length ? `\n     ${dim("also: " + other.join("، "))}` : ""),
          );
        }
      });
    });
}

// ------------------------------------------------------------------ export

function registerExport(program: Command): void {
  program
    .command("export")
    .description("export the corpus: analyses (jsonl), events (csv, UTF-8 with BOM), or PLOVER-style event JSON Lines")
    .addOption(new Option("--format <format>", "output format").choices(["jsonl", "csv", "plover"]).makeOptionMandatory())
    .option("--db <url>", DB_HELP, defaultStoreUrl())
    .option("--from <date>", "published (events: dated) on or after")
    .option("--to <date>", "on or before")
    .option("--outlet <name>", "only this outlet (repeatable)", collect)
    .option("--out <file>", "write to a file instead of stdout")
    .action(async (o: { format: "jsonl" | "csv" | "plover"; db: string; from?: string; to?: string; outlet?: string[]; out?: string }) => {
      const q = { format: o.format, from: checkDate("export", "from", o.from), to: checkDate("export", "to", o.to), outlet: o.outlet };
      await withStore("export", o.db, async (s) => {
        const stream: NodeJS.WritableStream = o.out ? createWriteStream(o.out) : process.stdout;
        const eol = o.format === "csv" ? "\r\n" : "\n";
        for await (const line of s.export(q)) {
          if (!stream.write(line + eol)) await new Promise<void>((r) => stream.once("drain", () => r()));
        }
        if (o.out) await new Promise<void>((res) => stream.end(() => res()));
      });
    });
}

function registerOptimize(program: Command): void {
  program
    .command("optimize")
    .description("merge the text index and rebuild the lists that let search skip scoring every match (run after small ingests; large ones do it themselves)")
    .option("--db <url>", DB_HELP, defaultStoreUrl())
    .action(async (o: { db: string }) => {
      await withStore("optimize", o.db, async (s) => {
        const t0 = performance.now();
        await s.optimize();
        out(`${s.location}: index optimised in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      });
    });
}

export function registerCorpusCommands(program: Command): void {
  registerIngest(program);
  registerOptimize(program);
  registerSearch(program);
  registerEvents(program);
  registerQuotes(program);
  registerEntities(program);
  registerExport(program);
}
