// One generated wire report: a pure function of (seed, index). The story is
// drawn first (type, date, parties valid on that date), then written in the
// house style of a randomly chosen outlet, padded with further statements to
// about the target size, and framed with the outlet's page furniture.
import { EVENT_TYPES, type EventType } from "../types.js";
import { type Actors, type Country, type Level, type Person, inOffice } from "./actors.js";
import { type Day, addDays, dayFromEpochDays, epochDays } from "./calendar.js";
import { type OutletStyle, OUTLET_STYLES } from "./outlets.js";
import * as P from "./phrases.js";
import { Rng } from "./prng.js";

export interface GeneratedArticle {
  id: string;
  url: string;
  title: string;
  outlet: string;
  published: string;
  text: string;
  /** What the generator wrote, for checking extraction on generated text. */
  truth: {
    type: EventType;
    participants: string[];
    date: string;
    statements: number;
    direct: number;
  };
}

export interface GenerateOptions {
  seed: number;
  /** Target size of `text` in UTF-8 bytes (default 4000). */
  targetBytes?: number;
}

const FIRST_DAY = epochDays("2019-01-01");
const LAST_DAY = epochDays("2026-06-30");

interface Party {
  person: Person;
  country: Country;
}

interface Story {
  rng: Rng;
  actors: Actors;
  style: OutletStyle;
  day: Day;
  home: Country;
  marks: readonly [string, string];
  statements: number;
  direct: number;
  /** Phrases already used in this article: a wire report does not repeat itself. */
  used: Set<string>;
}

/** A phrase not yet used in this article when there is one. */
function fresh(s: Story, list: readonly string[]): string {
  let pick = s.rng.pick(list);
  for (let i = 0; i < 6 && s.used.has(pick); i++) pick = s.rng.pick(list);
  s.used.add(pick);
  return pick;
}

const countryIndex = new WeakMap<Actors, Map<string, Country>>();

function countryOf(actors: Actors, code: string): Country {
  let index = countryIndex.get(actors);
  if (!index) countryIndex.set(actors, (index = new Map(actors.countries.map((c) => [c.code, c]))));
  const c = index.get(code);
  if (!c) throw new Error(`data/bench/actors.json: no country "${code}"`);
  return c;
}

function holders(actors: Actors, level: Level, date: string): Party[] {
  return actors.people
    .filter((p) => p.level === level && inOffice(p, date))
    .map((p) => ({ person: p, country: countryOf(actors, p.country) }));
}

/** Two parties of different countries at the same level, the outlet's own country first when it can be. */
function pair(s: Story, level: Level): [Party, Party] {
  const all = holders(s.actors, level, s.day.iso);
  const own = all.filter((p) => p.country.code === s.home.code);
  const usualA = all.filter((p) => !p.country.gazetteer);
  const a = own.length > 0 && s.rng.chance(0.7) ? s.rng.pick(own) : s.rng.pick(s.rng.chance(0.8) ? usualA : all);
  const others = all.filter((p) => p.country.code !== a.country.code);
  // Mostly the usual partners of the outlets' states; now and then any state of the gazetteer.
  const usual = others.filter((p) => !p.country.gazetteer);
  return [a, s.rng.pick(usual.length > 0 && s.rng.chance(0.7) ? usual : others)];
}

function fields(rng: Rng): string {
  return rng.sample(P.FIELDS, rng.int(2, 3)).join(" و");
}

function topic(s: Story): string {
  const ok = P.TOPICS.filter((t) => (!t.from || t.from <= s.day.iso) && (!t.to || s.day.iso <= t.to));
  return s.rng.pick(ok).text;
}

function fill(s: Story, template: string, speaker: Party, other: Party | null): string {
  return template
    .replaceAll("{S}", speaker.country.masc ? "بلاده" : speaker.country.short)
    .replaceAll("{O}", other ? other.country.short : s.rng.pick(s.actors.countries).short)
    .replaceAll("{F}", fields(s.rng))
    .replaceAll("{G}", s.rng.pick(P.GOALS))
    .replaceAll("{T}", topic(s));
}

/** The preposition ل on a noun: الصين → للصين, قطر → لقطر. */
function li(noun: string): string {
  return noun.startsWith("ال") ? "ل" + noun.slice(1) : "ل" + noun;
}

/** السعودي → السعودية */
function feminine(adj: string): string {
  return adj.replace(/ي$/, "ية");
}

function hasCountryWord(title: string, c: Country): boolean {
  return title.includes(c.adj) || title.includes(c.short) || title.includes(c.name);
}

/** First mention: the home outlet's protocol style for its own officials, "title + name" for others. */
function fullRef(s: Story, p: Party): string {
  const { person, country } = p;
  if (country.code === s.home.code) return [person.honorific, person.name, person.title].filter(Boolean).join(" ");
  const title = hasCountryWord(person.title, country) ? person.title : `${person.title} ${country.adj}`;
  return `${title} ${person.name}`;
}

/** A later mention: the short name, or the office with the nationality. */
function laterRef(s: Story, p: Party): string {
  if (s.rng.chance(0.75)) return p.person.short;
  const office = p.person.level === "fm" ? "وزير الخارجية" : p.person.level === "head" ? "الرئيس" : "رئيس الوزراء";
  return `${office} ${p.country.adj}`;
}

function when(s: Story, event: Day): string {
  const sameDay = event.iso === s.day.iso;
  const r = s.rng.int(0, 3);
  if (sameDay) return ["اليوم", `اليوم ${event.weekday}`, `اليوم (${event.weekday})`, `يوم ${event.weekday}`][r];
  return [`أمس ${event.weekday}`, `مساء أمس ${event.weekday}`, "أمس", `يوم ${event.weekday}`][r];
}

function quoted(s: Story, sentences: string[]): string {
  const [open, close] = s.marks;
  return `${open}${sentences.join(". ")}${close}`;
}

/** One paragraph of statements by `speaker`; counts what it writes. */
function statement(s: Story, speaker: Party, other: Party | null, ref: string, opener: boolean): string {
  const rng = s.rng;
  const f = (t: readonly string[]): string => fill(s, fresh(s, t), speaker, other);
  const lead = opener ? rng.pick(["من جانبه، ", "بدوره، ", "من جهته، ", "في المقابل، "]) : "و";
  const direct = rng.chance(0.3);
  let text: string;
  s.statements++;
  if (direct) {
    s.direct++;
    const n = rng.int(1, 3);
    const body = quoted(s, Array.from({ length: n }, () => fill(s, fresh(s, P.DIRECT), speaker, other)));
    text = `${lead}قال ${ref}${rng.pick(["", " في تصريح للصحفيين", " في مؤتمر صحفي مشترك", " في كلمته"])}: ${body}.`;
  } else {
    const form = rng.int(0, 8);
    const v = (verb: string): string => (opener ? `${lead}${verb}` : `و${verb}`);
    switch (form) {
      case 0: text = `${v("قال")} ${ref} إن ${f(P.CLAUSES)}`; break;
      case 1: text = `${v("أكد")} ${ref} أن ${f(P.CLAUSES)}`; break;
      case 2: text = `${v("أشار")} ${ref} إلى أن ${f(P.CLAUSES)}`; break;
      case 3: text = `${v("أوضح")} ${ref} أن ${f(P.CLAUSES)}`; break;
      case 4: text = `${v("شدد")} ${ref} على ${f(P.EMPHASES)}`; break;
      case 5: text = `${v("أعرب")} ${ref} عن ${f(P.FEELINGS)}`; break;
      case 6: text = `${v("دعا")} ${ref} إلى ${f(P.CALLS)}`; break;
      case 7: text = `${v("حث")} ${ref} المجتمع الدولي على ${f(P.URGES)}`; break;
      default: text = `${v("أكد")} ${ref} أن ${f(P.CLAUSES)}، وفقا لما ذكره بيان صادر عن وزارة الخارجية ${feminine(speaker.country.adj)}`; break;
    }
    if (rng.chance(0.45)) {
      s.statements++;
      const tail = rng.int(0, 3);
      text += [
        `، مضيفا أن ${f(P.CLAUSES)}`,
        `، مشيرا إلى أن ${f(P.CLAUSES)}`,
        `، مؤكدا أن ${f(P.CLAUSES)}`,
        `، لافتا إلى أن ${f(P.CLAUSES)}`,
      ][tail];
    }
    text += ".";
  }
  return text;
}

function lead(s: Story, type: EventType, a: Party, b: Party, event: Day, extra: { summit?: string; city?: string; ordinal?: string; doc?: string; others?: string }): { text: string; title: string; participants: Party[] } {
  const rng = s.rng;
  const A = fullRef(s, a);
  const B = fullRef(s, b);
  const w = when(s, event);
  const T = topic(s);
  switch (type) {
    case "phone_call":
      return rng.chance(0.5)
        ? { text: `تلقى ${A}، ${w}، اتصالا هاتفيا من ${B}، جرى خلاله بحث ${T}.`, title: `${a.person.short} يتلقى اتصالا هاتفيا من ${b.person.title.includes(b.country.adj) ? b.person.title : b.person.title + " " + b.country.adj}`, participants: [b, a] }
        : { text: `أجرى ${A} ${w} اتصالا هاتفيا مع ${B}، تناول ${T}.`, title: `${a.person.short} يبحث هاتفيا مع ${b.person.short} ${T}`, participants: [a, b] };
    case "video_call":
      return rng.chance(0.5)
        ? { text: `عقد ${A} ${w} محادثات عبر تقنية الاتصال المرئي مع ${B}، تناولت ${T}.`, title: `${a.person.short} و${b.person.short} يعقدان محادثات عبر الاتصال المرئي`, participants: [a, b] }
        : { text: `أجرى ${A} ${w} اتصالا مرئيا مع ${B}، بحثا خلاله ${T}.`, title: `اتصال مرئي بين ${a.person.short} و${b.person.short}`, participants: [a, b] };
    case "message": {
      const k = rng.int(0, 2);
      if (k === 0) return { text: `بعث ${A} برقية تهنئة إلى ${B}، وذلك بمناسبة ${rng.pick(P.OCCASIONS)}.`, title: `${a.person.short} يهنئ ${b.person.short}`, participants: [a, b] };
      if (k === 1) return { text: `بعث ${A} برقية تعزية ومواساة إلى ${B}، في ${rng.pick(P.DISASTERS)}.`, title: `${a.person.short} يعزي ${b.person.short}`, participants: [a, b] };
      return { text: `تسلم ${A} ${w} رسالة خطية من ${B}، تتصل ب${T}.`, title: `${a.person.short} يتسلم رسالة خطية من ${b.person.short}`, participants: [b, a] };
    }
    case "visit":
      return { text: `وصل ${A} ${w} إلى ${b.country.capital} في زيارة رسمية تستغرق ${rng.pick(["يومين", "ثلاثة أيام", "عدة أيام"])}، يلتقي خلالها ${B} وعددا من كبار المسؤولين.`, title: `${a.person.short} يصل إلى ${b.country.capital} في زيارة رسمية`, participants: [a, b] };
    case "meeting":
      return rng.chance(0.5)
        ? { text: `استقبل ${A} ${w} في ${a.country.capital} ${B} والوفد المرافق له.`, title: `${a.person.short} يستقبل ${b.person.short}`, participants: [a, b] }
        : { text: `عقد ${A} و${B} ${w} في ${extra.city} جلسة مباحثات رسمية تناولت ${T}.`, title: `${a.person.short} و${b.person.short} يبحثان ${T}`, participants: [a, b] };
    case "multilateral":
      return { text: `شارك ${A} ${w} في أعمال ${extra.summit} التي عقدت في ${extra.city}، بمشاركة ${extra.others}.`, title: `${a.person.short} يشارك في ${extra.summit}`, participants: [a, b] };
    case "signing":
      return { text: `وقع ${A} و${B} ${w} في ${extra.city} ${extra.doc} في مجال ${rng.pick(P.FIELDS)}، وذلك في ختام مباحثات جرت بينهما.`, title: `${a.country.short} و${b.country.short} توقعان ${extra.doc}`, participants: [a, b] };
    case "consultation":
      return rng.chance(0.5)
        ? { text: `عقدت ${a.country.name} و${b.country.name} ${w} في ${extra.city} الجولة ${extra.ordinal} من المشاورات السياسية بين وزارتي الخارجية في البلدين، برئاسة ${A} و${B}.`, title: `${a.country.short} و${b.country.short} تعقدان الجولة ${extra.ordinal} من المشاورات السياسية`, participants: [a, b] }
        : { text: `ترأس ${A} و${B} ${w} في ${extra.city} أعمال الدورة ${extra.ordinal} للجنة ${feminine(a.country.adj)} ${feminine(b.country.adj)} المشتركة.`, title: `انعقاد الدورة ${extra.ordinal} للجنة المشتركة بين ${a.country.short} و${b.country.short}`, participants: [a, b] };
  }
}

function boilerplateRelated(s: Story): string[] {
  const ppl = s.rng.sample(s.actors.people.filter((p) => inOffice(p, s.day.iso)), 2);
  return ppl.map((p) => `${p.short} ${s.rng.pick(["يبحث مع نظيره", "يستقبل وفدا من", "يشارك في اجتماع"])} ${s.rng.pick(s.actors.countries).short}`);
}

export function generateArticle(index: number, actors: Actors, opts: GenerateOptions): GeneratedArticle {
  const rng = new Rng(opts.seed, index);
  const target = opts.targetBytes ?? 4000;
  const style = rng.pick(OUTLET_STYLES);
  const published = dayFromEpochDays(rng.int(FIRST_DAY, LAST_DAY));
  const s: Story = { rng, actors, style, day: published, home: countryOf(actors, style.country), marks: rng.chance(0.5) ? style.quotes : rng.pick([["«", "»"], ['"', '"']] as const), statements: 0, direct: 0, used: new Set() };
  const type = rng.pick(EVENT_TYPES);
  const event = rng.chance(0.7) ? published : addDays(published, -1);

  const level: Level = type === "consultation" || type === "signing" || type === "video_call" ? "fm" : rng.pick(["head", "fm", "fm", "head", "gov"] as const);
  let orgHead: string | null = null;
  let [a, b] = pair(s, level === "gov" && holders(actors, "gov", published.iso).length < 2 ? "fm" : level);
  const extra: { summit?: string; city?: string; ordinal?: string; doc?: string; others?: string } = {
    city: rng.pick([a.country.capital, b.country.capital]),
    ordinal: rng.pick(P.ORDINALS),
    doc: rng.pick(P.DOCUMENTS),
  };
  if (type === "multilateral") {
    const summit = rng.pick(actors.summits);
    const org = actors.organisations.find((o) => o.name === summit.org && inOffice(o, published.iso)) ?? actors.organisations.find((o) => inOffice(o, published.iso));
    [a, b] = pair(s, summit.level);
    extra.summit = summit.name;
    extra.others = `${fullRef(s, b)}${org ? ` و${org.head_title} ${org.head}` : ""}`;
    orgHead = org ? org.head : null;
  }
  const l = lead(s, type, a, b, event, extra);
  const [first, second] = l.participants;

  const paras: string[] = [style.dateline(published, style.outlet === "Sputnik" || style.outlet === "Anadolu Agency" ? s.home.capital : rng.chance(0.7) ? s.home.capital : extra.city ?? s.home.capital, rng) + l.text];
  if (type === "message") {
    s.statements++;
    const cable = l.text.includes("رسالة") ? "رسالته" : "برقيته";
    paras.push(`وأعرب ${laterRef(s, first)} في ${cable} عن خالص تمنياته ${li(second.country.short)} و${second.country.masc ? "شعبه" : "شعبها"} بدوام التقدم والازدهار.`);
  }
  const [t1, t2] = rng.sample(P.TOPICS.filter((t) => (!t.from || t.from <= published.iso) && (!t.to || published.iso <= t.to)), 2);
  paras.push(`وجرى خلال ${type === "phone_call" || type === "video_call" ? "الاتصال" : type === "message" ? "الرسالة" : "اللقاء"} استعراض ${t1.text}، إضافة إلى بحث ${t2.text}.`);
  paras.push(statement(s, first, second, laterRef(s, first), false));
  paras.push(statement(s, second, first, laterRef(s, second), true));
  if (rng.chance(0.6)) paras.push(fill(s, rng.pick(P.JOINT), first, second));
  if (rng.chance(0.4)) paras.push(`حضر ${type === "phone_call" ? "الاتصال" : "اللقاء"} ${fill(s, rng.pick(P.ATTENDEES), first, second)}.`);
  if (rng.chance(0.4)) paras.push(`وكان ${first.person.short} قد بحث مع ${second.person.short} في اتصال هاتفي ${rng.pick(["الشهر الماضي", "مطلع العام الجاري", "قبل أسبوعين"])} ${topic(s)}.`);

  const bytes = (xs: string[]): number => xs.reduce((n, x) => n + Buffer.byteLength(x, "utf8") + 2, 0);
  let turn = 0;
  while (bytes(paras) < target - 250) {
    const [sp, ot] = turn++ % 2 === 0 ? [first, second] : [second, first];
    paras.push(statement(s, sp, ot, laterRef(s, sp), false));
  }

  const lines = [...style.header(published, rng), l.title, "", paras.join("\n\n"), "", ...style.trailer(rng)];
  if (rng.chance(0.3)) lines.push("اقرأ أيضا:", ...boilerplateRelated(s));
  const id = `bench-${opts.seed}-${String(index).padStart(7, "0")}`;
  return {
    id,
    url: `https://${style.host}/news/${published.iso.replaceAll("-", "/")}/${index}`,
    title: l.title,
    outlet: style.outlet,
    published: published.iso,
    text: lines.join("\n").replace(/\n{3,}/g, "\n\n").trim() + "\n",
    truth: {
      type,
      participants: [...l.participants.map((p) => p.person.name), ...(orgHead ? [orgHead] : [])],
      date: event.iso,
      statements: s.statements,
      direct: s.direct,
    },
  };
}
