import type ExcelJS from 'exceljs';
import { loadExcel } from '../../platform/files/excel.ts';
import type { Bilingual, FieldError } from '../../platform/errors.ts';
import { parseIdNumber } from '../identity/id-number.ts';
import { parseUscc } from '../identity/uscc.ts';
import { checkName, checkOrganisationName } from '../identity/validation.ts';
import type { FaceField, HolderKind } from './tables.ts';
import { isDay } from './validity.ts';

// The bulk-import workbook for licences issued before Tongban: one sheet per licence type (named by the
// type), fixed holder/issuer/date columns, then one column per face field. Parsing is pure: it names every
// bad cell and returns the rows ready to issue.

export interface ImportType {
  code: string;
  name: string;
  holderKind: HolderKind;
  issuerKinds: string[];
  faceFields: FaceField[];
}

export interface ImportRow {
  sheet: string;
  row: number;
  type: string;
  issuerCode: string;
  holderName: string;
  holderCode: string;
  issuedOn: string;
  /** null = by the type's validity; '长期' is written as long-term below. */
  validUntil: string | null;
  longTerm: boolean;
  face: Record<string, string>;
}

export interface ImportError {
  sheet: string;
  row: number;
  column: string;
  message: Bilingual;
}

const FIXED = [
  '持证主体名称',
  '持证主体证件号码',
  '发证机关统一社会信用代码',
  '颁发日期',
  '有效期至',
] as const;

/** Where errors about the file as a whole are reported. */
const FILE_SHEET = '(文件)';

/** Sheet names may not hold []:*?/\ and are at most 31 characters. */
export const sheetNameOf = (name: string) => name.replace(/[[\]:*?/\\]/g, '').slice(0, 31);

export async function importTemplate(types: ImportType[]): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = 'Tongban 通办';
  const guide = workbook.addWorksheet('填写说明');
  guide.addRows([
    ['电子证照批量导入模板（用于导入 Tongban 上线前已颁发的证照）'],
    ['每种证照一个工作表，工作表名称为证照类型名称，请勿修改表名和表头。'],
    ['持证主体证件号码：个人填写18位居民身份证号码，单位填写18位统一社会信用代码。'],
    ['颁发日期格式 YYYY-MM-DD；有效期至留空则按证照类型的有效期计算，长期有效填“长期”。'],
    ['导入为“全部或全不”：任何一行有错，整个文件都不导入，并逐一列出有错的单元格。'],
  ]);
  guide.getColumn(1).width = 90;
  for (const type of types) {
    const sheet = workbook.addWorksheet(sheetNameOf(type.name));
    const header = sheet.addRow([...FIXED, ...type.faceFields.map((f) => f.label)]);
    header.font = { bold: true };
    sheet.columns.forEach((c) => (c.width = 22));
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('text' in value) return String(value.text).trim();
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value).trim();
}

export interface ParseOptions {
  types: ImportType[];
  /** Department credit code → department kind. */
  departments: Map<string, string>;
  onProgress?: (fraction: number) => void;
}

export async function parseImportWorkbook(
  data: Buffer,
  options: ParseOptions,
): Promise<{ rows: ImportRow[]; errors: ImportError[] }> {
  const rows: ImportRow[] = [];
  const errors: ImportError[] = [];
  const workbook = new (await loadExcel()).Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    errors.push({
      sheet: FILE_SHEET,
      row: 0,
      column: '',
      message: { zh: '不是有效的 .xlsx 文件', en: 'Not a valid .xlsx file' },
    });
    return { rows, errors };
  }
  const byName = new Map(
    options.types.flatMap((t) => [[sheetNameOf(t.name), t] as const, [t.code, t] as const]),
  );
  const sheets = workbook.worksheets.filter((s) => s.name !== '填写说明');
  // Any zip opens as a workbook; one without a licence type's sheet is not this import.
  if (!sheets.some((s) => byName.has(s.name))) {
    errors.push({
      sheet: FILE_SHEET,
      row: 0,
      column: '',
      message: {
        zh: '文件中没有证照类型的工作表，请使用导入模板',
        en: 'The file has no sheet of a licence type; use the import template',
      },
    });
    return { rows, errors };
  }
  const total = sheets.reduce((n, s) => n + Math.max(0, s.rowCount - 1), 0) || 1;
  let done = 0;
  for (const sheet of sheets) {
    const type = byName.get(sheet.name);
    const err = (row: number, column: string, zh: string, en: string) =>
      errors.push({ sheet: sheet.name, row, column, message: { zh, en } });
    if (!type) {
      err(
        0,
        '',
        `工作表“${sheet.name}”不是已配置的证照类型`,
        `Sheet "${sheet.name}" is not a configured licence type`,
      );
      continue;
    }
    const expected = [...FIXED, ...type.faceFields.map((f) => f.label)];
    const header = expected.map((_, i) => cellText(sheet.getRow(1).getCell(i + 1).value));
    const wrong = expected.findIndex((label, i) => header[i] !== label);
    if (wrong >= 0) {
      err(
        1,
        expected[wrong]!,
        `表头应为“${expected[wrong]}”，请使用最新模板`,
        `The header should read "${expected[wrong]}"; use the current template`,
      );
      continue;
    }
    for (let r = 2; r <= sheet.rowCount; r++) {
      const cells = expected.map((_, i) => cellText(sheet.getRow(r).getCell(i + 1).value));
      done++;
      options.onProgress?.(done / total);
      if (cells.every((c) => c === '')) continue;
      const [holderName, holderCodeRaw, issuerCodeRaw, issuedOn, until] = cells as [
        string,
        string,
        string,
        string,
        string,
      ];
      const before = errors.length;
      if (!holderName) err(r, FIXED[0], '请填写持证主体名称', 'Give the holder name');
      else {
        // The names issuing would refuse (identity's rules), reported here with their cell.
        const nameErrors: FieldError[] = [];
        (type.holderKind === 'person' ? checkName : checkOrganisationName)(FIXED[0], holderName, nameErrors);
        for (const e of nameErrors) err(r, FIXED[0], e.message.zh, e.message.en);
      }
      let holderCode = holderCodeRaw.toUpperCase();
      if (type.holderKind === 'person') {
        const parsed = parseIdNumber(holderCodeRaw);
        if (parsed.ok) holderCode = parsed.idNumber;
        else
          err(
            r,
            FIXED[1],
            `居民身份证号码无效：${parsed.message.zh}`,
            `Invalid resident ID number: ${parsed.message.en}`,
          );
      } else {
        const parsed = parseUscc(holderCodeRaw);
        if (parsed.ok) holderCode = parsed.uscc;
        else
          err(
            r,
            FIXED[1],
            `统一社会信用代码无效：${parsed.message.zh}`,
            `Invalid credit code: ${parsed.message.en}`,
          );
      }
      const issuerCode = issuerCodeRaw.toUpperCase();
      const kind = options.departments.get(issuerCode);
      if (!kind)
        err(
          r,
          FIXED[2],
          `没有统一社会信用代码为 ${issuerCode || '（空）'} 的部门`,
          `No department has credit code ${issuerCode || '(empty)'}`,
        );
      else if (!type.issuerKinds.includes(kind))
        err(r, FIXED[2], `该部门不能颁发“${type.name}”`, `This department does not issue "${type.name}"`);
      if (!isDay(issuedOn))
        err(
          r,
          FIXED[3],
          '颁发日期应为 YYYY-MM-DD 格式的有效日期',
          'The issue date must be a valid YYYY-MM-DD date',
        );
      const longTerm = until === '长期';
      if (until && !longTerm && !isDay(until))
        err(
          r,
          FIXED[4],
          '有效期至应为 YYYY-MM-DD、“长期”或留空',
          'Valid until must be YYYY-MM-DD, 长期 or empty',
        );
      else if (until && !longTerm && isDay(issuedOn) && until < issuedOn)
        err(r, FIXED[4], '有效期至早于颁发日期', 'Valid until is before the issue date');
      const face: Record<string, string> = {};
      type.faceFields.forEach((f, i) => {
        const value = cells[FIXED.length + i]!;
        if (!value) err(r, f.label, `请填写照面项“${f.label}”`, `Fill in the face field "${f.label}"`);
        face[f.key] = value;
      });
      if (errors.length > before) continue;
      rows.push({
        sheet: sheet.name,
        row: r,
        type: type.code,
        issuerCode,
        holderName,
        holderCode,
        issuedOn,
        validUntil: until && !longTerm ? until : null,
        longTerm,
        face,
      });
    }
  }
  return { rows, errors };
}
