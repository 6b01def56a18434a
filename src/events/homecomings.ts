// A visitor who goes home visits nobody: a person of the host state named as a visitor (he arrives
// back in his own capital) is no party to the visit.
import type { Event } from "../types.js";
import type { DocContext } from "./context.js";
import { entityCountry } from "./countries.js";

/**
 * وصل X إلى المنامة عائدا من القاهرة، تأتي زيارة جلالته بعد … الزيارة التي قام بها Y إلى سلطنة عمان: a
 * person of the host state goes home, he visits nobody. Such visitors are left out, and the visit with them
 * when nobody else travelled.
 */
export function dropHomecomings(ctx: DocContext, events: Event[]): Event[] {
  return events.filter((visit) => {
    if (visit.type !== "visit" || !visit.place || !visit.participants.includes(visit.place)) return true;
    const place = ctx.byId.get(visit.place);
    const host = place ? entityCountry(place) : null;
    if (!host) return true;
    const home = (id: string) => {
      const e = ctx.byId.get(id);
      return id !== visit.place && e?.type === "PER" && entityCountry(e) === host;
    };
    if (!visit.participants.some(home)) return true;
    visit.participants = visit.participants.filter((id) => !home(id));
    if (visit.initiator && !visit.participants.includes(visit.initiator)) visit.initiator = visit.participants[0] ?? null;
    return visit.participants.length >= 2;
  });
}
