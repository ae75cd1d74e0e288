/** File names for exported articles: readable (from the title), valid on Windows, macOS and
 * Linux and in zip tools, and unique within one export even when titles repeat. */

const MAX_LENGTH = 80;
/** Names Windows refuses whatever the extension. */
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;

export function fileSlug(title: string): string {
  const slug = title
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Cut by code points so a letter outside the BMP is never split in half.
  const cut = Array.from(slug).slice(0, MAX_LENGTH).join('').replace(/-+$/, '');
  if (!cut) return 'article';
  return RESERVED.test(cut) ? `${cut}-` : cut;
}

/** Hands out `name.ext`, `name-2.ext`, … so no two files of an export collide (case-insensitively,
 * as on Windows and macOS). */
export class UniqueNames {
  private readonly used = new Set<string>();

  take(base: string, ext: string): string {
    for (let n = 1; ; n++) {
      const name = `${base}${n === 1 ? '' : `-${n}`}.${ext}`;
      const key = name.toLowerCase();
      if (!this.used.has(key)) {
        this.used.add(key);
        return name;
      }
    }
  }
}
