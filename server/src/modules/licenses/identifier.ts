// Electronic licence identifiers (电子证照标识, GB/T 36904-2018):
// 1.2.156.3005.2.{type code}.{issuer credit code}.{serial}.{version}.{check}, where the check character is
// ISO/IEC 7064 MOD 37,36 over type code + issuer + serial + version with the dots removed (DOMAIN.md §1.4).

export const LICENCE_ROOT_OID = '1.2.156.3005.2';
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export interface LicenceIdentifierParts {
  /** 证照类型代码: 21 characters, the issuing ministry's credit code and a 3-digit sequence. */
  typeCode: string;
  /** 颁发机构代码: the issuing authority's 18-character unified social credit code. */
  issuerCode: string;
  /** 流水号: 10–32 uppercase letters and digits. */
  serial: string;
  /** 版本号: 3 digits, 001 for the first issue. */
  version: string;
}

/** The MOD 37,36 check character over letters and digits (throws on any other character). */
export function licenceCheckChar(body: string): string {
  let p = 36;
  for (const ch of body) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) throw new RangeError(`licence identifier: "${ch}" is not 0-9 or A-Z`);
    p = (p + v) % 36;
    if (p === 0) p = 36;
    p = (2 * p) % 37;
  }
  return ALPHABET[(37 - p) % 36]!;
}

const TYPE_CODE = /^[0-9A-Z]{18}\d{3}$/;
const ISSUER_CODE = /^[0-9A-Z]{18}$/;
const SERIAL = /^[0-9A-Z]{10,32}$/;
const VERSION = /^\d{3}$/;

export function isLicenceTypeCode(code: string): boolean {
  return TYPE_CODE.test(code);
}

/** Formats a version number as the identifier's 3 digits (1 → 001). */
export function versionText(version: number): string {
  if (!Number.isInteger(version) || version < 1 || version > 999) throw new RangeError(`version ${version}`);
  return String(version).padStart(3, '0');
}

export function makeLicenceIdentifier(parts: LicenceIdentifierParts): string {
  if (!TYPE_CODE.test(parts.typeCode)) throw new RangeError(`type code ${parts.typeCode}`);
  if (!ISSUER_CODE.test(parts.issuerCode)) throw new RangeError(`issuer code ${parts.issuerCode}`);
  if (!SERIAL.test(parts.serial)) throw new RangeError(`serial ${parts.serial}`);
  if (!VERSION.test(parts.version)) throw new RangeError(`version ${parts.version}`);
  const body = `${parts.typeCode}${parts.issuerCode}${parts.serial}${parts.version}`;
  return `${LICENCE_ROOT_OID}.${parts.typeCode}.${parts.issuerCode}.${parts.serial}.${parts.version}.${licenceCheckChar(body)}`;
}

export type ParsedLicenceIdentifier =
  ({ ok: true; identifier: string } & LicenceIdentifierParts) | { ok: false; reason: 'format' | 'check' };

/**
 * Parses an identifier as printed; accepts surrounding spaces and lowercase letters. Only the shape and
 * the check character are checked here (the samples in the wild use other type-code lengths, so the
 * parser is lenient about part lengths: 6–32 characters each, version 3 digits).
 */
export function parseLicenceIdentifier(input: string): ParsedLicenceIdentifier {
  const text = input.trim().toUpperCase();
  if (!text.startsWith(`${LICENCE_ROOT_OID}.`)) return { ok: false, reason: 'format' };
  const rest = text.slice(LICENCE_ROOT_OID.length + 1).split('.');
  if (rest.length !== 5) return { ok: false, reason: 'format' };
  const [typeCode, issuerCode, serial, version, check] = rest as [string, string, string, string, string];
  const part = /^[0-9A-Z]{6,32}$/;
  if (![typeCode, issuerCode, serial].every((p) => part.test(p)) || !VERSION.test(version))
    return { ok: false, reason: 'format' };
  if (!/^[0-9A-Z]$/.test(check)) return { ok: false, reason: 'format' };
  if (licenceCheckChar(`${typeCode}${issuerCode}${serial}${version}`) !== check)
    return { ok: false, reason: 'check' };
  return { ok: true, identifier: text, typeCode, issuerCode, serial, version };
}
