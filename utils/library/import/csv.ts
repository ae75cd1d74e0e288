import type { ImportProblem } from '../types';
import { ImportError } from './errors';
import { checkRecordCount, MAX_IMPORT_RECORDS } from './limits';

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
  /** Lines read as written because a quote opened there is never closed where a field ends
   * (see UNCLOSED_QUOTE): their rows are kept, and the import says which lines to check. */
  problems: CsvProblem[];
}

export interface CsvProblem {
  line: number;
  reason: string;
}

/**
 * Issue #16: `"Oops,https://a.example/1` opens a quote that the next quote in the file closes
 * (three lines down, the one before `Fourth"`), so the rows between became one title and were
 * lost without a word. A quoted field that spans lines and then has text after its closing quote
 * is that mistake, never a quoted title (which ends with its quote). Its line is read again with
 * the quote as a character, so every row is kept (the title keeps the stray `"`) and the
 * problem names the line: refusing the file, or reporting the swallowed rows as unreadable, would
 * lose rows that are fine.
 */
const UNCLOSED_QUOTE = 'a quote opens a field here and is not closed where the field ends, so the line was read as written: check its title';

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

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** The table of a CSV file. More than `maxRows` rows (limits.ts) is refused as soon as they are
 * read: a zip's CSV of millions of rows stops there. */
export function parseCsv(input: string, delimiter = sniffDelimiter(input), maxRows = MAX_IMPORT_RECORDS): CsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delim = delimiter.charCodeAt(0);
  const n = text.length;
  const records: CsvRow[] = [];
  const problems: CsvProblem[] = [];
  let cells: string[] = [];
  let line = 1;
  let rowLine = 1;
  let i = 0;

  // Scans field by field with indexOf and slice (not character by character): a 10,000-row
  // export is over a megabyte.
  while (i <= n) {
    let field: string;
    if (text.charCodeAt(i) === QUOTE) {
      const quoteLine = line;
      field = '';
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          throw new ImportError(
            'truncated',
            `The file ends inside a quoted field that starts on line ${quoteLine}: it looks cut off. Nothing was imported; export it again and retry.`,
          );
        }
        line += lineBreaks(text, j, q);
        field += text.slice(j, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          field += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      const end = fieldEnd(text, j, delim);
      if (end > j && line > quoteLine) {
        // An unclosed quote that swallowed lines (UNCLOSED_QUOTE): read its line as written.
        problems.push({ line: quoteLine, reason: UNCLOSED_QUOTE });
        line = quoteLine;
        const plain = fieldEnd(text, i, delim);
        field = text.slice(i, plain);
        i = plain;
      } else {
        // Text after the closing quote on the same line: kept as written (lenient, like spreadsheets).
        field += text.slice(j, end);
        i = end;
      }
    } else {
      // A quote inside an unquoted field is kept as text too.
      const end = fieldEnd(text, i, delim);
      field = text.slice(i, end);
      i = end;
    }
    cells.push(field);
    const c = text.charCodeAt(i);
    if (c === delim) {
      i++;
      continue;
    }
    // End of a line or of the file: a blank line is not a row (files often end with one).
    if (cells.length > 1 || cells[0] !== '') {
      records.push({ line: rowLine, cells });
      if (records.length > maxRows + 1) checkRecordCount(records.length - 1, { records: maxRows }, 'rows');
    }
    cells = [];
    if (i >= n) break;
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line++;
    rowLine = line;
  }

  const [head, ...rows] = records;
  if (!head) throw new ImportError('empty', 'The file is empty.');
  return { header: head.cells.map((h) => h.trim()), rows, delimiter, problems };
}

/** The lines read leniently, as import problems of items that are kept. */
export function csvProblems(table: CsvTable): ImportProblem[] {
  return table.problems.map((p) => ({ where: `line ${p.line}`, reason: p.reason, kept: true }));
}

/** Index of the delimiter or line end that closes the field starting at `from` (or the end). */
function fieldEnd(text: string, from: number, delim: number): number {
  let j = from;
  const n = text.length;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === delim || c === LF || c === CR) return j;
    j++;
  }
  return n;
}

/** Line ends (CRLF, LF or CR) in text[from, to): lines inside quoted fields still count. */
function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c === LF || (c === CR && text.charCodeAt(j + 1) !== LF)) count++;
  }
  return count;
}

/** A header name compared loosely: `Time Added`, `time_added` and `TIME-ADDED` are one column. */
function headerKey(name: string): string {
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
