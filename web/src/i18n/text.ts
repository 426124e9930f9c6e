import i18n from './index';

/*
 * Punctuation that differs between the languages: lists are joined with 、 in Chinese and ", " in
 * English, a label is followed by ： or ": ", a note goes in （） or " ()". Callers re-render on a
 * language change through their own useTranslation.
 */

/** 甲、乙、丙 / A, B, C */
export function joinList(items: readonly string[]): string {
  return items.join(i18n.t('shell.listSeparator'));
}

/** 用途：办件 / Purpose: case */
export function labelled(label: string, value: string | number = ''): string {
  return i18n.t('shell.labelled', { label, value });
}

/** 名称（部门） / Name (department) */
export function withNote(text: string, note: string | number): string {
  return i18n.t('shell.withNote', { text, note });
}
