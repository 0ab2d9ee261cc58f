/**
 * Calendar dates on a profile. Stored as `YYYY-MM` (API convention) or `YYYY` when only the year is known
 * (common on resumes: "2012 – 2016"). `YYYY-MM-DD` is accepted and normalised to `YYYY-MM`: résumés speak in
 * months, and JSON Resume documents often carry a meaningless "-01" day.
 */
const DATE_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u;

export const ProfileDate = {
  /** The normalised form, or `null` when `raw` is not a real year, month or day. */
  normalise(raw: string): string | null {
    const match = DATE_SHAPE.exec(raw.trim());
    if (!match) return null;
    const [, year, month, day] = match as unknown as [string, string, string | undefined, string | undefined];
    const y = Number(year);
    if (y < 1900 || y > 2200) return null;
    if (month === undefined) return year;
    const m = Number(month);
    if (m < 1 || m > 12) return null;
    if (day !== undefined) {
      const d = Number(day);
      const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
      if (d < 1 || d > daysInMonth) return null;
    }
    return `${year}-${month}`;
  },

  /**
   * Whether `end` comes before `start`. Compared at the coarser precision of the two, so "2020" – "2020-03"
   * and "2020-05" – "2020" are both possible.
   */
  endsBeforeStart(start: string, end: string): boolean {
    const precision = Math.min(start.length, end.length);
    return end.slice(0, precision) < start.slice(0, precision);
  },
};
