import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateSigningKeyPair, keyIdOf, signText } from '../../platform/crypto/signing.ts';
import {
  contentCode,
  maskHolderName,
  parseVerificationInput,
  signedTextOf,
  verdict,
  verificationUrl,
  verifyExportOffline,
  type LicenceDocument,
  type LicenceExport,
  type PublishedSealKey,
} from './document.ts';

const doc: LicenceDocument = {
  identifier: '1.2.156.3005.2.11100000000010014P001.11330106020253259A.20260000001.001.7',
  type: 'resident_id_card',
  typeCode: '11100000000010014P001',
  name: '中华人民共和国居民身份证',
  serial: '20260000001',
  version: 1,
  issuer: { name: '杭州市公安局西湖区分局', code: '11330106020253259A' },
  holder: { kind: 'person', name: '张三', code: '330106198805120111' },
  issuedAt: '2026-11-26T02:00:00.000Z',
  validFrom: '2026-11-26',
  validUntil: '2046-11-25',
  trustLevel: 'A',
  face: { name: '张三', idNumber: '330106198805120111' },
};

function sealed(algorithm: 'ed25519' | 'sm2') {
  const pair = generateSigningKeyPair(algorithm);
  const keyId = keyIdOf(algorithm, pair.publicKey);
  const published: PublishedSealKey = {
    keyId,
    departmentId: 'd1',
    departmentName: doc.issuer.name,
    departmentCode: doc.issuer.code,
    algorithm,
    publicKey: pair.publicKey,
    status: 'active',
    validFrom: '2026-01-01T00:00:00Z',
    validUntil: null,
  };
  const file: LicenceExport = {
    format: 'tongban-licence/1',
    licence: doc,
    signature: signText(algorithm, pair.privateKey, signedTextOf(doc)),
    keyId,
    algorithm,
    code: contentCode(doc),
    verifyUrl: verificationUrl('https://tongban.example', doc),
  };
  return { published, file };
}

for (const algorithm of ['ed25519', 'sm2'] as const) {
  test(`${algorithm}: an untouched export verifies offline; one changed character is tampered`, () => {
    const { published, file } = sealed(algorithm);
    assert.equal(verifyExportOffline(file, [published], '2026-12-01').status, 'valid');
    const altered = { ...file, licence: { ...doc, face: { ...doc.face, name: '张王' } } };
    assert.equal(verifyExportOffline(altered, [published], '2026-12-01').status, 'tampered');
    const otherDates = { ...file, licence: { ...doc, validUntil: '2066-11-25' } };
    assert.equal(verifyExportOffline(otherDates, [published], '2026-12-01').status, 'tampered');
    assert.equal(verifyExportOffline(file, [published], '2046-11-26').status, 'expired');
    assert.equal(verifyExportOffline(file, [], '2026-12-01').status, 'unknown_key');
    // A key of another department does not vouch for this issuer's licences.
    const foreign = { ...published, departmentCode: '113301060202431224' };
    assert.equal(verifyExportOffline(file, [foreign], '2026-12-01').status, 'tampered');
    assert.equal(verifyExportOffline({ hello: 1 }, [published], '2026-12-01').status, 'malformed');
  });
}

test('the registry status comes after the signature; a wrong QR code is tampered', () => {
  const { published, file } = sealed('ed25519');
  const key = { ...published, departmentCode: doc.issuer.code };
  const base = { doc, signature: file.signature, key, presentedCode: null, today: '2026-12-01' };
  assert.equal(verdict({ ...base, recordStatus: 'valid' }), 'valid');
  assert.equal(verdict({ ...base, recordStatus: 'revoked' }), 'revoked');
  assert.equal(verdict({ ...base, recordStatus: 'suspended' }), 'suspended');
  assert.equal(verdict({ ...base, recordStatus: 'valid', presentedCode: contentCode(doc) }), 'valid');
  assert.equal(verdict({ ...base, recordStatus: 'revoked', presentedCode: 'AAAAAAAAAAAA' }), 'tampered');
  assert.equal(
    verdict({ ...base, recordStatus: 'valid', signature: file.signature.slice(1) + 'A' }),
    'tampered',
  );
});

test('the QR payload round-trips; names are masked', () => {
  const url = verificationUrl('https://tongban.example', doc);
  assert.deepEqual(parseVerificationInput(url), { identifier: doc.identifier, code: contentCode(doc) });
  assert.deepEqual(parseVerificationInput(` ${doc.identifier} `), { identifier: doc.identifier, code: null });
  assert.deepEqual(parseVerificationInput(`${doc.identifier}#abc`), {
    identifier: doc.identifier,
    code: 'abc',
  });
  assert.equal(maskHolderName('person', '张三'), '张*');
  assert.equal(maskHolderName('person', '欧阳娜娜'), '欧***');
  assert.equal(maskHolderName('organisation', '杭州西子湖餐饮管理有限公司'), '杭州西子湖餐饮管理有限公司');
});
