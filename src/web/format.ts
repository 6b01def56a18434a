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
