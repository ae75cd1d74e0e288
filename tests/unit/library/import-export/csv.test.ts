import { describe, expect, it } from 'vitest';
import { Columns, parseCsv, sniffDelimiter } from '@/utils/library/import/csv';
import { importError } from './helpers';

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
