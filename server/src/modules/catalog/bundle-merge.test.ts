import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sampleItemContent } from './content.fixture.ts';
import { bundleCommitment, mergeBundle } from './bundle-merge.ts';

// 食品经营许可 offers 告知承诺 for its management system (M02) and its business licence (M01);
// 户外招牌设置 asks for the same business licence and offers no commitment.
const food = sampleItemContent({
  commitment: {
    text: '本人承诺已建立食品安全管理制度。',
    materialKeys: ['M01', 'M02'],
    verification: { withinDays: 20, method: 'site_inspection' },
  },
});
const signboard = sampleItemContent({ materials: [sampleItemContent().materials[0]!] });
const parts = [
  { itemCode: 'FOOD', name: '食品经营许可', content: food },
  { itemCode: 'SIGN', name: '户外招牌设置', content: signboard },
];

test('a bundle offers 告知承诺 when one of its items does, with that item’s text', () => {
  const commitment = bundleCommitment(parts, mergeBundle(parts))!;
  assert.ok(commitment.text.startsWith('【食品经营许可】\n本人承诺'));
  assert.ok(!commitment.text.includes('户外招牌设置'));
});

test('the commitment replaces a shared material only when every item using it accepts the commitment', () => {
  const commitment = bundleCommitment(parts, mergeBundle(parts))!;
  assert.deepEqual(commitment.materialKeys, ['food_safety_management_system']);
  const foodOnly = [parts[0]!];
  assert.deepEqual(bundleCommitment(foodOnly, mergeBundle(foodOnly))!.materialKeys, [
    'business_licence',
    'food_safety_management_system',
  ]);
});

test('a bundle none of whose items offers it has no commitment', () => {
  const plain = [parts[1]!];
  assert.equal(bundleCommitment(plain, mergeBundle(plain)), null);
});
