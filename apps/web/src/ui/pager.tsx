/** Previous/next through an offset-paged list; nothing when it all fits on one page. */
export function Pager({
  offset,
  pageSize,
  total,
  onOffset,
  labels,
}: {
  offset: number;
  pageSize: number;
  total: number;
  onOffset: (offset: number) => void;
  labels: { nav: string; previous: string; next: string };
}) {
  if (total <= pageSize) return null;
  return (
    <nav className="actions pager" aria-label={labels.nav}>
      <button type="button" className="secondary" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - pageSize))}>
        {labels.previous}
      </button>
      <button type="button" className="secondary" disabled={offset + pageSize >= total} onClick={() => onOffset(offset + pageSize)}>
        {labels.next}
      </button>
    </nav>
  );
}
