// An entity's Arabic name with its English name beside it where known, linked
// to its profile page.
import type { EntityRef } from "../../server/api-types.js";
import { href } from "../router.js";

export function EntityName({ entity, link = true }: { entity: EntityRef; link?: boolean }) {
  const inner = (
    <>
      <span class="name-ar">{entity.name}</span>
      {entity.name_en ? (
        <span class="name-en" lang="en" dir="ltr">
          {entity.name_en}
        </span>
      ) : null}
    </>
  );
  if (!link) return <span class={`entity entity-${entity.type}`}>{inner}</span>;
  return (
    <a class={`entity entity-${entity.type}`} href={href(["entity", entity.key])}>
      {inner}
    </a>
  );
}
