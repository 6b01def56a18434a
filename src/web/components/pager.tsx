// Previous / next paging over {total, limit, offset} answers.
import { formatNumber } from "../format.js";

export function Pager({ total, limit, offset, onPage }: { total: number; limit: number; offset: number; onPage: (offset: number) => void }) {
  if (total <= limit) return null;
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.ceil(total / limit);
  return (
    <nav class="pager" aria-label="الصفحات">
      <button type="button" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - limit))}>
        السابق
      </button>
      <span>
        صفحة {formatNumber(page)} من {formatNumber(pages)}
      </span>
      <button type="button" disabled={offset + limit >= total} onClick={() => onPage(offset + limit)}>
        التالي
      </button>
    </nav>
  );
}
