import type ExcelJS from 'exceljs';

/** exceljs, loaded on the first workbook read or written rather than at start (~200 ms of a cold start). */
let excel: Promise<typeof ExcelJS> | null = null;
export const loadExcel = (): Promise<typeof ExcelJS> =>
  (excel ??= import('exceljs').then((module) => module.default));
