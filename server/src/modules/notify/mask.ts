// Contact addresses are personal data: logs, job errors and delivery rows only ever hold them masked.

/** 13800000001 → 138****0001 */
export function maskMobile(mobile: string): string {
  return mobile.length === 11 ? `${mobile.slice(0, 3)}****${mobile.slice(7)}` : '***';
}

/** zhangsan@example.com → z***@example.com */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return at > 0 ? `${email[0]}***${email.slice(at)}` : '***';
}

const EMAIL = /([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;
const MOBILE = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;

/** Masks every email address and mainland mobile number in free text (e.g. a provider's error). */
export function maskContactsInText(text: string): string {
  return text.replace(EMAIL, '$1***@$2').replace(MOBILE, '$1****$2');
}
