// `--format pretty`: a readable terminal summary of everything in one Analysis — metadata,
// entities, events, statements, agreements — as plain lines (a terminal shows Arabic fine that way).
import type { Analysis, Entity, TextSpan } from "../types.js";
import { statementsOf } from "../quotes/statements-of.js";

const CLIP = 160;

function clip(s: string, max = CLIP): string {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

function quoted(span: TextSpan | null | undefined, max = CLIP): string {
  return span ? `«${clip(span.text, max)}» [${span.start}–${span.end}]` : "—";
}

function section(title: string, count: number): string {
  return `\n${title} (${count})`;
}

export function formatPretty(a: Analysis): string {
  const byId = new Map<string, Entity>(a.entities.map((e) => [e.id, e]));
  const who = (id: string | null): string => {
    if (id === null) return "?";
    const e = byId.get(id);
    return e ? (e.name_en ? `${e.name} (${e.name_en})` : e.name) : id;
  };
  const out: string[] = [];
  out.push(`══ ${a.id} ${"═".repeat(Math.max(3, 60 - a.id.length))}`);
  out.push(`source     ${a.source}`);
  out.push(`title      ${a.title ?? "—"}`);
  out.push(`outlet     ${a.outlet ?? "—"}`);
  out.push(`published  ${a.published ?? "—"}`);
  out.push(
    `dateline   ${a.dateline ? `${quoted(a.dateline)}  place: ${a.dateline.place ?? "—"}  date: ${a.dateline.date ?? "—"}` : "—"}`,
  );
  if (a.url) out.push(`url        ${a.url}`);
  out.push(`text       ${a.text.length} chars, ${a.text.split(/\n+/).filter((l) => l.trim()).length} paragraphs, raw sha256 ${a.raw_hash.slice(0, 12)}…`);

  out.push(section("Entities", a.entities.length));
  for (const e of a.entities) {
    const en = e.name_en ? `  (${e.name_en})` : "";
    const extra = [
      `×${e.mentions.length}`,
      e.country ? `country ${e.country}` : "",
      e.wikidata ? e.wikidata : "",
      `${e.source} ${e.confidence.toFixed(2)}`,
    ].filter(Boolean);
    out.push(`  ${e.id.padEnd(4)} ${e.type.padEnd(4)} ${e.name}${en}  ${extra.join("  ")}`);
    if (e.roles.length) out.push(`       roles: ${e.roles.join("؛ ")}`);
    if (e.office) {
      const o = e.office;
      const when = o.start || o.end ? ` ${o.start ?? "…"}–${o.end ?? "…"}` : "";
      out.push(`       office: ${o.title_en}${o.country ? ` (${o.country})` : ""}${when}`);
    }
  }

  out.push(section("Events", a.events.length));
  for (const ev of a.events) {
    const date = ev.date ? `${ev.date}${ev.date_text ? ` («${ev.date_text}»)` : ""}` : ev.date_text ? `«${ev.date_text}»` : "no date";
    out.push(`  ${ev.id.padEnd(4)} ${ev.type.padEnd(12)} ${ev.main ? "main " : "other"}  ${date}  place: ${ev.place ? who(ev.place) : "—"}`);
    out.push(`       participants: ${ev.participants.map(who).join("، ") || "—"}${ev.initiator ? `  initiator: ${who(ev.initiator)}` : ""}`);
    out.push(`       plover: ${ev.plover.event}${ev.plover.mode ? `/${ev.plover.mode}` : ""}  trigger: ${quoted(ev.trigger, 40)}  conf ${ev.confidence.toFixed(2)}`);
    out.push(`       evidence: ${quoted(ev.evidence)}`);
  }

  const statements = statementsOf(a);
  out.push(section("Statements", statements.length));
  for (const q of statements) {
    const speaker = q.joint ? q.speakers.map(who).join(" + ") : who(q.speaker);
    out.push(`  ${q.id.padEnd(4)} ${speaker} — ${q.cue} (${q.direct ? "direct" : "reported"}${q.joint ? ", joint" : ""})`);
    out.push(`       ${quoted(q)}`);
  }

  out.push(section("Agreements", a.agreements.length));
  for (const g of a.agreements) {
    out.push(`  ${g.id.padEnd(4)} ${g.kind.padEnd(10)} parties: ${g.parties.map(who).join("، ") || "—"}  cue: ${g.cue}  date: ${g.date ?? "—"}`);
    out.push(`       ${quoted(g)}`);
  }
  return out.join("\n") + "\n";
}
