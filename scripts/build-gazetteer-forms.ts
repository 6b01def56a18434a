// Inflection of nationality adjectives for the states gazetteer (used by build-gazetteer.ts).

/** Feminine, dual and plural forms of a nationality adjective (صيني → صينية، صينيون، صينيين، صينيان، صينيتان، صينيتين), with and without ال. */
export function adjectiveForms(base: string): string[] {
  const words = base.split(" ");
  const suffixes = ["", "ة", "ون", "ين", "ان", "تان", "تين"];
  const out: string[] = [];
  for (const s of suffixes) {
    const inflected = words.map((w) => (w.endsWith("ي") ? w + s : s === "" ? w : w + (s === "ة" ? "ة" : "")));
    out.push(inflected.join(" "));
    out.push(inflected.map((w) => "ال" + w).join(" "));
  }
  return [...new Set(out)];
}
