import { ulid } from 'ulid';

/** A business id: a short type prefix and a ULID, time-sortable and readable in logs and Temporal Web. */
export function newBusinessId(prefix: string): string {
  return `${prefix}_${ulid()}`;
}
