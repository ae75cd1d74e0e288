/**
 * Why a whole import file was refused. Thrown before anything is written, so a refused file
 * changes nothing; `message` is for people (the library page shows it as is).
 */
export type ImportErrorCode =
  | 'empty' // nothing in the file
  | 'unknown-format' // not one of the formats Lede reads
  | 'truncated' // the file stops in the middle (a zip, a quoted CSV field, JSON, HTML)
  | 'malformed' // the file is damaged in another way
  | 'too-large' // more than an import may hold (limits.ts): a zip bomb, or a file to split
  | 'no-url-column' // a CSV without a URL column
  | 'no-items'; // a recognized file with nothing in it to import

export class ImportError extends Error {
  override readonly name = 'ImportError';

  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
  }
}
