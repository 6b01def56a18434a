// Small Arabic articles written for these tests (not taken from any outlet),
// with hand-made facts whose spans are found in the text, so store and search
// tests do not depend on the state of the extraction stages (the seed tests
// run the real pipeline).
import type { Analysis, Entity, EntityType, Event, EventType, Quote } from "../../src/types.js";

export interface EntitySpec {
  key: string;
  type: EntityType;
  name: string;
  /** Written forms to find in the text (clitics excluded from the spans). */
  forms: string[];
  name_en?: string;
}

export interface ArticleSpec {
  id: string;
  outlet: string | null;
  published: string | null;
  title?: string | null;
  text: string;
  entities?: EntitySpec[];
  events?: { type: EventType; participants: string[]; trigger: string; main?: boolean; date?: string | null }[];
  quotes?: { speakers: string[]; text: string; cue: string }[];
}

/** Every occurrence of the forms, longest form first, without overlaps. */
function spans(text: string, forms: string[]): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  for (const f of [...forms].sort((a, b) => b.length - a.length)) {
    for (let i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + 1)) {
      if (!out.some((s) => i < s.end && i + f.length > s.start)) out.push({ start: i, end: i + f.length, text: f });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function makeAnalysis(spec: ArticleSpec): Analysis {
  const base: Analysis = {
    schema: "rasd.analysis/1",
    id: spec.id,
    source: `${spec.id}.txt`,
    raw_hash: `raw-${spec.id}`,
    outlet: spec.outlet,
    published: spec.published,
    title: spec.title ?? null,
    url: null,
    dateline: null,
    entities: [],
    events: [],
    quotes: [],
    joint_statements: [],
    unattributed_statements: [],
    agreements: [],
    text: spec.text,
  };
  const entities: Entity[] = (spec.entities ?? []).map((e, i) => {
    const mentions = spans(spec.text, e.forms);
    if (mentions.length === 0) throw new Error(`fixture ${spec.id}: no mention of ${e.key}`);
    return {
      id: `e${i + 1}`, type: e.type, name: e.name, mentions, key: e.key, name_en: e.name_en ?? null, wikidata: null,
      country: null, roles: [], office: null, confidence: 0.9, source: "gazetteer",
    };
  });
  const local = (key: string) => entities.find((e) => e.key === key)!.id;
  const events: Event[] = (spec.events ?? []).map((ev, i) => {
    const t = spec.text.indexOf(ev.trigger);
    if (t < 0) throw new Error(`fixture ${spec.id}: no trigger ${ev.trigger}`);
    const trigger = { start: t, end: t + ev.trigger.length, text: ev.trigger };
    return {
      id: `v${i + 1}`, type: ev.type, participants: ev.participants.map(local), initiator: null, date: ev.date ?? null,
      date_text: null, place: null, main: ev.main ?? true, plover: { event: "CONSULT", mode: ev.type === "phone_call" ? "phone" : ev.type === "meeting" ? "visit" : null },
      trigger, evidence: trigger, confidence: 0.8,
    };
  });
  const quotes: Quote[] = (spec.quotes ?? []).map((q, i) => {
    const s = spec.text.indexOf(q.text);
    const c = spec.text.indexOf(q.cue);
    if (s < 0 || c < 0) throw new Error(`fixture ${spec.id}: quote not found`);
    const speakers = q.speakers.map(local);
    return {
      id: `q${i + 1}`, start: s, end: s + q.text.length, text: q.text, speaker: speakers.length === 1 ? speakers[0] : null,
      speakers, joint: speakers.length > 1, cue: q.cue, cue_span: { start: c, end: c + q.cue.length }, direct: false, confidence: 0.8,
    };
  });
  // Assigned into `base` so the keys keep the pipeline's order (the export test compares JSON text).
  return Object.assign(base, { entities, events, quotes: quotes.filter((q) => !q.joint && q.speaker !== null), joint_statements: quotes.filter((q) => q.joint), unattributed_statements: quotes.filter((q) => !q.joint && q.speaker === null) });
}

const LAVROV: EntitySpec = { key: "per:sergey_lavrov", type: "PER", name: "سيرغي لافروف", forms: ["سيرغي لافروف", "سيرجي لافروف", "لافروف"], name_en: "Sergey Lavrov" };
const FAISAL: EntitySpec = { key: "per:faisal_bin_farhan", type: "PER", name: "فيصل بن فرحان", forms: ["فيصل بن فرحان"], name_en: "Faisal bin Farhan" };
const RUSSIA: EntitySpec = { key: "gpe:RU", type: "GPE", name: "روسيا", forms: ["روسيا"], name_en: "Russia" };
const SAUDI: EntitySpec = { key: "gpe:SA", type: "GPE", name: "السعودية", forms: ["السعودية"], name_en: "Saudi Arabia" };
const MOSCOW: EntitySpec = { key: "gpe:moscow", type: "GPE", name: "موسكو", forms: ["موسكو"], name_en: "Moscow" };
const PUTIN: EntitySpec = { key: "per:vladimir_putin", type: "PER", name: "فلاديمير بوتين", forms: ["فلاديمير بوتين", "بوتين"], name_en: "Vladimir Putin" };
const WANG: EntitySpec = { key: "per:wang_yi", type: "PER", name: "وانغ يي", forms: ["وانغ يي"], name_en: "Wang Yi" };

const CALL_TEXT =
  "الرياض - أجرى وزير الخارجية السعودي الأمير فيصل بن فرحان اتصالا هاتفيا اليوم مع وزير الخارجية الروسي سيرغي لافروف، " +
  "بحثا خلاله العلاقات الثنائية بين السعودية وروسيا وسبل تعزيزها في المجالات الاقتصادية والتجارية. " +
  "وأكد الجانبان أهمية مواصلة التنسيق إزاء القضايا الإقليمية والدولية ذات الاهتمام المشترك.";

export const ARTICLES: ArticleSpec[] = [
  {
    id: "t01_call", outlet: "SPA", published: "2021-03-12", title: "وزير الخارجية يتلقى اتصالا من نظيره الروسي",
    text: CALL_TEXT,
    entities: [FAISAL, LAVROV, SAUDI, RUSSIA],
    events: [{ type: "phone_call", participants: [FAISAL.key, LAVROV.key], trigger: "اتصالا هاتفيا", date: "2021-03-12" }],
  },
  {
    // A syndicated copy of t01 from another outlet: one more sentence, different opening.
    id: "t02_call_copy", outlet: "RT Arabic", published: "2021-03-12", title: null,
    text: CALL_TEXT.replace("الرياض - ", "") + " ويأتي الاتصال في إطار المشاورات الدورية بين البلدين.",
    entities: [FAISAL, LAVROV, SAUDI, RUSSIA],
    events: [{ type: "phone_call", participants: [FAISAL.key, LAVROV.key], trigger: "اتصالا هاتفيا", date: "2021-03-12" }],
  },
  {
    id: "t03_meeting", outlet: "TASS", published: "2021-04-02", title: null,
    text:
      "موسكو - استقبل الرئيس الروسي فلاديمير بوتين في الكرملين وزير الخارجية الصيني وانغ يي، بحضور لافروف. " +
      "وقال بوتين إن العلاقات بين البلدين تمر بأفضل مراحلها، فيما أعرب الضيف عن تقديره لجهود موسكو ولافروف في دعم الحوار.",
    entities: [PUTIN, WANG, LAVROV, MOSCOW],
    events: [{ type: "meeting", participants: [PUTIN.key, WANG.key, LAVROV.key], trigger: "استقبل" }],
    quotes: [{ speakers: [PUTIN.key], cue: "وقال", text: "العلاقات بين البلدين تمر بأفضل مراحلها" }],
  },
  {
    id: "t04_statement", outlet: "Sputnik", published: "2022-01-20", title: null,
    text:
      "نقلت وكالة سبوتنيك تصريحات للافروف أكد فيها أن موسكو منفتحة على الحوار مع واشنطن. " +
      "وأضاف وزير الخارجية سيرجي لافروف أن الضمانات الأمنية تبقى أولوية، مشيرا إلى أن بلاده لن تقبل بتوسع الحلف شرقا.",
    entities: [LAVROV, MOSCOW],
    quotes: [{ speakers: [LAVROV.key], cue: "وأضاف", text: "الضمانات الأمنية تبقى أولوية" }],
  },
  {
    id: "t05_economy", outlet: "WAM", published: "2022-02-01", title: "نمو التبادل التجاري",
    text:
      "أبوظبي - أعلنت وزارة الاقتصاد ارتفاع حجم التبادل التجاري غير النفطي بنسبة 19.8 في المئة خلال العام الماضي، " +
      "وقال مسؤولون إن الاتفاقيات التجارية الجديدة ساهمت في جذب الاستثمارات الخارجية.",
    entities: [],
  },
];

export function fixtureAnalyses(): Analysis[] {
  return ARTICLES.map(makeAnalysis);
}
