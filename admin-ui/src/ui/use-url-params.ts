import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A screen's filters, order and page, kept in the URL so that a filtered view can be bookmarked, shared with a
 * colleague and survives a reload. Any change other than the page itself goes back to the first page.
 */
export function useUrlParams<K extends string>(keys: readonly K[], defaults: { limit: number }) {
  const [searchParams, setSearchParams] = useSearchParams();

  const values = useMemo(() => {
    const out = {} as Record<K, string>;
    for (const key of keys) out[key] = searchParams.get(key) ?? '';
    return out;
  }, [keys, searchParams]);

  const limit = Number(searchParams.get('limit')) || defaults.limit;
  const offset = Math.max(0, Number(searchParams.get('offset')) || 0);

  const set = useCallback(
    (change: Partial<Record<K | 'limit' | 'offset', string | number | undefined>>) => {
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          const pagingOnly = Object.keys(change).every((key) => key === 'offset' || key === 'limit');
          if (!pagingOnly) next.delete('offset');
          for (const [key, value] of Object.entries(change)) {
            if (value === undefined || value === '' || value === null) next.delete(key);
            else next.set(key, String(value));
          }
          return next;
        },
        { replace: true },
      );
    },
    [setSearchParams],
  );

  const reset = useCallback(() => setSearchParams(new URLSearchParams(), { replace: true }), [setSearchParams]);

  return { values, limit, offset, set, reset };
}
