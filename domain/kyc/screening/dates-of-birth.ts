// Dates of birth as lists write them: OFAC "DOB 10 Jan 1960", "DOB Jan 1960", "DOB circa 1960", "DOB 1960 to
// 1962"; OFSI "10/01/1960" with 00 for an unknown day or month. Kept as precise as the list is.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** The dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) an OFAC remark's DOB text gives; a range gives both ends' years. */
export function datesFromOfacText(text: string): string[] {
  const dates: string[] = [];
  for (const part of text.split(/\bto\b|;|,/i)) {
    const full = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/.exec(part);
    const monthYear = /\b([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/.exec(part);
    const year = /\b(\d{4})\b/.exec(part);
    const month = (name = '') => MONTHS.indexOf(name.toLowerCase()) + 1;
    if (full && month(full[2]) > 0) dates.push(`${full[3]}-${pad(month(full[2]))}-${pad(Number(full[1]))}`);
    else if (monthYear && month(monthYear[1]) > 0) dates.push(`${monthYear[2]}-${pad(month(monthYear[1]))}`);
    else if (year?.[1]) dates.push(year[1]);
  }
  return dates;
}

/** The date of an OFSI DOB cell (`dd/mm/yyyy`, 00 for an unknown part), or null when it has none. */
export function dateFromOfsiText(text: string): string | null {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text.trim());
  if (!match) return /^\d{4}$/.test(text.trim()) ? text.trim() : null;
  const [, day, month, year = ''] = match;
  if (month === '00') return year;
  if (day === '00') return `${year}-${month}`;
  return `${year}-${month}-${day}`;
}
