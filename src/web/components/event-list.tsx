// Events as a list: type, date, participants (with English names), and a link
// to the sentence in its article.
import type { ApiEvent } from "../../server/api-types.js";
import { href } from "../router.js";
import { eventTypeAr } from "../labels.js";
import { formatDate } from "../format.js";
import { EntityName } from "./entity-name.js";
import { EVENT_COLORS } from "../event-colors.js";

export function EventList({ events }: { events: ApiEvent[] }) {
  return (
    <ol class="event-list">
      {events.map((ev) => (
        <li key={ev.id} class="event-item">
          <span class="event-type" data-type={ev.type}>
            <span class="dot" aria-hidden="true" data-color={ev.type} />
            {eventTypeAr(ev.type)}
          </span>
          <span class="event-date">
            {formatDate(ev.date)}
            {ev.dateFromArticle ? <small title="تاريخ النشر"> (تاريخ النشر)</small> : null}
          </span>
          <span class="event-actors">
            {ev.participants.map((p, i) => (
              <>
                {i > 0 ? "، " : null}
                <EntityName key={p.key} entity={{ key: p.key, type: p.type, name: p.name, name_en: p.name_en ?? null }} />
              </>
            ))}
            {ev.place ? <> — في {ev.place.name}</> : null}
          </span>
          <a class="event-source" href={href(["article", ev.articleId], { at: `${ev.evidence.start}-${ev.evidence.end}` })}>
            {ev.outlet ?? "المقال"} ←
          </a>
        </li>
      ))}
    </ol>
  );
}

export { EVENT_COLORS };
