import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import jsqr from 'jsqr';
import { PNG } from 'pngjs';
import type { LicenceDocument } from './document.ts';
import { renderLicencePdf, watermarkText } from './render.ts';

const artifacts = fileURLToPath(new URL('../../../../test-artifacts/licenses/', import.meta.url));

const doc: LicenceDocument = {
  identifier: '1.2.156.3005.2.11100000000011121C001.113301060202431224.20260000001.001.Q',
  type: 'business_licence',
  typeCode: '11100000000011121C001',
  name: '营业执照',
  serial: '20260000001',
  version: 1,
  issuer: { name: '杭州市西湖区市场监督管理局', code: '113301060202431224' },
  holder: { kind: 'organisation', name: '杭州西子湖餐饮管理有限公司', code: '91330106600000004G' },
  issuedAt: '2026-11-26T02:00:00Z',
  validFrom: '2026-11-26',
  validUntil: '2031-11-25',
  trustLevel: 'A',
  face: {
    name: '杭州西子湖餐饮管理有限公司',
    uscc: '91330106600000004G',
    type: '有限责任公司',
    legalRepresentative: '张三',
    address: '浙江省杭州市西湖区西溪路 88 号',
    businessScope: '餐饮服务；食品销售（仅销售预包装食品）；餐饮管理；会议及展览服务。',
  },
};

const flat = (text: string) => text.replace(/\s+/g, '');

describe('licence PDF', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'tongban-licence-'));
    mkdirSync(artifacts, { recursive: true });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('face data in Chinese with the embedded font, the issuer, the watermark and a QR code that scans', async () => {
    const url = `http://localhost:3000/verify?id=${encodeURIComponent(doc.identifier)}&c=abcdefghijkl`;
    const pdf = await renderLicencePdf({
      doc,
      faceFields: [
        { key: 'name', label: '名称', concept: 'enterprise.name' },
        { key: 'uscc', label: '统一社会信用代码', concept: 'enterprise.uscc' },
        { key: 'type', label: '类型', concept: 'enterprise.type' },
        { key: 'legalRepresentative', label: '法定代表人', concept: 'legalRepresentative.name' },
        { key: 'address', label: '住所', concept: 'enterprise.address' },
        { key: 'businessScope', label: '经营范围', concept: 'enterprise.businessScope' },
      ],
      template: {
        title: '营业执照',
        layout: [['name'], ['uscc', 'type'], ['legalRepresentative'], ['address']],
      },
      verifyUrl: url,
      keyId: '0123456789abcdef',
      algorithm: 'sm2',
    });
    const file = path.join(dir, 'licence.pdf');
    writeFileSync(file, pdf);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    assert.match(fonts, /NotoSansSC/);
    assert.match(fonts, /yes\s+yes/, 'fonts embedded as subsets');
    const text = flat(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
    for (const phrase of [
      '营业执照',
      '杭州西子湖餐饮管理有限公司',
      '91330106600000004G',
      '经营范围', // not in the layout: printed anyway
      '餐饮服务；食品销售',
      '发证机关：杭州市西湖区市场监督管理局',
      '2026年11月26日',
      '2026年11月26日至2031年11月25日',
      doc.identifier,
      '可信等级：A级',
      'SM2',
    ])
      assert.ok(text.includes(flat(phrase)), `missing ${phrase}`);
    assert.ok(
      text.includes(
        flat('此件由杭州市西湖区市场监督管理局提供，仅供办理政务服务事项时使用，有效期至2031年11月25日'),
      ),
    );
    const png = path.join(artifacts, 'business-licence.png');
    execFileSync('pdftoppm', ['-png', '-r', '100', '-singlefile', file, png.replace(/\.png$/, '')]);
    const image = PNG.sync.read(readFileSync(png));
    assert.equal(jsqr.default(new Uint8ClampedArray(image.data), image.width, image.height)?.data, url);
  });

  test('a long-term licence says so in the watermark', () => {
    assert.equal(
      watermarkText({ ...doc, validUntil: null }),
      '此件由杭州市西湖区市场监督管理局提供，仅供办理政务服务事项时使用，长期有效',
    );
  });
});
