import type { LicenceDocument, PublishedSealKey } from './document.ts';

// W3C Verifiable Credential export (VC Data Model 2.0, secured as a JWT per VC-JOSE-COSE): the JWT payload
// is the credential itself, signed with EdDSA by the issuing department's Ed25519 seal key. The issuer id is
// the department's entry in the published seal-key list, so a verifier resolves the key from the issuer
// (the `jwk` member of the key named by `kid`). Pure: the service signs the signing input.

export const VC_MEDIA_TYPE = 'application/vc+jwt';

/** The issuer identifier: the HTTPS URL of the department's published seal keys. */
export function issuerIdOf(publicUrl: string, departmentCode: string): string {
  return `${publicUrl}/.well-known/tongban/seal-keys.json?department=${encodeURIComponent(departmentCode)}`;
}

/** An Ed25519 seal key as a JWK (RFC 8037); SM2 has no registered JOSE curve, so none for it. */
export function jwkOf(key: Pick<PublishedSealKey, 'keyId' | 'algorithm' | 'publicKey'>) {
  if (key.algorithm !== 'ed25519') return null;
  // Seal keys are stored as the raw 32-byte public key in base64url: exactly the JWK `x`.
  return { kty: 'OKP', crv: 'Ed25519', x: key.publicKey, kid: key.keyId, alg: 'EdDSA', use: 'sig' };
}

export interface CredentialInput {
  doc: LicenceDocument;
  /** Face-field labels by key, for a readable credential. */
  labels: Map<string, string>;
  issuerId: string;
  /** The permanent verification link: the credential's id. */
  verifyUrl: string;
  issuedAt: Date;
}

/** Beijing dates as the dateTimeStamps VC 2.0 wants: the first and the last instant of the day. */
const startOfDay = (day: string) => `${day}T00:00:00+08:00`;
const endOfDay = (day: string) => `${day}T23:59:59+08:00`;

export function credentialOf(input: CredentialInput) {
  const { doc } = input;
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: input.verifyUrl,
    type: ['VerifiableCredential', 'ElectronicLicenceCredential'],
    name: doc.name,
    issuer: { id: input.issuerId, name: doc.issuer.name },
    validFrom: startOfDay(doc.validFrom),
    ...(doc.validUntil ? { validUntil: endOfDay(doc.validUntil) } : {}),
    credentialSubject: {
      type: doc.holder.kind === 'person' ? 'Person' : 'Organization',
      name: doc.holder.name,
      /** Resident ID number or unified social credit code (the holder's own export, so in full). */
      identifier: doc.holder.code,
      licence: {
        identifier: doc.identifier,
        name: doc.name,
        typeCode: doc.typeCode,
        serial: doc.serial,
        version: doc.version,
        issuedAt: doc.issuedAt,
        trustLevel: doc.trustLevel,
        face: Object.entries(doc.face).map(([key, value]) => ({
          key,
          label: input.labels.get(key) ?? key,
          value,
        })),
      },
    },
    // JWT claims beside the credential: who issued it and when this copy was made.
    iss: input.issuerId,
    iat: Math.floor(input.issuedAt.getTime() / 1000),
  };
}

/** The JWS signing input (header.payload, both base64url JSON); the signature is appended after a dot. */
export function jwsSigningInput(keyId: string, payload: unknown): string {
  const header = { alg: 'EdDSA', typ: 'vc+jwt', cty: 'vc', kid: keyId };
  const part = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
  return `${part(header)}.${part(payload)}`;
}
