// Unified social credit codes (统一社会信用代码), GB 32100-2015: see DOMAIN.md §1.2.
import type { LocalizedMessage } from './id-number.ts';

export type UsccWarningCode = 'USCC_CHECKSUM' | 'USCC_ORG_CODE_CHECKSUM';

export interface UsccWarning {
  code: UsccWarningCode;
  message: LocalizedMessage;
}

export type ParsedUscc =
  | {
      ok: true;
      uscc: string;
      /** Position 1: 1 机构编制, 5 民政, 9 市场监管, Y 其他 … */
      registrationAuthority: string;
      /** Position 2: organisation category within that authority. */
      category: string;
      /** Positions 3–8: GB/T 2260 code of the registering authority. */
      regionCode: string;
      /** Positions 9–17: GB 11714 organisation code including its own check character. */
      organisationCode: string;
      /** Checksum failures are warnings, not rejections: some legal early pilot codes fail them. */
      warnings: UsccWarning[];
    }
  | { ok: false; code: 'USCC_FORMAT'; message: LocalizedMessage };

export interface MakeUsccInput {
  registrationAuthority: string;
  category: string;
  regionCode: string;
  /** Becomes the 8-character organisation code body, zero-padded. */
  sequence: number;
}

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
// W_i = 3^i mod 31.
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
const USCC_FORMAT = /^[0-9A-HJ-NP-RTUW-Y]{18}$/;

export function usccCheckChar(first17: string): string {
  if (!/^[0-9A-HJ-NP-RTUW-Y]{17}$/.test(first17)) {
    throw new RangeError('usccCheckChar expects 17 characters from the GB 32100 character set');
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return CHARSET[(31 - (sum % 31)) % 31]!;
}

/** GB 11714 check character over the 8-character organisation code body. */
export function organisationCodeCheckChar(first8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(first8))
    throw new RangeError('organisationCodeCheckChar expects 8 characters 0-9/A-Z');
  let sum = 0;
  // GB 11714 values: digits as themselves, A=10 … Z=35.
  for (let i = 0; i < 8; i++) sum += parseInt(first8[i]!, 36) * ORG_WEIGHTS[i]!;
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

export function parseUscc(input: string): ParsedUscc {
  const uscc = input.trim().toUpperCase();
  if (!USCC_FORMAT.test(uscc)) {
    return {
      ok: false,
      code: 'USCC_FORMAT',
      message: {
        zh: '统一社会信用代码应为18位，由数字和大写字母组成（不含I、O、Z、S、V）',
        en: 'The unified social credit code must be 18 digits or capital letters (excluding I, O, Z, S, V)',
      },
    };
  }
  const warnings: UsccWarning[] = [];
  if (usccCheckChar(uscc.slice(0, 17)) !== uscc[17]) {
    warnings.push({
      code: 'USCC_CHECKSUM',
      message: {
        zh: '统一社会信用代码校验位不符，请核对代码',
        en: 'The check character of the unified social credit code does not match; please check the code',
      },
    });
  }
  const organisationCode = uscc.slice(8, 17);
  if (organisationCodeCheckChar(organisationCode.slice(0, 8)) !== organisationCode[8]) {
    warnings.push({
      code: 'USCC_ORG_CODE_CHECKSUM',
      message: {
        zh: '统一社会信用代码中的组织机构代码校验位不符，请核对代码',
        en: 'The organisation code inside the unified social credit code has a wrong check character',
      },
    });
  }
  return {
    ok: true,
    uscc,
    registrationAuthority: uscc[0]!,
    category: uscc[1]!,
    regionCode: uscc.slice(2, 8),
    organisationCode,
    warnings,
  };
}

/** Builds a code whose both check characters are right; for demo and test data. */
export function makeUscc({ registrationAuthority, category, regionCode, sequence }: MakeUsccInput): string {
  if (!/^[0-9A-HJ-NP-RTUW-Y]$/.test(registrationAuthority) || !/^[0-9A-HJ-NP-RTUW-Y]$/.test(category)) {
    throw new RangeError('registrationAuthority and category must each be one GB 32100 character');
  }
  if (!/^\d{6}$/.test(regionCode)) throw new RangeError('regionCode must be 6 digits');
  if (!Number.isInteger(sequence) || sequence < 0 || sequence > 99_999_999) {
    throw new RangeError('sequence must be an integer from 0 to 99999999');
  }
  const body = String(sequence).padStart(8, '0');
  const first17 = registrationAuthority + category + regionCode + body + organisationCodeCheckChar(body);
  return first17 + usccCheckChar(first17);
}
