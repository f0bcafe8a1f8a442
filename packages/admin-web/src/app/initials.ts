/** Up to two initials for an avatar: first and last word of a name, e.g. "Elena Marsh" → "EM". */
export function initials(displayName: string): string {
  const words = displayName
    .trim()
    .split(/\s+/)
    .filter((word) => /\p{L}/u.test(word));
  const first = words.at(0);
  const last = words.length > 1 ? words.at(-1) : undefined;
  return [first, last]
    .map((word) => (word ? (Array.from(word.replace(/^\P{L}+/u, ''))[0] ?? '') : ''))
    .join('')
    .toLocaleUpperCase();
}
