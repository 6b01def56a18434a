// Filter controls that several pages share. Each reports a plain string
// (empty for "any"), which the page writes into its URL.
import { EVENT_TYPE_AR } from "../labels.js";
import type { EventType } from "../../server/api-types.js";

type OnChange = (changes: Record<string, string>) => void;

/** The من / إلى date inputs, reporting `{ from }` or `{ to }`. */
export function DateRangeFilter({ from, to, onChange }: { from?: string; to?: string; onChange: OnChange }) {
  return (
    <>
      <label>
        من
        <input type="date" value={from ?? ""} onChange={(e) => onChange({ from: (e.target as HTMLInputElement).value })} />
      </label>
      <label>
        إلى
        <input type="date" value={to ?? ""} onChange={(e) => onChange({ to: (e.target as HTMLInputElement).value })} />
      </label>
    </>
  );
}

/** One event type or all of them, reporting `{ type }`. */
export function EventTypeFilter({ label, value, onChange }: { label: string; value?: EventType; onChange: OnChange }) {
  return (
    <label>
      {label}
      <select value={value ?? ""} onChange={(e) => onChange({ type: (e.target as HTMLSelectElement).value })}>
        <option value="">الكل</option>
        {(Object.keys(EVENT_TYPE_AR) as EventType[]).map((t) => (
          <option key={t} value={t}>{EVENT_TYPE_AR[t]}</option>
        ))}
      </select>
    </label>
  );
}
