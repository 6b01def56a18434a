// Month names written in a date are no entities: the Levantine and Maghrebi names are also places,
// firms or words (آب → the city إب, نيسان → Nissan, تموز, أيار): «4 آب 2020»، «أبريل (نيسان)».
import type { Doc } from "../types.js";
import { monthOf } from "../text/dates.js";

const OPEN = /^[(\[/]$/;

function gregorianMonth(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  return t !== undefined && t.kind === "arabic" && monthOf(t.core)?.calendar === "gregorian";
}

/**
 * The one-token mention at `i` is a month of a date: after a day's number, before a year, or
 * glossing another month's name in brackets or after a slash (أبريل (نيسان)، أغسطس/آب), or glossed by
 * one (آب/أغسطس 2022، نيسان (أبريل)).
 */
export function monthInDate(doc: Doc, i: number): boolean {
  if (!gregorianMonth(doc, i)) return false;
  const prev = doc.tokens[i - 1];
  const next = doc.tokens[i + 1];
  if (prev?.kind === "number" || (next?.kind === "number" && /^\d{4}$/.test(next.text))) return true;
  if (next !== undefined && OPEN.test(next.text) && gregorianMonth(doc, i + 2)) return true;
  return prev !== undefined && OPEN.test(prev.text) && gregorianMonth(doc, i - 2);
}
