// Dates and numbers for Arabic readers. Digits stay Western (as most Arabic
// news sites print them), month names are Arabic.
const dateFmt = new Intl.DateTimeFormat("ar-u-nu-latn", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
const monthFmt = new Intl.DateTimeFormat("ar-u-nu-latn", { year: "numeric", month: "long", timeZone: "UTC" });
const numFmt = new Intl.NumberFormat("ar-u-nu-latn");

/** "2024-05-16" → "16 مايو 2024"; anything else is returned as given. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "—";
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? "1")));
  if (Number.isNaN(d.getTime())) return iso;
  return m[3] ? dateFmt.format(d) : monthFmt.format(d);
}

export function formatNumber(n: number): string {
  return numFmt.format(n);
}

const pluralRules = new Intl.PluralRules("ar");

/** Arabic count phrases: one, two, 3–10 (plural), 11–99 (accusative singular), 100+ (singular). */
export interface CountForms {
  zero?: string;
  one: string;
  two: string;
  few: string;
  many: string;
  other: string;
}

/** `forms` use "#" for the number: countAr(3, EVENTS) → "3 أحداث". */
export function countAr(n: number, forms: CountForms): string {
  const rule = pluralRules.select(n) as keyof CountForms;
  const form = forms[rule] ?? forms.other;
  return form.replace("#", formatNumber(n));
}

export const RESULTS: CountForms = { zero: "لا نتائج", one: "نتيجة واحدة", two: "نتيجتان", few: "# نتائج", many: "# نتيجة", other: "# نتيجة" };
export const EVENTS: CountForms = { zero: "لا أحداث", one: "حدث واحد", two: "حدثان", few: "# أحداث", many: "# حدثًا", other: "# حدث" };
export const STATEMENTS: CountForms = { zero: "لا تصريحات", one: "تصريح واحد", two: "تصريحان", few: "# تصريحات", many: "# تصريحًا", other: "# تصريح" };
export const ARTICLES: CountForms = { zero: "لا مقالات", one: "مقال واحد", two: "مقالان", few: "# مقالات", many: "# مقالًا", other: "# مقال" };
export const ACTORS: CountForms = { zero: "لا فاعلين", one: "فاعل واحد", two: "فاعلان", few: "# فاعلين", many: "# فاعلًا", other: "# فاعل" };
export const LINKS: CountForms = { zero: "لا صلات", one: "صلة واحدة", two: "صلتان", few: "# صلات", many: "# صلة", other: "# صلة" };
export const STORIES: CountForms = { zero: "لا أخبار", one: "خبر مستقل واحد", two: "خبران مستقلان", few: "# أخبار مستقلة", many: "# خبرًا مستقلًا", other: "# خبر مستقل" };
