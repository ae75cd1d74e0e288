import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { notArticle } from '@/utils/article';
import { inUiWords, t, tn } from '@/utils/i18n';
import { fakeGetMessage, LOCALES_DIR, readMessages } from './fake-i18n';

/**
 * The UI's words are keys of public/_locales (issue #10). These tests fail when a component or
 * an entrypoint writes a user-facing string itself, and when a locale lacks a key of English's
 * (or has one English does not, or words its placeholders differently).
 */
const ROOT = join(__dirname, '..', '..');
const VIEW_DIRS = ['components', 'entrypoints'];
/** Attributes a person reads or hears. */
const USER_ATTRS = new Set(['aria-label', 'aria-description', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);
/** A typographic glyph standing for itself beside its label: the theme swatches' "Aa". */
const GLYPHS = new Set(['Aa']);
const HAS_LETTER = /\p{L}/u;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx$/.test(name) ? [path] : [];
  });
}

/** A literal that is not shown itself: an argument of a call such as t() (through any
 * conditional), a key, or one side of a comparison. */
function passedOrCompared(node: ts.Node): boolean {
  for (let at = node, up = node.parent; up && !ts.isJsxExpression(up) && !ts.isJsxAttribute(up); at = up, up = up.parent) {
    if (ts.isCallExpression(up) && up.arguments.includes(at as ts.Expression)) return true;
    if (ts.isElementAccessExpression(up) || ts.isPropertyAssignment(up)) return true;
    if (ts.isBinaryExpression(up) && /^(?:===|!==|==|!=|in)$/.test(up.operatorToken.getText())) return true;
    if (!ts.isConditionalExpression(up) && !ts.isParenthesizedExpression(up) && !ts.isBinaryExpression(up)) return false;
  }
  return false;
}

/** User-facing literals in one TSX file: JSX text, user attributes, and strings shown from a
 * `{…}` child (not those passed to a call such as t(), or compared). */
export function literalStrings(source: string, fileName = 'view.tsx'): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const flag = (text: string) => {
    const trimmed = text.replace(/\s+/g, ' ').trim();
    if (HAS_LETTER.test(trimmed) && !GLYPHS.has(trimmed)) found.push(trimmed);
  };
  const shown = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      if (!passedOrCompared(node)) flag(node.getText().slice(1, -1));
      if (!ts.isTemplateExpression(node)) return;
    }
    if (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node)) return; // visited on its own
    ts.forEachChild(node, shown);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) flag(node.getText());
    else if (ts.isJsxAttribute(node) && USER_ATTRS.has(node.name.getText())) {
      const value = node.initializer;
      if (value && ts.isStringLiteral(value)) flag(value.text);
      else if (value && ts.isJsxExpression(value) && value.expression) shown(value.expression);
    } else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) shown(node.expression);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('no user-facing string is written in a view', () => {
  it('the check sees text, user attributes and shown strings, and lets keys, comparisons and glyphs be', () => {
    const source = `export const A = ({ s }) => (
      <p title="Hello there" class="intro-text" data-testid="x">
        Save it {s === 'idle' ? 'Saving…' : t('saveForLater')} {\`\${s} selected\`} <span aria-label={t('close')}>×</span> <b>Aa</b>
      </p>
    );`;
    expect(literalStrings(source)).toEqual(['Hello there', 'Save it', 'Saving…', '${s} selected']);
  });

  it.each(VIEW_DIRS.flatMap((dir) => files(join(ROOT, dir))).map((path) => relative(ROOT, path)))('%s', (path) => {
    expect(literalStrings(readFileSync(join(ROOT, path), 'utf8'), path)).toEqual([]);
  });
});

const english = readMessages('en');
const locales = readdirSync(LOCALES_DIR).filter((name) => name !== 'en');

describe('every locale has every key, worded with the same placeholders', () => {
  it('there are at least two locales besides English', () => {
    expect(locales.length).toBeGreaterThanOrEqual(2);
  });

  it.each(locales)('%s', (locale) => {
    const messages = readMessages(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, entry] of Object.entries(english)) {
      const theirs = messages[key]!;
      expect({ key, empty: !theirs.message.trim() }).toEqual({ key, empty: false });
      // The same placeholders, each bound to the same substitution, and each used.
      const bound = (m: (typeof english)[string]) => Object.fromEntries(Object.entries(m.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
      expect({ key, placeholders: bound(theirs) }).toEqual({ key, placeholders: bound(entry) });
      for (const name of Object.keys(entry.placeholders ?? {})) {
        expect({ key, uses: theirs.message.toLowerCase().includes(`$${name}$`) }).toEqual({ key, uses: true });
      }
    }
  });

  it('every English key is used somewhere in the code (a plural by its name), and names only existing placeholders', () => {
    const code = ['components', 'entrypoints', 'utils']
      .flatMap((dir) => readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map((name) => join(ROOT, dir, name)))
      .filter((path) => /\.tsx?$/.test(path))
      .map((path) => readFileSync(path, 'utf8'))
      .concat(readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8'))
      .join('\n');
    const unused = Object.keys(english).filter((key) => {
      const name = key.replace(/_(?:zero|one|two|few|many|other)$/, '');
      return !code.includes(`'${name}'`) && !code.includes(`__MSG_${key}__`);
    });
    expect(unused).toEqual([]);
    for (const [key, entry] of Object.entries(english)) {
      for (const used of entry.message.match(/\$[a-z0-9_]+\$/gi) ?? []) {
        expect({ key, known: used.slice(1, -1).toLowerCase() in (entry.placeholders ?? {}) }).toEqual({ key, known: true });
      }
    }
  });
});

describe('t and tn', () => {
  it('fill placeholders, pick the plural form of the count, and fall back to the key', () => {
    expect(t('readFailed', 'the tab closed')).toBe('Lede could not read this page: the tab closed');
    expect(tn('relatedCount', 1)).toBe('1 related link');
    expect(tn('relatedCount', 3)).toBe('3 related links');
    expect(tn('noticeTagged', 2, 'war')).toBe('Tagged 2 articles “war”.');
  });

  it("the extraction's reasons, given as keys (it runs in Node too), come out in the UI's words", () => {
    const result = inUiWords(notArticle('too-short', 'English for the logs', { key: 'notArticleTooShort', subs: ['12'] }));
    expect(result).toEqual({ ok: false, reason: 'too-short', message: 'This page has too little running text to be an article (12 words).' });
  });

  it('French and German say it in their words', () => {
    const french = fakeGetMessage(readMessages('fr'));
    const german = fakeGetMessage(readMessages('de'));
    expect(french('relatedCount_other', ['3'])).toBe('3 liens connexes');
    expect(german('readingTime', ['5 Min.'])).toBe('5 Min. Lesezeit');
  });
});
