/** The start of a calendar day (YYYY-MM-DD) in the officer's time zone, as an ISO instant. */
export function dayStartIso(day: string): string | undefined {
  if (!day) return undefined;
  const date = new Date(`${day}T00:00:00`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The end of a calendar day in the officer's time zone (the next midnight, exclusive), as an ISO instant. */
export function dayEndIso(day: string): string | undefined {
  if (!day) return undefined;
  const date = new Date(`${day}T00:00:00`);
  if (Number.isNaN(date.getTime())) return undefined;
  date.setDate(date.getDate() + 1);
  return date.toISOString();
}
