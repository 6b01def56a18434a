// `rasd ner --conll FILE`: tags CoNLL-style data with the shipped model and writes
// conlleval lines "token gold predicted" (blank line between sentences) to stdout.
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { readConll, writeConlleval } from "../entities/tagger/conll.js";
import { canonicalLabel, repairBio } from "../entities/tagger/labels.js";
import { loadTagger } from "../entities/tagger/index.js";

interface NerOptions {
  conll: string;
  model?: string;
  goldAsIs?: boolean;
}

export function registerNer(program: Command): void {
  program
    .command("ner")
    .description("tag CoNLL-style data with the statistical NER model; writes `token gold predicted` lines")
    .requiredOption("--conll <file>", "CoNLL-style input: token per line, gold tag last, blank line between sentences ('-' = stdin)")
    .option("--model <file>", "model file (default: models/ner-anercorp.bin.gz)")
    .option("--gold-as-is", "write the gold column exactly as in the input instead of mapped to PER/LOC/ORG/MISC")
    .action((opts: NerOptions) => {
      const text = readFileSync(opts.conll === "-" ? 0 : opts.conll, "utf8");
      const sentences = readConll(text, opts.conll);
      const tagger = loadTagger(opts.model);
      const rows = sentences.map((s) => ({
        words: s.words,
        gold: opts.goldAsIs ? s.tags : repairBio(s.tags.map(canonicalLabel)),
        pred: tagger.tag(s.words).tags,
      }));
      process.stdout.write(writeConlleval(rows));
    });
}
