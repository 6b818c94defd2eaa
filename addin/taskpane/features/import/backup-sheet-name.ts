/** "Risk Register 20260301-0930", unique among `taken`, within Excel's 31 characters. */
export function backupSheetName(sheet: string, now: Date, taken: readonly string[]): string {
  const iso = now.toISOString();
  const stamp = `${iso.slice(0, 10).replaceAll("-", "")}-${iso.slice(11, 16).replace(":", "")}`;
  const base = `${sheet.slice(0, 31 - stamp.length - 5).trim()} ${stamp}`;
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  for (let i = 1; ; i++) {
    const name = i === 1 ? base : `${base} (${i})`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}
