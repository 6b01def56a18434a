import type { Agreement, Doc, Entity } from "../types.js";

/** Agreements and commitments between parties. */
export function extractAgreements(_doc: Doc, _entities: Entity[]): Agreement[] {
  return [];
}
