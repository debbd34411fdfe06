/** ISO 8601 durations (weeks, days, hours, minutes, seconds; no years or months) in milliseconds. */
const ISO_DURATION =
  /^P(?=\d|T\d)(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?=\d)(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

const UNIT_MS = [7 * 86_400_000, 86_400_000, 3_600_000, 60_000, 1_000] as const;

/** "PT5M" → 300000, "P3D" → 259200000, "P1DT12H" → 129600000; throws RangeError when invalid. */
export function parseIsoDuration(text: string): number {
  const m = typeof text === 'string' ? ISO_DURATION.exec(text.trim()) : null;
  if (!m) throw new RangeError(`invalid ISO 8601 duration: ${JSON.stringify(text)}`);
  let ms = 0;
  UNIT_MS.forEach((unit, i) => {
    const part = m[i + 1];
    if (part !== undefined) ms += Number(part) * unit;
  });
  return Math.round(ms);
}
