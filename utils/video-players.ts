/** The video players Lede's reader shows in place (issue #16: a short list on purpose), shared by
 * the sanitizer, which keeps their frames and no other, and the extraction, which turns the
 * frame of any other player into a link card rather than lose it (issue #12). */

/** The players of the big video hosts, over https. */
export const SHOWN_PLAYER_SRC =
  /^https:\/\/(?:www\.youtube(?:-nocookie)?\.com\/embed\/|player\.vimeo\.com\/video\/|www\.dailymotion\.com\/embed\/video\/)[\w-]+(?:[?#][^\s"'<>]*)?$/;

export function isShownPlayer(src: string): boolean {
  return SHOWN_PLAYER_SRC.test(src.trim());
}
