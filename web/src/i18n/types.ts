import type zhCN from './zh-CN.ts';

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

/** The shape every language's resources must have: the keys of zh-CN, with any string values. */
export type Messages = DeepStrings<typeof zhCN>;

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
