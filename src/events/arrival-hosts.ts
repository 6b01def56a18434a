// The host who welcomes a visitor on arrival. «وصل X إلى الجزائر …، وكان في استقباله بالمطار الرئيس
// Y»، «وكان في مقدمة مستقبليه Y»: where the visit's sentence presents a person of the visited state
// as receiving the visitor, that person is the visit's host (three blind annotators of the ninth
// round, and one set writer, wrote him so; without a welcome they write the host state).
import { arrivalWelcomeAt, receptionAt } from "./clauses.js";
import type { DocContext } from "./context.js";
import { entityCountry } from "./countries.js";
import { eventLexicon } from "./lexicon.js";
import type { Token } from "../types.js";

/** كان، وكان، وكانت: the verb a welcome is written with. */
const WAS = /^[وف]?كان(?:ت)?$/u;

/** مستقبليه (folded core): those who received him, after في مقدمة. */
const RECEIVERS = /^مستقبلي(?:ه|ها|هما|هم)$/u;

/** محافظ، والي، عمدة at `k`, or أمير، نائب، أمين، حاكم with a unit word after (نائب أمير منطقة). */
function localOfficeAt(tokens: Token[], k: number): boolean {
  const { localOffice, localOfficeOfUnit, localUnit } = eventLexicon().clauses;
  const t = tokens[k];
  if (!t) return false;
  if (localOffice.test(t.norm)) return true;
  if (!localOfficeOfUnit.test(t.norm)) return false;
  for (let j = k + 1; j <= k + 2; j++) if (tokens[j] && localUnit.test(tokens[j].norm)) return true;
  return false;
}

/** The first person of `hostCountry` named within twelve words after a welcome in tokens [from, to), or null. */
export function arrivalHost(ctx: DocContext, from: number, to: number, hostCountry: string): string | null {
  const tokens = ctx.doc.tokens;
  for (let k = from; k < to; k++) {
    const welcome =
      arrivalWelcomeAt(tokens, k) ||
      // In a visit's sentence «وكان في استقباله X»، «حيث كان في استقبال جلالته X» is the welcome itself.
      (receptionAt(tokens, k) && WAS.test(tokens[k - 2]?.norm ?? "")) ||
      (RECEIVERS.test(tokens[k].core) && tokens[k - 1]?.core === "مقدمه");
    if (!welcome) continue;
    // A regional or city officer (أمير منطقة الرياض الأمير X، محافظ جدة X، X أمير منطقة الرياض) meets
    // the guest as protocol: his title, written before the name or right after it, makes him no host.
    let localTitle = false;
    for (let j = k + 1; j < Math.min(to, k + 13); j++) {
      const m = ctx.mentionAt[j];
      if (!m) {
        if (localOfficeAt(tokens, j)) localTitle = true;
        continue;
      }
      j = m.tokenEnd - 1;
      if (m.entity.type !== "PER") continue; // the unit an officer governs (منطقة الرياض) is named on the way
      const local = localTitle || localOfficeAt(tokens, m.tokenEnd);
      localTitle = false;
      // The visitor's own ambassador may stand first among those at the airport.
      if (entityCountry(m.entity) === hostCountry && !local) return m.entity.id;
    }
  }
  return null;
}
