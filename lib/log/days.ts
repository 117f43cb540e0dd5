/** Local calendar day 'YYYY-MM-DD' of a time: the key of PauseStats.byDay. */
export function localDay(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Every local day from the one holding `since` to the one holding `until`, oldest first. */
export function daysBetween(since: number, until: number): string[] {
  const out: string[] = [];
  const d = new Date(since);
  d.setHours(12, 0, 0, 0); // noon steps safely over daylight-saving changes
  const last = localDay(until);
  for (let i = 0; i < 3700; i++) {
    const day = localDay(d.getTime());
    out.push(day);
    if (day >= last) break;
    d.setDate(d.getDate() + 1);
  }
  return out;
}
