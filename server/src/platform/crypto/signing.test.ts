import assert from 'node:assert/strict';
import { test } from 'node:test';
import smCrypto from 'sm-crypto';
import { canonicalJson, generateSigningKeyPair, keyIdOf, signText, verifyText } from './signing.ts';

for (const algorithm of ['ed25519', 'sm2'] as const) {
  test(`${algorithm}: a signature verifies, and fails for altered text, another key or a mangled signature`, () => {
    const keys = generateSigningKeyPair(algorithm);
    const other = generateSigningKeyPair(algorithm);
    const text = canonicalJson({ 持证人: '张三', no: 1 });
    const signature = signText(algorithm, keys.privateKey, text);
    assert.equal(verifyText(algorithm, keys.publicKey, text, signature), true);
    assert.equal(verifyText(algorithm, keys.publicKey, text.replace('张三', '李四'), signature), false);
    assert.equal(verifyText(algorithm, other.publicKey, text, signature), false);
    // The first character carries six whole bits in hex and base64url alike, so changing it always changes the bytes.
    const mangled = `${signature[0] === '0' ? '1' : '0'}${signature.slice(1)}`;
    assert.equal(verifyText(algorithm, keys.publicKey, text, mangled), false);
    assert.equal(verifyText(algorithm, keys.publicKey, text, 'not a signature'), false);
  });
}

test('sm2 signatures are GB/T 32918 SM2 that sm-crypto verifies on its own (SM3 with the default user ID)', () => {
  const keys = generateSigningKeyPair('sm2');
  const signature = signText('sm2', keys.privateKey, '电子证照');
  assert.equal(smCrypto.sm2.doVerifySignature('电子证照', signature, keys.publicKey, { hash: true }), true);
});

test('canonical JSON sorts keys at every level and drops undefined', () => {
  assert.equal(
    canonicalJson({ b: 1, a: { d: [2, { z: 1, y: null }], c: undefined } }),
    '{"a":{"d":[2,{"y":null,"z":1}]},"b":1}',
  );
  assert.notEqual(keyIdOf('ed25519', 'abc'), keyIdOf('sm2', 'abc'));
});
