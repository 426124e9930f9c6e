// Licence verification benchmark: how many licences per second one process can check (canonical form +
// seal signature), for Ed25519 and SM2, against a baseline measured in the same run: building the canonical
// text and hashing it (the verification work without the signature).
// Run: node --import tsx bench/license-verify.bench.ts   (not a test; prints a markdown table)
import crypto from 'node:crypto';
import { cpus } from 'node:os';
import { generateSigningKeyPair, signText } from '../server/src/platform/crypto/signing.ts';
import {
  signatureHolds,
  signedTextOf,
  type LicenceDocument,
  type SealKey,
} from '../server/src/modules/licenses/document.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);

const doc = (serial: number): LicenceDocument => ({
  identifier: `1.2.156.3005.2.11100000000011121C001.113301060202431224.2026${String(serial).padStart(7, '0')}.001.X`,
  type: 'business_licence',
  typeCode: '11100000000011121C001',
  name: '营业执照',
  serial: `2026${String(serial).padStart(7, '0')}`,
  version: 1,
  issuer: { name: '杭州市西湖区市场监督管理局', code: '113301060202431224' },
  holder: { kind: 'organisation', name: '杭州西子湖餐饮管理有限公司', code: '91330106600000004G' },
  issuedAt: '2026-11-26T02:00:00.000Z',
  validFrom: '2026-11-26',
  validUntil: null,
  trustLevel: 'A',
  face: {
    name: '杭州西子湖餐饮管理有限公司',
    uscc: '91330106600000004G',
    type: '有限责任公司',
    legalRepresentative: '张三',
    registeredCapital: '100',
    address: '浙江省杭州市西湖区西溪路88号',
    businessScope: '餐饮服务；食品销售（仅销售预包装食品）；餐饮管理；会议及展览服务。',
  },
});

/** Runs `fn` over the docs for about SECONDS seconds; returns operations per second. */
function measure(fn: (i: number) => boolean): number {
  for (let i = 0; i < 20; i++) fn(i); // warm-up
  const end = performance.now() + SECONDS * 1000;
  let n = 0;
  const start = performance.now();
  while (performance.now() < end) {
    if (!fn(n)) throw new Error('verification failed');
    n++;
  }
  return n / ((performance.now() - start) / 1000);
}

const docs = Array.from({ length: 64 }, (_, i) => doc(i + 1));
const rows: Array<[string, number]> = [];
rows.push([
  'baseline: canonical text + SHA-256 (no signature)',
  measure(
    (i) =>
      crypto
        .createHash('sha256')
        .update(signedTextOf(docs[i % docs.length]!))
        .digest().length === 32,
  ),
]);
for (const algorithm of ['ed25519', 'sm2'] as const) {
  const pair = generateSigningKeyPair(algorithm);
  const key: SealKey = {
    keyId: 'k',
    algorithm,
    publicKey: pair.publicKey,
    departmentCode: '113301060202431224',
  };
  const signatures = docs.map((d) => signText(algorithm, pair.privateKey, signedTextOf(d)));
  rows.push([
    `${algorithm === 'sm2' ? 'SM2 (sm-crypto, GB/T 32918)' : 'Ed25519 (node:crypto)'}: canonical text + signature`,
    measure((i) => signatureHolds(docs[i % docs.length]!, signatures[i % docs.length]!, key)),
  ]);
}
const base = rows[0]![1];
console.log(
  `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${SECONDS} s per row\n`,
);
console.log('| check | verifications / s | ms each | × baseline time |');
console.log('|---|---:|---:|---:|');
for (const [name, perSecond] of rows)
  console.log(
    `| ${name} | ${Math.round(perSecond).toLocaleString('en')} | ${(1000 / perSecond).toFixed(3)} | ${(base / perSecond).toFixed(1)} |`,
  );
