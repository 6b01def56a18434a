// The host who welcomes a visitor on arrival. «وصل X إلى الجزائر …، وكان في استقباله بالمطار الرئيس
// Y»، «وكان في مقدمة مستقبليه Y»: where the visit's sentence presents a person of the visited state
// as receiving the visitor, that person is the visit's host (three blind annotators of the ninth
// round, and one set writer, wrote him so; without a welcome they write the host state).
import { arrivalWelcomeAt, receptionAt } from "./clauses.js";
import type { DocContext } from "./context.js";
import { entityCountry } from "./countries.js";

/** كان، وكان، وكانت: the verb a welcome is written with. */
const WAS = /^[وف]?كان(?:ت)?$/u;

/** مستقبليه (folded core): those who received him, after في مقدمة. */
const RECEIVERS = /^مستقبلي(?:ه|ها|هما|هم)$/u;

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
    for (let j = k + 1; j < Math.min(to, k + 13); j++) {
      const m = ctx.mentionAt[j];
      // The visitor's own ambassador may stand first among those at the airport.
      if (m?.entity.type === "PER" && entityCountry(m.entity) === hostCountry) return m.entity.id;
    }
  }
  return null;
}
