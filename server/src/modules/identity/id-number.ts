// Resident ID numbers (公民身份号码), GB 11643-1999: see DOMAIN.md §1.1.
import { beijingDay } from '../../platform/calendar/working-days.ts';

export interface LocalizedMessage {
  zh: string;
  en: string;
}

export type IdNumberErrorCode = 'ID_NUMBER_FORMAT' | 'ID_NUMBER_BIRTH_DATE' | 'ID_NUMBER_CHECKSUM';

export type ParsedIdNumber =
  | {
      ok: true;
      /** Normalised 18-character form, check character uppercase. */
      idNumber: string;
      regionCode: string;
      /** 'YYYY-MM-DD' */
      birthDate: string;
      sex: 'male' | 'female';
    }
  | { ok: false; code: IdNumberErrorCode; message: LocalizedMessage };

export interface ParseIdNumberOptions {
  /** Today's civil date in Asia/Shanghai ('YYYY-MM-DD'); injectable so tests do not depend on the clock. */
  today?: string;
}

// W_i = 2^(17-i) mod 11 (ISO 7064 MOD 11-2).
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const EARLIEST_BIRTH_YEAR = 1900;

/**
 * An 18-character ID number inside free text: region, plausible birth date, sequence, check character.
 * Global, for `String.prototype.replace`; do not call `.test`/`.exec` on it directly (it keeps lastIndex).
 */
export const ID_NUMBER_PATTERN =
  /(?<!\d)[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?!\d)/g;

export function idNumberCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('idNumberCheckChar expects 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

function fail(code: IdNumberErrorCode, zh: string, en: string): ParsedIdNumber {
  return { ok: false, code, message: { zh, en } };
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Validates an 18-digit or legacy 15-digit ID number; 15-digit numbers are converted to 18. */
export function parseIdNumber(input: string, options: ParseIdNumberOptions = {}): ParsedIdNumber {
  const raw = input.trim().toUpperCase();
  let idNumber: string;
  if (/^[1-9]\d{14}$/.test(raw)) {
    // Legacy numbers have a 2-digit year, all 19xx, and no check character.
    const first17 = `${raw.slice(0, 6)}19${raw.slice(6)}`;
    idNumber = first17 + idNumberCheckChar(first17);
  } else if (/^[1-9]\d{16}[\dX]$/.test(raw)) {
    idNumber = raw;
  } else {
    return fail(
      'ID_NUMBER_FORMAT',
      '身份证号码格式不正确，应为18位（最后一位可为X）或15位数字',
      'The ID number must be 18 characters (the last may be X) or 15 digits',
    );
  }

  const year = Number(idNumber.slice(6, 10));
  const month = Number(idNumber.slice(10, 12));
  const day = Number(idNumber.slice(12, 14));
  const birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  if (
    year < EARLIEST_BIRTH_YEAR ||
    !isRealDate(year, month, day) ||
    birthDate > (options.today ?? beijingDay(new Date()))
  ) {
    return fail(
      'ID_NUMBER_BIRTH_DATE',
      '身份证号码中的出生日期无效',
      'The birth date in the ID number is not valid',
    );
  }

  if (idNumberCheckChar(idNumber.slice(0, 17)) !== idNumber[17]) {
    return fail(
      'ID_NUMBER_CHECKSUM',
      '身份证号码校验位不正确，请核对号码',
      'The ID number check character does not match; please check the number',
    );
  }

  return {
    ok: true,
    idNumber,
    regionCode: idNumber.slice(0, 6),
    birthDate,
    sex: Number(idNumber[16]) % 2 === 1 ? 'male' : 'female',
  };
}

/** Keeps the region code and the last 4 characters: `110105********002X`. */
export function maskIdNumber(id: string): string {
  const value = id.trim().toUpperCase();
  if (value.length <= 10) return '*'.repeat(value.length);
  return value.slice(0, 6) + '*'.repeat(value.length - 10) + value.slice(-4);
}

/** Masks every ID-number-shaped run in the text, valid check character or not (safer for logs). */
export function maskIdNumbersInText(text: string): string {
  return text.replace(ID_NUMBER_PATTERN, (match) => maskIdNumber(match));
}
