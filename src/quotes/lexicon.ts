// The reporting-expression lexicon (data/lexicon/reporting-cues.json), folded
// and expanded into lookup tables once per process.
import { loadJson } from "../data-files.js";
import { normalize } from "../text/normalize.js";

export type Frame = "that" | "colon" | "quote" | "prep_that" | "prep_np" | "np";
export type CueForm = "past" | "present" | "participle";
export type Number = "single" | "dual" | "plural";
/** Grammatical gender a verb form agrees with: "f" for قالت، تؤكد، مؤكدة; "m" for قال، يؤكد، مؤكدا; null when the form does not tell (duals, plurals). */
export type Gender = "f" | "m" | null;

interface VerbEntry {
  past: string;
  present?: string;
  participle?: string;
  prep?: string;
  np_prep?: string;
  np_heads?: boolean;
  np_what?: boolean;
  frames: Frame[];
  irregular?: string[];
  strict?: boolean;
  jointOnly?: boolean;
  addressee?: boolean;
  relayed?: boolean;
  object?: boolean;
  initial?: boolean;
  /** A participle that is also a common adverb (مجدد): read only right before the verb's object. */
  headed_participle?: string;
}

interface CueFile {
  verbs: VerbEntry[];
  impersonal: string[];
  verbal_nouns: string[];
  verbal_noun_lead: string[];
  trailing: string[][];
  trailing_nominal: string[][];
  complementizers: string[];
  conjunction_heads: string[];
  joint_subjects: string[];
  non_speakers: string[];
  media?: string[];
  anonymous: string[];
  demonstratives: string[];
  anaphors?: string[];
  feminine_titles?: string[];
  masculine_titles?: string[];
  speaker_breakers: string[];
  clause_openers: string[];
  relative_pronouns: string[];
  relative_negations: string[];
  titles: string[];
  honorifics: string[];
  honorifics_bare_only?: string[];
  honorific_pronouns: Record<string, string>;
  title_modifiers: string[];
  former_markers?: string[];
  continuing_verbs?: string[];
  title_synonyms?: Record<string, string>;
  said_nouns: string[];
  correspondence?: string[];
  received_verbs: string[];
  statement_heads: string[];
  participle_objects?: string[];
  zone_adverbs: string[];
  name_stoplist: string[];
  counterparts: string[];
  title_construct?: string[];
  invocations?: string[];
  home_office_heads?: string[];
  representative_heads?: string[];
  attendance_words?: string[];
  kin_terms?: string[];
  from_side: string[][];
}

/** What one inflected word form of a reporting verb tells. */
export interface VerbForm {
  lemma: string;
  form: CueForm;
  number: Number;
  gender: Gender;
  frames: ReadonlySet<Frame>;
  /** Folded preposition of the prep_* frames, e.g. "الي". */
  prep: string | null;
  /** The prep_np frame's preposition where it differs from the clause's (نوه إلى أن / نوه بالدور). */
  npPrep: string | null;
  /** The np frame counts only when the noun phrase opens with a noun of stance (أبرز أهمية …). */
  npHeads: boolean;
  /** With npHeads: a noun phrase opening with ما (what was said: نفى ما تردد …) counts too. */
  npWhat: boolean;
  strict: boolean;
  jointOnly: boolean;
  addressee: boolean;
  relayed: boolean;
  /** Takes an object pronoun on the verb (أبلغه، دعاهم). */
  takesObject: boolean;
  /** Counts only opening a clause: the word is also a common noun. */
  needsInitial: boolean;
}

export interface Lexicon {
  verbs: Map<string, VerbForm>;
  /** Participle forms read as a cue only right before the verb's object (مجددا دعوته); not in `verbs`. */
  headedParticiples: Map<string, VerbForm>;
  /** Nouns that open such a participle's object besides the statement heads (دعوة، تأكيد), folded and bare. */
  participleObjects: Set<string>;
  impersonal: Set<string>;
  verbalNouns: Set<string>;
  verbalNounLead: Set<string>;
  trailing: string[][];
  trailingNominal: string[][];
  complementizers: Set<string>;
  conjunctionHeads: Set<string>;
  jointSubjects: Set<string>;
  nonSpeakers: Set<string>;
  /** Words that open a medium's name (وكالة، صحيفة): a subject that is sourcing. */
  media: Set<string>;
  anonymous: Set<string>;
  demonstratives: Set<string>;
  /** Definite nouns that refer back to a named person (المسؤول، الدبلوماسي). */
  anaphors: Set<string>;
  /** Folded title words without the article (رييسه، وزيره) that tell a person's gender when written before the name. */
  feminineTitles: Set<string>;
  masculineTitles: Set<string>;
  breakers: Set<string>;
  /** Words that open a new clause (حيث، فيما، بينما): they end a title window. */
  clauseOpeners: Set<string>;
  /** Relative pronouns (التي، الذين) and the negations that may stand between one and its verb (لم، لا). */
  relativePronouns: Set<string>;
  relativeNegations: Set<string>;
  titles: Set<string>;
  honorifics: Set<string>;
  /** Forms of address whose definite form is a common noun (دولة رئيس الوزراء, but رئيس الدولة: the state). */
  honorificsBareOnly: Set<string>;
  /** Folded honorific pronoun (سموه) → folded honorific (سمو). */
  honorificPronouns: Map<string, string>;
  titleModifiers: Set<string>;
  /** Words after a title that mark it as held before (الرئيس الأسبق، الوزير السابق), bare (article removed). */
  formerMarkers: Set<string>;
  /** Verbs that continue the speaker's own account (أضاف، تابع): their participle after a relayed account stays the reporter's. */
  continuingVerbs: Set<string>;
  /** Folded title word → the common form it is tried as (العاهل → الملك). */
  titleSynonyms: Map<string, string>;
  saidNouns: Set<string>;
  /** A person's own texts (برقيه، رساله، كلمه): what one says is its writer's. */
  correspondence: Set<string>;
  /** Verbs of receiving (تلقى، تسلّم، استلم), as a token's core: their subject is the recipient. */
  receivedVerbs: Set<string>;
  /** Verbal nouns that open a noun-phrase statement (حرص، دعم، تضامن). */
  statementHeads: Set<string>;
  zoneAdverbs: Set<string>;
  nameStoplist: Set<string>;
  counterparts: Set<string>;
  /** Fraternal address (أخيه، شقيقه) written before a title and name. */
  kinTerms: Set<string>;
  /** Indefinite words inside a title between its head and a state (خارجية، وزراء، دولة): folded. */
  titleConstruct: Set<string>;
  /** Blessings written before الله after a ruler's name or verb (حفظه، أيده): folded. */
  invocations: Set<string>;
  /** Heads of an office held in one's own state (وزير، رئيس), bare: a title of one goes on over في + the state. */
  homeOfficeHeads: Set<string>;
  /** Heads of a post that speaks or stands for a state (سفير، متحدث، مبعوث), bare. */
  representativeHeads: Set<string>;
  /** Words that name a meeting's attendees (بحضور، حضر): folded. */
  attendanceWords: Set<string>;
  fromSide: string[][];
}

const fold = (w: string) => normalize(w);
const foldAll = (ws: string[]) => new Set(ws.map(fold));
/** Folded words without the article, as title windows hold them (bareCore in mentions.ts). */
const foldBare = (ws: string[]) => new Set(ws.map((w) => fold(w)).map((w) => (w.startsWith("ال") && w.length > 3 ? w.slice(2) : w)));

/** Number of a listed irregular form, read from its ending. */
function numberOfIrregular(word: string): Number {
  if (/(?:ان|تا|يا)$/.test(word)) return "dual";
  if (/(?:ون|وا)$/.test(word)) return "plural";
  return "single";
}

function expand(v: VerbEntry, into: Map<string, VerbForm>, headed?: Map<string, VerbForm>): void {
  const lemma = fold(v.past);
  const base = {
    lemma,
    frames: new Set(v.frames),
    prep: v.prep ? fold(v.prep) : null,
    npPrep: v.np_prep ? fold(v.np_prep) : null,
    npHeads: Boolean(v.np_heads),
    npWhat: Boolean(v.np_what),
    strict: Boolean(v.strict),
    jointOnly: Boolean(v.jointOnly),
    addressee: Boolean(v.addressee),
    relayed: Boolean(v.relayed),
    takesObject: Boolean(v.object),
    needsInitial: Boolean(v.initial),
  };
  const put = (word: string, form: CueForm, number: Number, gender: Gender = null) => {
    if (!into.has(word)) into.set(word, { ...base, form, number, gender: number === "single" ? gender : null });
  };
  // Weak-final verbs (دعا، تمنى، رأى) list their suffixed forms under `irregular`.
  const weak = /[اي]$/.test(lemma) && v.irregular;
  put(lemma, "past", "single", "m");
  if (!weak) for (const s of ["ت", "ا", "تا", "وا"]) put(lemma + s, "past", s === "ت" ? "single" : s === "وا" ? "plural" : "dual", "f");
  if (v.present) {
    const p = fold(v.present);
    for (const pre of ["ي", "ت"]) {
      put(pre + p, "present", "single", pre === "ت" ? "f" : "m");
      if (!weak) {
        put(pre + p + "ان", "present", "dual");
        put(pre + p + "ون", "present", "plural");
      }
    }
  }
  if (v.participle) {
    const p = fold(v.participle);
    for (const s of ["ا", "ه", "ين", "تين"]) put(p + s, "participle", s === "ا" || s === "ه" ? "single" : "plural", s === "ه" ? "f" : "m");
  }
  if (v.headed_participle && headed) {
    const p = fold(v.headed_participle);
    for (const s of ["ا", "ه", "ين", "تين"]) {
      const word = p + s;
      if (!headed.has(word)) headed.set(word, { ...base, form: "participle", number: s === "ا" || s === "ه" ? "single" : "plural", gender: s === "ه" ? "f" : s === "ا" ? "m" : null });
    }
  }
  for (const w of v.irregular ?? []) {
    const f = fold(w);
    const present = /^[يت]/.test(f) && !f.startsWith(lemma);
    // Third person: a past form ending in ت (دعت، رأت) or a present one opening with ت (تدعو) is feminine.
    const feminine = present ? f.startsWith("ت") : f.endsWith("ت");
    put(f, present ? "present" : "past", numberOfIrregular(f), feminine ? "f" : "m");
  }
}

let cached: Lexicon | null = null;

export function lexicon(): Lexicon {
  if (cached) return cached;
  const file = loadJson<CueFile>("data/lexicon/reporting-cues.json");
  if (!Array.isArray(file.verbs)) throw new Error("data/lexicon/reporting-cues.json: field `verbs` must be an array");
  const verbs = new Map<string, VerbForm>();
  const headedParticiples = new Map<string, VerbForm>();
  for (const [i, v] of file.verbs.entries()) {
    if (typeof v.past !== "string" || !Array.isArray(v.frames)) {
      throw new Error(`data/lexicon/reporting-cues.json: verbs[${i}] needs "past" and "frames"`);
    }
    expand(v, verbs, headedParticiples);
  }
  cached = {
    verbs,
    headedParticiples,
    participleObjects: foldBare(file.participle_objects ?? []),
    impersonal: foldAll(file.impersonal),
    verbalNouns: foldAll(file.verbal_nouns),
    verbalNounLead: foldAll(file.verbal_noun_lead),
    trailing: file.trailing.map((p) => p.map(fold)),
    trailingNominal: file.trailing_nominal.map((p) => p.map(fold)),
    complementizers: foldAll(file.complementizers),
    conjunctionHeads: foldAll(file.conjunction_heads),
    jointSubjects: foldAll(file.joint_subjects),
    nonSpeakers: foldAll(file.non_speakers),
    media: foldAll(file.media ?? []),
    anonymous: foldAll(file.anonymous),
    demonstratives: foldAll(file.demonstratives),
    anaphors: foldAll(file.anaphors ?? []),
    feminineTitles: foldBare(file.feminine_titles ?? []),
    masculineTitles: foldBare(file.masculine_titles ?? []),
    breakers: foldAll(file.speaker_breakers),
    clauseOpeners: foldAll(file.clause_openers),
    relativePronouns: foldAll(file.relative_pronouns),
    relativeNegations: foldAll(file.relative_negations),
    titles: foldAll(file.titles),
    honorifics: foldAll(file.honorifics),
    honorificsBareOnly: foldAll(file.honorifics_bare_only ?? []),
    honorificPronouns: new Map(Object.entries(file.honorific_pronouns).map(([k, v]) => [fold(k), fold(v)])),
    titleModifiers: foldAll(file.title_modifiers),
    formerMarkers: foldBare(file.former_markers ?? []),
    continuingVerbs: foldAll(file.continuing_verbs ?? []),
    titleSynonyms: new Map(Object.entries(file.title_synonyms ?? {}).map(([k, v]) => [fold(k), fold(v)])),
    saidNouns: foldAll(file.said_nouns),
    correspondence: foldAll(file.correspondence ?? []),
    receivedVerbs: foldAll(file.received_verbs),
    statementHeads: foldAll(file.statement_heads ?? []),
    zoneAdverbs: foldAll(file.zone_adverbs),
    nameStoplist: foldAll(file.name_stoplist),
    counterparts: foldAll(file.counterparts),
    kinTerms: foldAll(file.kin_terms ?? []),
    titleConstruct: foldAll(file.title_construct ?? []),
    invocations: foldAll(file.invocations ?? []),
    homeOfficeHeads: foldBare(file.home_office_heads ?? []),
    representativeHeads: foldBare(file.representative_heads ?? []),
    attendanceWords: foldAll(file.attendance_words ?? []),
    fromSide: file.from_side.map((p) => p.map(fold)),
  };
  return cached;
}
