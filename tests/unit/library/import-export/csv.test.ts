import { describe, expect, it } from 'vitest';
import { parseImportFile, planImport } from '@/utils/library/import';
import { Columns, parseCsv, sniffDelimiter } from '@/utils/library/import/csv';
import { bytes, importError } from './helpers';

/** Issue #16: imported 2 articles and reported 0 problems. */
const UNCLOSED = 'title,url\n"Oops,https://a.example/1\nSecond,https://a.example/2\nThird,https://a.example/3\n"Fourth",https://a.example/4\nFifth,https://a.example/5\n';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and newlines, and counts lines', () => {
    const table = parseCsv('a,b,c\r\n"x, y","say ""hi""","line one\r\nline two"\r\nplain,,last\r\n');
    expect(table.header).toEqual(['a', 'b', 'c']);
    expect(table.rows).toEqual([
      { line: 2, cells: ['x, y', 'say "hi"', 'line one\r\nline two'] },
      { line: 4, cells: ['plain', '', 'last'] },
    ]);
  });

  it('strips a BOM, accepts LF, CR and no final newline, and skips blank lines', () => {
    const table = parseCsv('\ufeffurl,title\n\nhttps://a.example,A\rhttps://b.example,B');
    expect(table.header).toEqual(['url', 'title']);
    expect(table.rows.map((r) => [r.line, r.cells])).toEqual([
      [3, ['https://a.example', 'A']],
      [4, ['https://b.example', 'B']],
    ]);
  });

  it('keeps a stray quote inside an unquoted field, and text after a closing quote, as text', () => {
    expect(parseCsv('a,b\n5" screen,x\n').rows[0]!.cells).toEqual(['5" screen', 'x']);
    expect(parseCsv('a,b\n"quoted" then,x\n').rows[0]!.cells).toEqual(['quoted then', 'x']);
  });

  it('keeps empty fields at the end of a row and of the file', () => {
    expect(parseCsv('a,b,c\n1,,\n2,3,').rows.map((r) => r.cells)).toEqual([
      ['1', '', ''],
      ['2', '3', ''],
    ]);
    expect(parseCsv('a,b\n"",""').rows[0]!.cells).toEqual(['', '']);
  });

  it('keeps every row after a quote that is never closed, and names the line it opens on (issue #16)', () => {
    const table = parseCsv(UNCLOSED);
    expect(table.rows.map((r) => [r.line, r.cells])).toEqual([
      [2, ['"Oops', 'https://a.example/1']],
      [3, ['Second', 'https://a.example/2']],
      [4, ['Third', 'https://a.example/3']],
      [5, ['Fourth', 'https://a.example/4']],
      [6, ['Fifth', 'https://a.example/5']],
    ]);
    expect(table.problems).toEqual([{ line: 2, reason: expect.stringMatching(/quote .* not closed/) }]);
    // The same mistake further down, and with CRLF line ends.
    const crlf = parseCsv('a,b\r\n1,2\r\nx,"y\r\nz,w\r\n"q",r\r\n');
    expect(crlf.rows.map((r) => [r.line, r.cells])).toEqual([
      [2, ['1', '2']],
      [3, ['x', '"y']],
      [4, ['z', 'w']],
      [5, ['q', 'r']],
    ]);
    expect(crlf.problems.map((p) => p.line)).toEqual([3]);
  });

  it('shows the unclosed quote in the import plan, with every article', () => {
    const parsed = parseImportFile('pocket.csv', bytes(UNCLOSED));
    expect(parsed.items.map((i) => [i.url, i.title])).toEqual([
      ['https://a.example/1', '"Oops'],
      ['https://a.example/2', 'Second'],
      ['https://a.example/3', 'Third'],
      ['https://a.example/4', 'Fourth'],
      ['https://a.example/5', 'Fifth'],
    ]);
    const plan = planImport(parsed, new Set());
    expect(plan.new).toHaveLength(5);
    expect(plan.unreadable).toEqual([{ where: 'line 2', reason: expect.stringMatching(/not closed/), kept: true }]);
    const instapaper = parseImportFile('instapaper.csv', bytes(`URL,Title,Selection,Folder\nhttps://a.example/1,"Oops,,Unread\nhttps://a.example/2,Two,,Unread\nhttps://a.example/3,"Three",,Archive\n`));
    expect(instapaper.items).toHaveLength(3);
    expect(instapaper.problems).toEqual([{ where: 'line 2', reason: expect.stringMatching(/not closed/), kept: true }]);
  });

  it('still reads a quoted title over several lines, and text after a quote on its own line', () => {
    expect(parseCsv('a,b\n"one\ntwo",x\n').problems).toEqual([]);
    expect(parseCsv('a,b\n"quoted" then,x\n').problems).toEqual([]);
  });

  it('refuses a file that ends inside a quoted field, naming the line', () => {
    const error = importError(() => parseCsv('a,b\n1,2\n"open, never closed\n'), 'truncated');
    expect(error.message).toMatch(/line 3/);
  });

  it('refuses an empty file', () => {
    importError(() => parseCsv('\n\n'), 'empty');
  });

  it('reads semicolon and tab separated files from spreadsheets', () => {
    expect(sniffDelimiter('url;title;"a,b"\n')).toBe(';');
    expect(sniffDelimiter('url\ttitle\n')).toBe('\t');
    expect(parseCsv('url;title\nhttps://a.example;A, too\n').rows[0]!.cells).toEqual(['https://a.example', 'A, too']);
  });
});

describe('Columns', () => {
  it('finds columns by name whatever their order, case or punctuation', () => {
    const table = parseCsv('Status,TIME ADDED,Url\narchive,17,https://a.example\nshort\n');
    const cols = new Columns(table.header);
    expect(cols.get(table.rows[0]!, 'url')).toBe('https://a.example');
    expect(cols.get(table.rows[0]!, 'time_added')).toBe('17');
    expect(cols.get(table.rows[1]!, 'url')).toBeUndefined();
    expect(cols.has('cursor')).toBe(false);
  });
});
