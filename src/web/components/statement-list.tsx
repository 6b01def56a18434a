// Statements as cards: speaker (with English name), date, outlet, the words,
// and a link that opens the article with the statement marked.
import type { ApiStatement } from "../../server/api-types.js";
import { href } from "../router.js";
import { formatDate } from "../format.js";
import { EntityName } from "./entity-name.js";

export function StatementList({ statements }: { statements: ApiStatement[] }) {
  return (
    <ol class="statements">
      {statements.map((s) => {
        const speakers = s.joint ? s.speakers : s.speaker ? [s.speaker] : [];
        return (
          <li key={s.id} class="statement">
            <p class="statement-head">
              {speakers.length === 0 ? (
                <span class="muted">متحدث غير محدد</span>
              ) : (
                speakers.map((p, i) => (
                  <>
                    {i > 0 ? " و" : null}
                    <EntityName key={p.key} entity={{ key: p.key, type: p.type, name: p.name, name_en: p.name_en ?? null }} />
                  </>
                ))
              )}
              {s.joint ? <span class="tag">بيان مشترك</span> : null}
              <span class="tag">{s.cue}</span>
            </p>
            <blockquote class={s.direct ? "direct" : "indirect"} dir="auto">
              {s.text}
            </blockquote>
            <p class="meta">
              {s.outlet ?? "مصدر غير معروف"} · {formatDate(s.published)} ·{" "}
              <a href={href(["article", s.articleId], { at: `${s.start}-${s.end}` })}>في سياقه ←</a>
            </p>
          </li>
        );
      })}
    </ol>
  );
}
