// Readers for the NER corpora in ../shared/data/ner (formats in their READMEs).
// Every reader returns sentences with canonical labels (O, B-PER, I-LOC, …).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { canonicalLabel, type Label } from "./labels.js";

export interface LabelledSentence {
  words: string[];
  labels: Label[];
}

/**
 * ANERcorp with the CAMeL Lab recipe re-derived from the original file: U+200F removed,
 * · and • → ".", a sentence break after every token made of periods, then the sentences
 * holding the first 5/6 of the words are train and the rest test.
 */
export function readAnercorpSplit(file: string): { train: LabelledSentence[]; test: LabelledSentence[] } {
  const text = readFileSync(file, "utf8");
  const sentences: LabelledSentence[] = [];
  let cur: LabelledSentence = { words: [], labels: [] };
  const push = (word: string, tag: string) => {
    word = word.replace(/[·•]/g, ".");
    if (word === "") return;
    cur.words.push(word);
    cur.labels.push(canonicalLabel(tag));
    if (/^\.+$/.test(word)) {
      sentences.push(cur);
      cur = { words: [], labels: [] };
    }
  };
  const lines = text.split("\n");
  for (let ln = 0; ln < lines.length; ln++) {
    const cols = lines[ln].replace(/\u200F/g, "").trim().split(/\s+/).filter(Boolean);
    if (cols.length === 0) continue;
    if (cols.length === 1) {
      // Only a tag is left once U+200F is removed: the token was invisible.
      if (/^(O|[BI]-\w+)$/.test(cols[0])) continue;
      throw new Error(`${file}:${ln + 1}: no tag on line ${JSON.stringify(lines[ln])}`);
    }
    if (cols.length === 3 && /^O./.test(cols[1])) {
      // The one merged line ". Oالإصابة O": two tokens.
      push(cols[0], "O");
      push(cols[1].slice(1), cols[2]);
      continue;
    }
    push(cols.slice(0, -1).join(""), cols[cols.length - 1]);
  }
  if (cur.words.length) sentences.push(cur);
  const total = sentences.reduce((a, s) => a + s.words.length, 0);
  const cut = (total * 5) / 6;
  const train: LabelledSentence[] = [];
  const test: LabelledSentence[] = [];
  let seen = 0;
  for (const s of sentences) {
    (seen < cut ? train : test).push(s);
    seen += s.words.length;
  }
  return { train, test };
}

/** AQMAR: one file per article; noisy tags cleaned as its README says (MIS* → MISC). */
export function readAqmar(dir: string): Array<{ article: string; sentences: LabelledSentence[] }> {
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
  return files.map((f) => {
    const sentences: LabelledSentence[] = [];
    let cur: LabelledSentence = { words: [], labels: [] };
    for (const line of readFileSync(join(dir, f), "utf8").split(/\r?\n/)) {
      const cols = line.trim().split(/\s+/).filter(Boolean);
      if (cols.length < 2) {
        if (cur.words.length) sentences.push(cur);
        cur = { words: [], labels: [] };
        continue;
      }
      let tag = cols[cols.length - 1];
      if (tag === "B-SPANISH" || tag === "B-ENGLISH") tag = "B-MISC";
      cur.words.push(cols.slice(0, -1).join(""));
      cur.labels.push(canonicalLabel(tag));
    }
    if (cur.words.length) sentences.push(cur);
    return { article: f.replace(/\.txt$/, ""), sentences };
  });
}

/**
 * WikiFANE fine classes → ANERcorp's four (COLING 2014 taxonomy, ACE-style):
 * PER subtypes → PER except Group (nationalities and communities, which ANERcorp leaves O);
 * ORG → ORG; GPE and LOC → LOC; FAC → LOC (ANERcorp tags named places and buildings LOC);
 * PRO, VEH, WEA (named products, vehicles, weapons) → MISC.
 */
export const FANE_COARSE: Record<string, "PER" | "LOC" | "ORG" | "MISC" | null> = {
  Politician: "PER", Athlete: "PER", Businessperson: "PER", Artist: "PER", Scientist: "PER", Police: "PER",
  Religious_PER: "PER", Engineer: "PER", Lawyer: "PER", Other_PER: "PER", Group: null,
  Government: "ORG", "Non-Governmental": "ORG", Commercial: "ORG", Educational: "ORG", Media: "ORG",
  Religious_ORG: "ORG", Sports: "ORG", Entertainment: "ORG", "Medical-Science": "ORG",
  Nation: "LOC", "Population-Center": "LOC", "State-or-Province": "LOC", "County-or-District": "LOC",
  "GPE-Cluster": "LOC", Continent: "LOC", "Water-Body": "LOC", "Land-Region-Natural": "LOC", Celestial: "LOC",
  "Building-Grounds": "LOC", Airport: "LOC", Path: "LOC", "Subarea-Facility": "LOC", Plant: null,
  Book: "MISC", Movie: "MISC", Sound: "MISC", Hardware: "MISC", Software: "MISC", Food: "MISC", Drug: "MISC",
  Air: "MISC", Land: "MISC", Water: "MISC",
  Blunt: "MISC", Exploding: "MISC", Nuclear: "MISC", Projectile: "MISC", Sharp: "MISC", Shooting: "MISC", Chemical: "MISC",
};

const FANE_PROCLITICS = new Set(["و", "ف"]);
const FANE_SUFFIXES = new Set(["ه", "ها", "هم", "هما", "هن", "كم", "كما", "نا"]);

/**
 * WikiFANE (or NewsFANE) Gold: BOM, U+200E and CR stripped, TAB-separated, a lone TAB between
 * sentences. FANE splits و/ف and pronoun suffixes off; we re-attach them when tagged O so the
 * tokens look like ANERcorp's and like running text.
 */
export function readFane(file: string): LabelledSentence[] {
  const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  const out: LabelledSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (words.length) out.push(mergeClitics(words, tags));
    words = [];
    tags = [];
  };
  for (const raw of text.split("\n")) {
    const line = raw.replace(/[\u200E\r]/g, "");
    const tab = line.indexOf("\t");
    const word = (tab < 0 ? line : line.slice(0, tab)).trim();
    const tag = tab < 0 ? "" : line.slice(tab + 1).trim();
    if (word === "") {
      flush();
      continue;
    }
    words.push(word);
    tags.push(tag || "O");
  }
  flush();
  return out;
}

function faneLabel(tag: string): Label {
  const m = /^([BI])-(.+)$/.exec(tag);
  if (!m) return "O";
  const t = FANE_COARSE[m[2]];
  return t ? (`${m[1]}-${t}` as Label) : "O";
}

function mergeClitics(words: string[], tags: string[]): LabelledSentence {
  const w: string[] = [];
  const l: Label[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const label = faneLabel(tags[i]);
    if (label === "O" && FANE_PROCLITICS.has(word) && i + 1 < words.length && /^[\u0621-\u064A]/.test(words[i + 1])) {
      words[i + 1] = word + words[i + 1];
      continue;
    }
    if (label === "O" && FANE_SUFFIXES.has(word) && w.length && /[\u0621-\u064A]$/.test(w[w.length - 1])) {
      w[w.length - 1] += word;
      continue;
    }
    w.push(word);
    l.push(label);
  }
  // Merging can leave I-X after O (an entity's first word absorbed nothing, but guard anyway).
  for (let i = 0; i < l.length; i++) {
    if (l[i].startsWith("I-") && (i === 0 || l[i - 1].slice(2) !== l[i].slice(2))) l[i] = `B-${l[i].slice(2)}` as Label;
  }
  return { words: w, labels: l };
}
