// The Chinese/English switch is complete: both languages have the same keys, every value is filled in,
// English shows no Chinese-only text, every key the code asks for exists, and no Chinese text or
// punctuation is written into the code where a translation belongs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zhCN from '../src/i18n/zh-CN.ts';
import en from '../src/i18n/en.ts';

const webSrc = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src');
const HAN = /[\u4e00-\u9fff]/;
/** Han characters and CJK punctuation (、，。：（） and the like). */
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(name, value);
    else for (const [k, v] of leaves(value, name)) out.set(k, v);
  }
  return out;
}

function nodeAt(tree: Tree, dotted: string): string | Tree | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of dotted.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return node;
}

const zh = leaves(zhCN as unknown as Tree);
const english = leaves(en as unknown as Tree);
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

test('zh-CN and en have the same keys, none of them empty', () => {
  assert.deepEqual(
    [...zh.keys()].filter((k) => !english.has(k)),
    [],
    'keys missing in en',
  );
  assert.deepEqual(
    [...english.keys()].filter((k) => !zh.has(k)),
    [],
    'keys missing in zh-CN',
  );
  const empty = [...zh, ...english].filter(([, v]) => v.trim() === '').map(([k]) => k);
  assert.deepEqual(empty, [], 'empty values');
});

test('both languages fill in the same placeholders', () => {
  const differing = [...zh.keys()]
    .filter((k) => english.has(k))
    .filter((k) => placeholders(zh.get(k)!).join() !== placeholders(english.get(k)!).join());
  assert.deepEqual(differing, []);
});

test('English text is English: Chinese appears only as a gloss next to English words', () => {
  // The language switch names the language it switches to in that language; holder names are Chinese.
  const allowed = new Set(['language.zh', 'licenses.staff.queryPlaceholder']);
  const chineseOnly = [...english]
    .filter(([k, v]) => !allowed.has(k) && CJK.test(v) && !/[A-Za-z]{2}/.test(v.replace(/\{\{\w+\}\}/g, '')))
    .map(([k, v]) => `${k}: ${v}`);
  assert.deepEqual(chineseOnly, []);
  const cjkPunctuation = [...english]
    .filter(([, v]) => /[\u3000-\u303f\uff00-\uffef]/.test(v))
    .map(([k, v]) => `${k}: ${v}`);
  assert.deepEqual(cjkPunctuation, [], 'Chinese punctuation in English text');
  // And the other way round: no Chinese value is left in English.
  const untranslated = [...zh]
    .filter(([k, v]) => !HAN.test(v) && /^[A-Za-z][a-z]+( [a-z]+){2,}/.test(v) && english.get(k) === v)
    .map(([k]) => k);
  assert.deepEqual(untranslated, [], 'English sentences in zh-CN');
});

test('dates are in Chinese format in Chinese', () => {
  assert.match(zh.get('format.date')!, /^YYYY年M{1,2}月D{1,2}日$/);
  assert.match(zh.get('format.dateTime')!, /^YYYY年M{1,2}月D{1,2}日 HH:mm$/);
  assert.doesNotMatch(english.get('format.date')!, HAN);
});

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'i18n' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The code without its comments (block, JSX and line comments; "//" inside URLs stays). */
function withoutComments(code: string): string {
  return code
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\w])\/\/.*$/gm, '$1');
}

const files = sourceFiles(webSrc).map((file) => ({
  name: path.relative(webSrc, file),
  code: withoutComments(fs.readFileSync(file, 'utf8')),
}));

test('every translation key the code uses exists', () => {
  const missing: string[] = [];
  for (const { name, code } of files) {
    for (const m of code.matchAll(/\bt\(\s*'([\w.]+)'/g)) {
      // Counted texts live under key_one / key_other.
      if (!zh.has(m[1]!) && !zh.has(`${m[1]}_other`)) missing.push(`${name}: ${m[1]}`);
    }
    // t(`codes.necessity.${v}`): the fixed part must name a group of keys.
    for (const m of code.matchAll(/\bt\(\s*`([\w.]+)\.\$\{/g)) {
      if (typeof nodeAt(zhCN as unknown as Tree, m[1]!) !== 'object') missing.push(`${name}: ${m[1]}.*`);
    }
  }
  assert.deepEqual(missing, []);
});

test('no Chinese text or punctuation is written into the code instead of a translation', () => {
  // Data, not text: values the server stores in Chinese, patterns that match Chinese data, the brand.
  const allowedFiles = new Set([
    'catalog/codes.ts', // the catalogue's Chinese code values → translation keys
    'catalog/TopicTiles.tsx', // patterns over topic names → icons
    'areas/workbench/exchange/updateCycles.ts', // stored cycle values → translation keys
    'areas/admin/catalog/itemContent.ts', // a new item's default content (data)
    'areas/admin/licenses/TypeEditPage.tsx', // a new licence type's default face field (data)
  ]);
  const found: string[] = [];
  for (const { name, code } of files) {
    if (allowedFiles.has(name)) continue;
    code.split('\n').forEach((line, i) => {
      if (!CJK.test(line)) return;
      if (/tokenSeparators=/.test(line)) return; // typing 、 or ， separates tags too
      if (/lang="zh-CN"/.test(code.split('\n')[i - 1] ?? '') && /^\s*通办\s*$/.test(line)) return; // brand
      found.push(`${name}:${i + 1}: ${line.trim()}`);
    });
    if (/\bt\(\s*'[\w.]+',\s*['`"][^'`"]*[\u4e00-\u9fff]/.test(code))
      found.push(`${name}: Chinese t() fallback`);
  }
  assert.deepEqual(found, []);
});
