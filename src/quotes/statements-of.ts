import type { Analysis, Quote } from "../types.js";

/**
 * Every statement of an analysis: attributed quotes, joint statements, then unattributed ones, the
 * order the store numbers them in. Analyses stored before a split lack its list.
 */
export function statementsOf(a: Pick<Analysis, "quotes"> & Partial<Pick<Analysis, "joint_statements" | "unattributed_statements">>): Quote[] {
  return [...a.quotes, ...(a.joint_statements ?? []), ...(a.unattributed_statements ?? [])];
}
