// How times are written for people: `2026-11-23 23:40 UTC` — unambiguous in any country.
export const DAY_MS = 86_400_000;

export function utcMinute(date: Date | string): string {
  const d = typeof date === "string" ? new Date(date) : date;
  if (Number.isNaN(d.getTime())) return "unknown time";
  return `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
