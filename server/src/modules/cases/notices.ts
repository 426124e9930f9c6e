/**
 * Case notices (文书) as PDF: the written decisions a citizen downloads for a case — acceptance, acceptance
 * with pledged gaps (容缺), the one-time correction notice (一次性告知), refusal, approval and denial.
 *
 * The red mark drawn over the signature is only a picture of a seal so the printout looks like the paper
 * form; it carries no electronic signature and has no legal effect of its own.
 */
import {
  chineseDate,
  chineseDay,
  PDF_FONT as FONT,
  sealSvg,
  renderPdf,
} from '../../platform/pdf/documents.ts';
import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces.js';

export type NoticeKind = 'acceptance' | 'gap_acceptance' | 'correction' | 'refusal' | 'approval' | 'denial';

export interface NoticeData {
  kind: NoticeKind;
  /** 文书编号, e.g. "西市监受〔2026〕0001号"-like; shown under the title. */
  number: string;
  caseNumber: string;
  itemName: string;
  applicantName: string;
  departmentName: string;
  /** When the notice was issued (ISO instant); printed as a Chinese date in Asia/Shanghai, e.g. 2026年11月26日. */
  issuedAt: string;
  /** ISO instant of the application. */
  submittedAt: string;
  /** Public page that shows the case's status; encoded in the QR code and printed under it. */
  checkUrl: string;
  /** 'YYYY-MM-DD' (acceptance, gap_acceptance). */
  promisedDueDate?: string;
  /** gap_acceptance: each pledged material and its date ('YYYY-MM-DD'). */
  gaps?: { material: string; dueDate: string }[];
  /** correction (一次性告知): every item at once. */
  corrections?: { material: string; problem: string }[];
  /** refusal, denial */
  reason?: string;
  /** refusal, denial */
  legalBasis?: string;
  /** approval: e.g. 食品经营许可证 */
  resultName?: string;
  /** approval, when a licence was issued */
  licenceNumber?: string;
  /** approval under 告知承诺: print that the decision rests on the applicant's commitment and will be verified. */
  commitment?: boolean;
}

export const NOTICE_TITLES: Record<NoticeKind, { zh: string; en: string }> = {
  acceptance: { zh: '受理通知书', en: 'Notice of acceptance' },
  gap_acceptance: { zh: '容缺受理通知书', en: 'Notice of acceptance with pending materials' },
  correction: { zh: '补正材料一次性告知书', en: 'One-time notice of materials to correct' },
  refusal: { zh: '不予受理通知书', en: 'Notice of refusal to accept' },
  approval: { zh: '准予行政许可决定书', en: 'Decision to grant the administrative licence' },
  denial: { zh: '不予行政许可决定书', en: 'Decision to deny the administrative licence' },
};

const BODY_SIZE = 14;
const REMEDY =
  '如不服本决定，可以自收到本文书之日起60日内依照《中华人民共和国行政复议法》的规定申请行政复议，' +
  '或者自收到本文书之日起6个月内依照《中华人民共和国行政诉讼法》的规定向人民法院提起行政诉讼。';

export async function renderNotice(data: NoticeData): Promise<Buffer> {
  const title = NOTICE_TITLES[data.kind];
  if (!title) throw new TypeError(`renderNotice: unknown notice kind "${String(data.kind)}"`);
  const paragraphs = body(data);
  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [72, 56, 72, 60],
    info: {
      title: `${title.zh}（${data.number}）`,
      author: data.departmentName,
      subject: `${data.itemName} ${data.caseNumber}`,
      creator: 'Tongban 通办',
    },
    defaultStyle: { font: FONT, fontSize: BODY_SIZE, lineHeight: 1.4 },
    styles: {
      department: { fontSize: 18, bold: true, alignment: 'center', characterSpacing: 2 },
      title: { fontSize: 24, bold: true, alignment: 'center', characterSpacing: 4, margin: [0, 6, 0, 4] },
      number: { fontSize: 12, alignment: 'right', margin: [0, 0, 0, 12] },
      paragraph: { leadingIndent: BODY_SIZE * 2, alignment: 'justify', margin: [0, 0, 0, 6] },
      th: { bold: true, fontSize: 12, alignment: 'center', lineHeight: 1.3 },
      td: { fontSize: 12, lineHeight: 1.3 },
    },
    content: [
      { text: data.departmentName, style: 'department' },
      { text: title.zh, style: 'title' },
      { text: data.number, style: 'number' },
      { text: `${data.applicantName}：`, margin: [0, 0, 0, 4] },
      ...paragraphs.slice(0, -1),
      // The signature never stands alone on a page: the closing paragraph travels with it.
      {
        unbreakable: true,
        stack: [...paragraphs.slice(-1), paragraph(`办件编号：${data.caseNumber}。`), closingBlock(data)],
      },
    ],
    footer: (page, pages) =>
      pages > 1 ? { text: `— ${page} —`, alignment: 'center', fontSize: 10, margin: [0, 24, 0, 0] } : null,
  };
  return renderPdf(doc);
}

function body(data: NoticeData): Content[] {
  const applied = `你（单位）于${chineseDate(data.submittedAt)}提出的${data.itemName}申请`;
  switch (data.kind) {
    case 'acceptance':
      return [
        paragraph(
          `${applied}，经审查，申请材料齐全、符合法定形式，本机关决定予以受理，` +
            `承诺于${chineseDay(need(data, 'promisedDueDate'))}前作出决定。`,
        ),
      ];
    case 'gap_acceptance': {
      const gaps = needList(data, 'gaps');
      const promise = data.promisedDueDate ? `，承诺于${chineseDay(data.promisedDueDate)}前作出决定` : '';
      return [
        paragraph(
          `${applied}，经审查，主要申请材料齐全、符合法定形式，尚缺下列材料。` +
            `根据你（单位）补齐材料的承诺，本机关决定予以容缺受理${promise}。`,
        ),
        table(
          ['序号', '容缺材料', '承诺补交日期'],
          [36, '*', 120],
          gaps.map((gap, i) => [String(i + 1), gap.material, chineseDay(gap.dueDate)]),
        ),
        paragraph(
          '请在上述日期前补交全部容缺材料。本机关在材料全部补齐并经审核无误后出具办理结果；' +
            '任一材料逾期未补交的，本件中止办理，补齐后恢复办理。',
        ),
      ];
    }
    case 'correction': {
      const corrections = needList(data, 'corrections');
      return [
        paragraph(
          `${applied}，经审查，申请材料不齐全或者不符合法定形式。` +
            '依照《中华人民共和国行政许可法》第三十二条的规定，现将需要补正的全部内容一次性告知如下：',
        ),
        table(
          ['序号', '材料名称', '存在问题及补正要求'],
          [36, 140, '*'],
          corrections.map((item, i) => [String(i + 1), item.material, item.problem]),
        ),
        paragraph(
          '请你（单位）按照上述要求一次性补正全部材料后重新提交。' +
            '本告知书已一次性列明需要补正的全部内容；补正材料提交后，本机关将依法作出是否受理的决定。',
        ),
      ];
    }
    case 'refusal':
      return [
        paragraph(`${applied}，经审查，本机关决定不予受理。理由如下：`),
        paragraph(sentence(need(data, 'reason'))),
        paragraph(`依据：${sentence(need(data, 'legalBasis'))}`),
        paragraph(REMEDY),
      ];
    case 'approval': {
      const result = data.licenceNumber
        ? `本机关向你（单位）颁发《${need(data, 'resultName')}》，编号：${data.licenceNumber}。`
        : `办理结果为《${need(data, 'resultName')}》。`;
      const decided = [
        paragraph(
          `${applied}，经审查，符合法定条件、标准。` +
            '依照《中华人民共和国行政许可法》第三十八条第一款的规定，本机关决定准予行政许可。' +
            result,
        ),
      ];
      if (!data.commitment) return decided;
      return [
        ...decided,
        paragraph(
          '本决定系根据你（单位）作出的告知承诺作出。本机关将依法对承诺内容进行核查；' +
            '发现实际情况与承诺内容不符的，将依法责令限期整改，逾期不整改或者整改后仍不符合条件的，' +
            '依法撤销本行政许可决定，并依法追究相应责任。',
        ),
      ];
    }
    case 'denial':
      return [
        paragraph(`${applied}，经审查，不符合法定条件、标准，本机关决定不予行政许可。理由如下：`),
        paragraph(sentence(need(data, 'reason'))),
        paragraph(`依据：${sentence(need(data, 'legalBasis'))}`),
        paragraph(REMEDY),
      ];
  }
}

/** QR code with its caption on the left; the issuing department and date over the seal mark on the right. */
function closingBlock(data: NoticeData): Content {
  const sealSize = 116;
  const signatureHeight = 2 * BODY_SIZE * 1.4;
  return {
    margin: [0, 12, 0, 0],
    columns: [
      {
        width: 180,
        stack: [
          { qr: data.checkUrl, fit: 84, eccLevel: 'M' },
          { text: '扫码查询办件进度', fontSize: 10, lineHeight: 1.2, margin: [0, 4, 0, 0] },
          { text: data.checkUrl, fontSize: 7.5, lineHeight: 1.2, color: '#333333' },
        ],
      },
      { width: '*', text: '' },
      {
        width: 200,
        stack: [
          {
            svg: sealSvg(data.departmentName, sealSize),
            width: sealSize,
            alignment: 'center',
            // The text that follows is pulled up over the mark, so the mark sits under the signature.
            margin: [0, 0, 0, -(sealSize + signatureHeight) / 2],
          },
          { text: data.departmentName, alignment: 'center' },
          {
            text: chineseDate(data.issuedAt),
            alignment: 'center',
            // Keeps the lower half of the mark inside this block, so it never runs into the page margin.
            margin: [0, 0, 0, (sealSize - signatureHeight) / 2],
          },
        ],
      },
    ],
  };
}

function paragraph(text: string): Content {
  return { text, style: 'paragraph' };
}

function table(header: string[], widths: (number | '*')[], rows: string[][]): Content {
  const body: TableCell[][] = [
    header.map((text) => ({ text, style: 'th' })),
    ...rows.map((row) =>
      row.map((text, i) => ({ text, style: 'td', alignment: i === 0 ? 'center' : 'left' })),
    ),
  ];
  return {
    table: { headerRows: 1, dontBreakRows: true, widths, body },
    layout: {
      fillColor: (row) => (row === 0 ? '#eeeeee' : null),
      paddingTop: () => 4,
      paddingBottom: () => 4,
    },
    margin: [0, 4, 0, 10],
  };
}

/** Ends free text with a full stop unless it already ends a sentence. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[。.！!？?][”’」』）)]?$/.test(trimmed) ? trimmed : `${trimmed}。`;
}

type TextField = 'promisedDueDate' | 'reason' | 'legalBasis' | 'resultName';

function need(data: NoticeData, field: TextField): string {
  const value = data[field]?.trim();
  if (!value) throw new TypeError(`renderNotice: a ${data.kind} notice needs ${field}`);
  return value;
}

function needList<F extends 'gaps' | 'corrections'>(data: NoticeData, field: F): NonNullable<NoticeData[F]> {
  const list = data[field];
  if (!list || list.length === 0) throw new TypeError(`renderNotice: a ${data.kind} notice needs ${field}`);
  return list as NonNullable<NoticeData[F]>;
}
