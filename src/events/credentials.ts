// Presentations of credentials (أوراق الاعتماد): the head of state meets each ambassador who
// presents them. Palace and ministry releases list several ambassadors for one ceremony
// ("تسلم الملك … أوراق اعتماد عدد من السفراء، وهم: سفير … X. سفيرة … Y."), so each named
// ambassador is a meeting of his own with the receiver (as the gold of official releases counts it).
import type { Token } from "../types.js";
import { isPunct, type DocContext } from "./context.js";

export interface Presentation {
  receiver: string;
  ambassador: string;
  /** Sentence of the ceremony (its evidence) and the token of the receiving or presenting verb. */
  sentence: number;
  verb: number;
}

/** The receiver takes the credentials: تسلم/تسلّم/استلم/تقبل/تلقى (past, either gender). */
const RECEIVE = new Set(["تسلم", "تسلمت", "استلم", "استلمت", "تقبل", "تقبلت", "تلقي", "تلقت"]);
/** The ambassador hands them over: قدم/سلم (singular or plural). */
const PRESENT = new Set(["قدم", "قدمت", "قدموا", "سلم", "سلمت", "سلموا"]);
/** A list line naming one more ambassador: سفير/سفيرة … X، القائم بالأعمال … Y. */
const LIST_HEAD = /^(?:سفير|سفيره|سفراء|القائم|القائمه|المندوب|المندوبه)$/u;

const isCredentialsAt = (tokens: Token[], k: number) =>
  tokens[k].bare === "اوراق" && /^(?:ال)?اعتماد(?:ه|ها|هم|هما)?$/u.test(tokens[k + 1]?.core ?? "");

export function credentialPresentations(ctx: DocContext): Presentation[] {
  const tokens = ctx.doc.tokens;
  const out: Presentation[] = [];
  // Every token the loop below accepts writes both words in the folded text (its norm holds its
  // bare and core forms): an article without them, nearly every one, is answered without the loop.
  const folded = ctx.folded.text;
  if (!folded.includes("اعتماد") || !folded.includes("اوراق")) return out;
  const person = (k: number) => {
    const m = ctx.mentionAt[k];
    return m && m.entity.type === "PER" ? m : undefined;
  };
  // كما تسلم معاليه …، ونسخة من أوراق اعتماد Y: the receiver of the ceremony's verb, else of the ceremony before.
  const receiverOfVerb = new Map<number, string>();
  let lastReceiver: string | undefined;
  const seen = new Set<string>();
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (!isCredentialsAt(tokens, k)) continue;
    const s = tokens[k].sentence;
    // The verb of the clause, at most 24 words back in the sentence (royal titles, venue and day stand between).
    let verb = -1;
    for (let j = k - 1; j >= Math.max(0, k - 24) && tokens[j].sentence === s; j--) {
      const w = tokens[j].core;
      if (RECEIVE.has(w) || PRESENT.has(w)) {
        verb = j;
        break;
      }
    }
    if (verb < 0) continue;
    const receiving = RECEIVE.has(tokens[verb].core);
    const before: string[] = [];
    for (let j = verb + 1; j < k; j++) {
      const m = person(j);
      if (m && !before.includes(m.entity.id)) before.push(m.entity.id);
    }
    // Subject before the verb (الملك X يتسلم …) when none stands between verb and noun.
    if (!before.length) {
      for (let j = verb - 1; j >= Math.max(0, verb - 6) && tokens[j].sentence === s && !isPunct(tokens[j]); j--) {
        const m = person(j);
        if (m) {
          before.push(m.entity.id);
          break;
        }
      }
    }
    const after: string[] = [];
    const addAfter = (from: number, to: number) => {
      for (let j = from; j < to; j++) {
        const m = person(j);
        if (m && !after.includes(m.entity.id)) after.push(m.entity.id);
      }
    };
    let end = k + 2;
    while (end < tokens.length && tokens[end].sentence === s) end++;
    if (receiving) {
      addAfter(k + 2, end);
      // The ambassadors listed one per line after the ceremony (a bullet, dash or number may open a line).
      for (let next = s + 1; next < ctx.doc.sentences.length; next++) {
        const { tokenStart, tokenEnd } = ctx.doc.sentences[next];
        let first = tokenStart;
        while (first < tokenEnd && tokens[first].kind !== "arabic") first++;
        if (first === tokenEnd) continue; // "2." read as a sentence of its own
        if (!LIST_HEAD.test(tokens[first]?.core ?? "")) break;
        addAfter(first, tokenEnd);
      }
      // An ambassador not named stands for his state (تسلم X أوراق اعتماد سفير جمهورية كوريا الجديد لدى …).
      if (!after.length) after.push(...accreditingStates(ctx, k + 2, end));
      const receiver = receiverOfVerb.get(verb) ?? before[0] ?? lastReceiver;
      if (!receiver) continue;
      receiverOfVerb.set(verb, receiver);
      lastReceiver = receiver;
      for (const a of after) {
        if (a === receiver || seen.has(`${receiver} ${a}`)) continue;
        seen.add(`${receiver} ${a}`);
        out.push({ receiver, ambassador: a, sentence: s, verb });
      }
    } else {
      // قدم السفير X أوراق اعتماده إلى الرئيس Y: the first person after إلى receives.
      let to = -1;
      for (let j = k + 2; j < end; j++) if (tokens[j].core === "الي" || tokens[j].norm === "الي") {
        to = j;
        break;
      }
      if (to < 0) continue;
      addAfter(to + 1, end);
      const receiver = after[0];
      if (!receiver) continue;
      for (const a of before) if (a !== receiver) out.push({ receiver, ambassador: a, sentence: s, verb });
    }
  }
  return out;
}

/** An envoy's title after the credentials noun: سفير/سفيرة/سفراء/القائم (بالأعمال)/المندوب. */
const ENVOY = /^(?:ال)?(?:سفير|سفيره|سفراء|قايم|القايم|مندوب|مندوبه)$/u;
/** Words that turn from the sending state to the host one (سفير X لدى Y، المعتمد في Y). */
const HOST_SIDE = new Set(["لدي", "في", "المعتمد", "المعتمده", "غير"]);

/**
 * The states whose unnamed envoys present credentials: the GPEs after an envoy's title, up to the
 * host side (لدى، في) or the sentence's end — «سفير جمهورية كوريا الجديد لدى السلطنة», «سفيري
 * الهند والبرازيل». None where a person stands there: he is the ambassador.
 */
function accreditingStates(ctx: DocContext, from: number, to: number): string[] {
  const tokens = ctx.doc.tokens;
  const out: string[] = [];
  let envoy = false;
  for (let j = from; j < to; j++) {
    const t = tokens[j];
    if (ENVOY.test(t.core) || ENVOY.test(t.bare)) {
      envoy = true;
      continue;
    }
    if (!envoy) continue;
    if (HOST_SIDE.has(t.core) || HOST_SIDE.has(t.norm)) break;
    const m = ctx.mentionAt[j];
    if (m?.entity.type === "PER") return [];
    if (m?.entity.type === "GPE" && !out.includes(m.entity.id)) out.push(m.entity.id);
  }
  return out;
}
