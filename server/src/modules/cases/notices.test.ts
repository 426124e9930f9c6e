import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import jsqr from 'jsqr';
import { PNG } from 'pngjs';
import { NOTICE_TITLES, renderNotice, type NoticeData, type NoticeKind } from './notices.ts';

// Page images are kept for people to look at; the folder is gitignored.
const artifacts = fileURLToPath(new URL('../../../../test-artifacts/notices/', import.meta.url));

const common = {
  caseNumber: 'TB202611260001',
  departmentName: '西安市市场监督管理局',
  applicantName: '陕西秦味餐饮管理有限公司',
  itemName: '食品经营许可（新办）',
  // 17:30 UTC is already the next day in China.
  submittedAt: '2026-11-20T17:30:00Z',
  issuedAt: '2026-11-26T02:15:00Z',
  checkUrl: 'https://zwfw.xa.gov.cn/portal/cases/check?no=TB202611260001&code=8F3K2Q',
};

const longReason =
  '经核查，你（单位）申请的建设项目位于西安市雁塔区曲江新区雁塔南路以东、芙蓉西路以南地块，' +
  '该地块的建设工程施工许可依照《西安市人民政府关于调整部分行政许可事项实施机关的决定》' +
  '已划归曲江新区管理委员会实施，申请事项依法不属于本机关职权范围。请你（单位）向曲江新区管理委员会' +
  '政务服务中心提出申请，并携带本通知书及原申请材料，以便办理窗口核对已提交的材料，避免重复提交';

const samples: Record<NoticeKind, NoticeData> = {
  acceptance: {
    ...common,
    kind: 'acceptance',
    number: '西市监受〔2026〕0001号',
    promisedDueDate: '2026-12-10',
  },
  gap_acceptance: {
    ...common,
    kind: 'gap_acceptance',
    number: '西市监容受〔2026〕0002号',
    applicantName: '李明华',
    itemName: '公共场所卫生许可',
    promisedDueDate: '2026-12-18',
    gaps: [
      { material: '从业人员健康合格证明', dueDate: '2026-12-05' },
      { material: '公共场所卫生检测报告（集中空调通风系统）', dueDate: '2026-12-15' },
    ],
  },
  correction: {
    ...common,
    kind: 'correction',
    number: '西市监补〔2026〕0003号',
    corrections: [
      { material: '营业执照副本', problem: '复印件不清晰，请提供加盖公章的清晰复印件' },
      {
        material: '食品安全管理制度',
        problem: '缺少从业人员健康管理制度和进货查验记录制度，请补充完整并由法定代表人签字确认',
      },
    ],
  },
  refusal: {
    ...common,
    kind: 'refusal',
    number: '西住建不受〔2026〕0004号',
    departmentName: '西安市住房和城乡建设局',
    itemName: '建筑工程施工许可证核发',
    applicantName: '陕西长安建工集团有限公司',
    reason: longReason,
    legalBasis: '《中华人民共和国行政许可法》第三十二条第一款第（二）项',
  },
  approval: {
    ...common,
    kind: 'approval',
    number: '西市监许〔2026〕0005号',
    resultName: '食品经营许可证',
    licenceNumber: 'JY16101130012345',
    commitment: true,
  },
  denial: {
    ...common,
    kind: 'denial',
    number: '西市监不许〔2026〕0006号',
    applicantName: '王建国',
    reason:
      '经现场核查，经营场所与厕所的距离不足25米，且未设置有效的防蝇防尘设施；食品处理区布局不符合' +
      '生进熟出的单一流向要求，粗加工区与烹饪区未分隔，存在交叉污染风险，不符合食品经营许可的法定条件',
    legalBasis: '《中华人民共和国食品安全法》第三十三条第一款',
  },
};

/** Text of the PDF without whitespace, so wrapped lines still match whole phrases. */
function flatText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

function pageText(file: string, page: number): string {
  const args = ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-'];
  return execFileSync('pdftotext', args, { encoding: 'utf8' }).replace(/\s+/g, '');
}

function pageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

const artifactPng = (name: string, page: number) =>
  path.join(artifacts, page === 1 ? `${name}.png` : `${name}-p${page}.png`);

function pagePng(file: string, page: number, png: string): void {
  const args = ['-png', '-r', '100', '-f', String(page), '-l', String(page), '-singlefile', file];
  execFileSync('pdftoppm', [...args, png.replace(/\.png$/, '')]);
}

/** Renders one page to PNG at 100 dpi and returns what the QR code on it says. */
function qrOnPage(file: string, page: number, png: string): string | undefined {
  pagePng(file, page, png);
  const image = PNG.sync.read(readFileSync(png));
  // jsqr is CommonJS; its typings only describe the function as `.default`.
  return jsqr.default(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

const flat = (text: string) => text.replace(/\s+/g, '');

describe('case notices as PDF', () => {
  let dir: string;
  before(() => {
    try {
      execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    } catch {
      throw new Error('these tests read the PDFs with poppler: apt-get install -y poppler-utils');
    }
    dir = mkdtempSync(path.join(tmpdir(), 'tongban-notices-'));
    mkdirSync(artifacts, { recursive: true });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const [kind, data] of Object.entries(samples) as [NoticeKind, NoticeData][]) {
    test(`${NOTICE_TITLES[kind].zh}: embedded Chinese font, the key facts as text, a QR code that scans`, async () => {
      const pdf = await renderNotice(data);
      assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
      const file = path.join(dir, `${kind}.pdf`);
      writeFileSync(file, pdf);

      const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
      assert.match(fonts, /^[A-Z]{6}\+NotoSansSC-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/m);
      assert.match(fonts, /^[A-Z]{6}\+NotoSansSC-Bold\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/m);

      const text = flatText(file);
      for (const expected of [
        NOTICE_TITLES[kind].zh,
        data.number,
        data.caseNumber,
        data.departmentName,
        `${data.applicantName}：`,
        `于2026年11月21日提出的${data.itemName}申请`,
        '2026年11月26日',
        '扫码查询办件进度',
        data.checkUrl,
      ]) {
        assert.ok(text.includes(flat(expected)), `${kind}: "${expected}" is missing from the text`);
      }

      // The QR code sits with the signature on the last page (page 1 unless the text runs long).
      const pages = pageCount(file);
      for (let page = 1; page < pages; page++) pagePng(file, page, artifactPng(kind, page));
      assert.equal(qrOnPage(file, pages, artifactPng(kind, pages)), data.checkUrl);
    });
  }

  test('each kind says what the applicant must know', async () => {
    const text = async (data: NoticeData) => {
      const file = path.join(dir, `says-${data.kind}.pdf`);
      writeFileSync(file, await renderNotice(data));
      return flatText(file);
    };
    const remedy = ['60日内', '《中华人民共和国行政复议法》', '6个月内', '《中华人民共和国行政诉讼法》'];

    assert.ok((await text(samples.acceptance)).includes('予以受理，承诺于2026年12月10日前作出决定'));

    const gaps = await text(samples.gap_acceptance);
    for (const piece of [
      '公共场所卫生检测报告（集中空调通风系统）',
      '2026年12月15日',
      '2026年12月5日',
      '中止办理',
    ]) {
      assert.ok(gaps.includes(piece), `gap_acceptance: ${piece}`);
    }

    const correction = await text(samples.correction);
    for (const item of samples.correction.corrections!) {
      assert.ok(correction.includes(item.material) && correction.includes(item.problem), item.material);
    }
    assert.ok(correction.includes('一次性告知'));

    const refusal = await text(samples.refusal);
    for (const piece of [longReason, samples.refusal.legalBasis!, '决定不予受理', ...remedy]) {
      assert.ok(refusal.includes(flat(piece)), `refusal: ${piece.slice(0, 20)}`);
    }

    const denial = await text(samples.denial);
    for (const piece of [samples.denial.reason!, samples.denial.legalBasis!, '决定不予行政许可', ...remedy]) {
      assert.ok(denial.includes(flat(piece)), `denial: ${piece.slice(0, 20)}`);
    }

    const approval = await text(samples.approval);
    assert.ok(approval.includes('决定准予行政许可'));
    assert.ok(approval.includes('《食品经营许可证》，编号：JY16101130012345'));
    assert.ok(approval.includes('告知承诺'));
    const plain = await text({ ...samples.approval, commitment: false, licenceNumber: undefined });
    assert.ok(plain.includes('办理结果为《食品经营许可证》'));
    assert.ok(!plain.includes('告知承诺'));
    assert.ok(!plain.includes('JY16101130012345'));
  });

  test('a long correction list runs onto a second page, with the signature and QR code kept together', async () => {
    const corrections = Array.from({ length: 14 }, (_, i) => ({
      material: `第${i + 1}项申请材料`,
      problem: '材料内容与申请表填写的信息不一致，请核对后重新提供加盖公章的材料',
    }));
    const data: NoticeData = { ...samples.correction, corrections };
    const file = path.join(dir, 'long-correction.pdf');
    writeFileSync(file, await renderNotice(data));
    assert.equal(pageCount(file), 2);
    const second = pageText(file, 2);
    assert.ok(second.includes('第14项申请材料'));
    assert.ok(second.includes(`办件编号：${data.caseNumber}`));
    assert.ok(second.includes('—2—'), 'page number');
    assert.equal(qrOnPage(file, 2, artifactPng('correction-long', 2)), data.checkUrl);
  });

  test('names with markup characters print as written', async () => {
    const data: NoticeData = {
      ...samples.acceptance,
      departmentName: '西安市<测试>&"审批"局',
      applicantName: 'Smith & Sons <Trading> 有限公司',
      checkUrl: 'https://zwfw.xa.gov.cn/portal/cases/TB202611260001',
    };
    const file = path.join(dir, 'markup.pdf');
    writeFileSync(file, await renderNotice(data));
    const text = flatText(file);
    assert.ok(text.includes(flat(data.departmentName)));
    assert.ok(text.includes(flat(data.applicantName)));
    // One "&" each in the heading, the signature, the seal mark's ring text and the applicant's name.
    assert.equal(text.split('&').length - 1, 4);
  });

  test('a notice missing what its kind needs is not produced', async () => {
    const { reason: _reason, ...noReason } = samples.refusal;
    await assert.rejects(renderNotice(noReason), /refusal notice needs reason/);
    await assert.rejects(renderNotice({ ...samples.correction, corrections: [] }), /needs corrections/);
    await assert.rejects(
      renderNotice({ ...samples.acceptance, promisedDueDate: undefined }),
      /promisedDueDate/,
    );
    await assert.rejects(renderNotice({ ...samples.approval, issuedAt: 'yesterday' }), /ISO instant/);
  });
});
