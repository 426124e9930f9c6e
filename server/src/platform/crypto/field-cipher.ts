import crypto from 'node:crypto';

export type FieldCipherKind = 'aes-256-gcm' | 'sm4';

/**
 * Encrypts personal fields (ID numbers) at rest and derives a keyed hash to look them up.
 * Tokens carry a prefix naming their algorithm, so data written under one setting stays
 * readable after the setting changes. The lookup hash follows the configured family
 * (HMAC-SHA256, or HMAC-SM3 for 国密) and must not change once data exists.
 */
export interface FieldCipher {
  readonly kind: FieldCipherKind;
  encrypt(plain: string): string;
  decrypt(token: string): string;
  lookupHash(value: string): string;
}

function derive(master: Buffer, info: string, length: number): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', master, Buffer.from('tongban'), Buffer.from(info), length));
}

const b64 = (b: Buffer) => b.toString('base64url');
const unb64 = (s: string | undefined) => Buffer.from(s ?? '', 'base64url');

export function createFieldCipher(master: Buffer, kind: FieldCipherKind): FieldCipher {
  const aesKey = derive(master, 'field-encryption/aes-256-gcm', 32);
  const sm4Key = derive(master, 'field-encryption/sm4', 16);
  const sm4MacKey = derive(master, 'field-encryption/sm4-mac', 32);
  const lookupKey = derive(master, `lookup-hash/${kind}`, 32);
  const lookupAlgorithm = kind === 'sm4' ? 'sm3' : 'sha256';

  function encryptAes(plain: string): string {
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv('aes-256-gcm', aesKey, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `a1.${b64(iv)}.${b64(body)}.${b64(cipher.getAuthTag())}`;
  }

  function sm4Mac(iv: Buffer, body: Buffer): Buffer {
    return crypto.createHmac('sm3', sm4MacKey).update(iv).update(body).digest();
  }

  // Node has no SM4-GCM, so SM4-CBC with encrypt-then-MAC (HMAC-SM3) gives the same integrity.
  function encryptSm4(plain: string): string {
    const iv = crypto.randomBytes(16);
    const cipher = crypto.createCipheriv('sm4-cbc', sm4Key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `s1.${b64(iv)}.${b64(body)}.${b64(sm4Mac(iv, body))}`;
  }

  function decrypt(token: string): string {
    const [version, ivText, bodyText, tagText] = token.split('.');
    const iv = unb64(ivText);
    const body = unb64(bodyText);
    const tag = unb64(tagText);
    if (version === 'a1') {
      const decipher = crypto.createDecipheriv('aes-256-gcm', aesKey, iv);
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    }
    if (version === 's1') {
      const expected = sm4Mac(iv, body);
      if (expected.length !== tag.length || !crypto.timingSafeEqual(expected, tag)) {
        throw new Error('field token failed its integrity check');
      }
      const decipher = crypto.createDecipheriv('sm4-cbc', sm4Key, iv);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    }
    throw new Error(`unknown field token version "${version}"`);
  }

  return {
    kind,
    encrypt: kind === 'sm4' ? encryptSm4 : encryptAes,
    decrypt,
    lookupHash: (value) => crypto.createHmac(lookupAlgorithm, lookupKey).update(value).digest('hex'),
  };
}
