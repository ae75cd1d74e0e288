import { ImportError } from './errors';

/**
 * A small RFC 4180 CSV reader: quoted fields with `""` escapes, commas and newlines inside
 * quotes, CRLF / LF / CR line ends, a leading BOM. Written here rather than pulled in because it
 * is ~100 lines and the import needs one thing a general parser doesn't give: the line each row
 * starts on, so a bad row can be named to the user.
 */

export interface CsvRow {
  /** 1-based line of the file where the row starts (the header is line 1). */
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  delimiter: string;
}

const DELIMITERS = [',', ';', '\t'] as const;

/** The delimiter of the header line: the services write commas, spreadsheets in some locales
 * re-save with semicolons or tabs. */
export function sniffDelimiter(text: string): string {
  const end = text.search(/[\r\n]/);
  const first = end < 0 ? text : text.slice(0, end);
  const unquoted = first.replace(/"[^"]*"/g, '');
  let best: string = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = unquoted.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

export function parseCsv(input: string, delimiter = sniffDelimiter(input)): CsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: CsvRow[] = [];
  let cells: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let i = 0;
  const n = text.length;

  const endRow = (): void => {
    cells.push(field);
    // A blank line is not a row (files often end with one or two).
    if (cells.length > 1 || cells[0] !== '') records.push({ line: rowLine, cells });
    cells = [];
    field = '';
  };

  while (i < n) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
      i++;
    } else if (c === delimiter) {
      cells.push(field);
      field = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      rowLine = line;
    } else {
      // A quote inside an unquoted field, or text after a closing quote: kept as written
      // (lenient, like spreadsheets), rather than refusing the whole file.
      field += c;
      i++;
    }
  }
  if (quoted) {
    throw new ImportError(
      'truncated',
      `The file ends inside a quoted field that starts on line ${quoteLine}: it looks cut off. Nothing was imported; export it again and retry.`,
    );
  }
  if (field !== '' || cells.length) endRow();

  const [head, ...rows] = records;
  if (!head) throw new ImportError('empty', 'The file is empty.');
  return { header: head.cells.map((h) => h.trim()), rows, delimiter };
}

/** A header name compared loosely: `Time Added`, `time_added` and `TIME-ADDED` are one column. */
export function headerKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Column positions by name, so files with reordered, extra or missing columns read right. */
export class Columns {
  private readonly index = new Map<string, number>();

  constructor(readonly header: string[]) {
    header.forEach((name, i) => {
      const key = headerKey(name);
      if (key && !this.index.has(key)) this.index.set(key, i);
    });
  }

  has(...names: string[]): boolean {
    return names.some((name) => this.index.has(headerKey(name)));
  }

  /** The cell of the first of `names` the file has; undefined when it has none or the row is short. */
  get(row: CsvRow, ...names: string[]): string | undefined {
    for (const name of names) {
      const i = this.index.get(headerKey(name));
      if (i !== undefined) return row.cells[i];
    }
    return undefined;
  }
}
