// Entity references attached to events, statements and agreements.
import type { Kysely } from "kysely";
import type { EntityType } from "../types.js";
import type { EventParticipant } from "./api.js";
import type { Database } from "./schema.js";

export async function entityRefs(db: Kysely<Database>, ids: (number | null)[]): Promise<Map<number, EventParticipant>> {
  const want = [...new Set(ids.filter((x): x is number => x !== null))];
  const out = new Map<number, EventParticipant>();
  for (let i = 0; i < want.length; i += 500) {
    const rows = await db.selectFrom("entities").select(["id", "key", "name", "name_en", "type"]).where("id", "in", want.slice(i, i + 500)).execute();
    for (const r of rows) out.set(r.id, { entityId: r.id, key: r.key, name: r.name, name_en: r.name_en, type: r.type as EntityType });
  }
  return out;
}

/** Rows of a link table grouped by owner id, resolved to entity refs. */
export async function linkedEntities(
  db: Kysely<Database>,
  table: "event_participants" | "statement_speakers" | "agreement_parties",
  owner: "event_id" | "statement_id" | "agreement_id",
  ownerIds: number[],
): Promise<Map<number, EventParticipant[]>> {
  const out = new Map<number, EventParticipant[]>();
  if (ownerIds.length === 0) return out;
  const links: { owner: number; entity_id: number }[] = [];
  for (let i = 0; i < ownerIds.length; i += 500) {
    // The three link tables share this shape; Kysely cannot type a table chosen at run time.
    const rows = (await db
      .selectFrom(table as "event_participants")
      .select([`${owner as "event_id"} as owner`, "entity_id"])
      .where(owner as "event_id", "in", ownerIds.slice(i, i + 500))
      .execute()) as { owner: number; entity_id: number }[];
    links.push(...rows);
  }
  const refs = await entityRefs(db, links.map((l) => l.entity_id));
  for (const l of links) {
    const r = refs.get(l.entity_id);
    if (r) out.set(l.owner, [...(out.get(l.owner) ?? []), r]);
  }
  return out;
}
