import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maskContactsInText, maskEmail, maskMobile } from './mask.ts';

test('addresses are masked alone and inside free text', () => {
  assert.equal(maskMobile('13800000001'), '138****0001');
  assert.equal(maskEmail('zhangsan01@example.com'), 'z***@example.com');
  assert.equal(
    maskContactsInText('550 5.1.1 <zhangsan01@example.com>: no such user; sms to 13800000001 failed'),
    '550 5.1.1 <z***@example.com>: no such user; sms to 138****0001 failed',
  );
  // Longer digit runs (an ID number, a case number) are not mistaken for a mobile number.
  assert.equal(maskContactsInText('case 330106198805120111'), 'case 330106198805120111');
});
