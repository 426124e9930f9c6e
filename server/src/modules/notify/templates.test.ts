import { test } from 'node:test';
import assert from 'node:assert/strict';
import { missingParams, placeholdersOf, render, templateKeys, templates } from './templates.ts';

const HAN = /\p{Script=Han}/u;

test('every template has a Chinese and an English title and body', () => {
  assert.deepEqual(Object.keys(templates).sort(), [...templateKeys].sort());
  for (const key of templateKeys) {
    const { zh, en } = templates[key];
    for (const text of [zh.title, zh.body]) assert.match(text, HAN, `${key} zh is Chinese`);
    for (const text of [en.title, en.body]) {
      assert.ok(text.length > 0, `${key} en is present`);
      assert.doesNotMatch(text, HAN, `${key} en has no Chinese`);
    }
  }
});

test('both languages of a template use the same parameters, and every case message title names the case number', () => {
  const namesIn = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const key of templateKeys) {
    const { zh, en } = templates[key];
    assert.deepEqual(
      [...new Set(namesIn(zh.title + zh.body))],
      [...new Set(namesIn(en.title + en.body))],
      key,
    );
    if (key.startsWith('case.'))
      assert.ok(zh.title.includes('{caseNumber}') && en.title.includes('{caseNumber}'), key);
  }
});

test('rendering fills every placeholder; a missing parameter is refused, not left blank', () => {
  for (const key of templateKeys) {
    const params = Object.fromEntries(placeholdersOf(key).map((name) => [name, `<${name}>`]));
    assert.deepEqual(missingParams(key, params), []);
    for (const lang of ['zh', 'en'] as const) {
      const { title, body } = render(key, params, lang);
      assert.doesNotMatch(title + body, /[{}]/, `${key} ${lang} fully rendered`);
      if (key.startsWith('case.'))
        assert.ok(title.includes('<caseNumber>'), `${key} ${lang} title shows the case number`);
    }
  }
  assert.deepEqual(missingParams('case.denied', { caseNumber: 'X', itemName: 'Y' }), ['reason']);
  assert.throws(
    () => render('case.denied', { caseNumber: 'X', itemName: 'Y' }, 'zh'),
    /parameter "reason" is missing/,
  );
  // A value that looks like a placeholder is shown as typed, not expanded.
  const { body } = render('case.denied', { caseNumber: 'X', itemName: 'Y', reason: '{caseNumber}' }, 'en');
  assert.match(body, /Reason: \{caseNumber\}\./);
});
