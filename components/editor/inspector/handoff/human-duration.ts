/** A wait written for people: 45 → "45 s", 120 → "2 min", 150 → "2 min 30 s", 5400 → "1 h 30 min". */
export function humanDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "";
  const whole = Math.round(seconds);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = whole % 60;
  const parts = [hours > 0 ? `${hours} h` : "", minutes > 0 ? `${minutes} min` : "", rest > 0 || whole === 0 ? `${rest} s` : ""];
  // past an hour, seconds are noise
  return parts.filter((part, index) => part !== "" && !(hours > 0 && index === 2)).join(" ");
}
