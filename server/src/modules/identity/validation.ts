import { fieldError, type FieldError } from '../../platform/errors.ts';
import { hasControlCharacter } from '../../platform/http/control-characters.ts';
import { parseIdNumber } from './id-number.ts';

// Field rules shared by registration and account administration, collected so that a form
// is answered with every wrong field at once.

export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

export function checkMobile(field: string, mobile: string, errors: FieldError[]): void {
  if (!MOBILE_PATTERN.test(mobile)) {
    errors.push(fieldError(field, '请输入11位手机号码', 'Enter an 11-digit mainland mobile number'));
  }
}

export function checkPassword(field: string, password: string, errors: FieldError[]): void {
  if (password.length < 8 || !/[A-Za-z]/.test(password) || !/\d/.test(password)) {
    errors.push(
      fieldError(
        field,
        '密码至少8位，且须同时包含字母和数字',
        'Use at least 8 characters with both letters and digits',
      ),
    );
  }
}

export function checkName(field: string, name: string, errors: FieldError[]): void {
  const trimmed = name.trim();
  if (trimmed.length < 2 || trimmed.length > 50 || !/^[\p{Script=Han}A-Za-z·. -]+$/u.test(trimmed)) {
    errors.push(fieldError(field, '请输入与身份证一致的姓名', 'Enter the name as shown on the ID card'));
  }
}

/** Bidirectional overrides and isolates: they make a name display as something other than what it is. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * The name of an organisation or a department: any text (quotes, brackets and digits are common in
 * registered names) but no control characters and no bidirectional overrides or isolates.
 */
export function checkOrganisationName(field: string, name: string, errors: FieldError[]): void {
  if (hasControlCharacter(name) || BIDI_CONTROL.test(name)) {
    errors.push(
      fieldError(
        field,
        '名称不能包含控制字符或文字方向控制符',
        'The name must not contain control characters or text-direction controls',
      ),
    );
  }
}

/** Returns the normalised 18-character number, or records why it is not valid. */
export function checkIdNumber(field: string, idNumber: string, errors: FieldError[]) {
  const parsed = parseIdNumber(idNumber);
  if (!parsed.ok) {
    errors.push({ field, message: parsed.message });
    return null;
  }
  return parsed;
}

export function maskMobile(mobile: string | null): string {
  return mobile && mobile.length === 11 ? `${mobile.slice(0, 3)}****${mobile.slice(7)}` : '';
}

const MOBILE_IN_TEXT = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;

/** Masks every mainland mobile number in free text (logs); longer digit runs are left alone. */
export function maskMobilesInText(text: string): string {
  return text.replace(MOBILE_IN_TEXT, '$1****$2');
}
