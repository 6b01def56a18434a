import type { Doc, Entity, Event } from "../types.js";

/** Event stage: diplomatic interactions with participants, date and place. */
export function extractEvents(_doc: Doc, _entities: Entity[]): Event[] {
  return [];
}
