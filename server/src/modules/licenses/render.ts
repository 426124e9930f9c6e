/**
 * An electronic licence as PDF: the face data (照面信息) in the type's layout, the issuing department over
 * its seal mark, a QR code to the public verification page and the A-level watermark (DOMAIN.md §3).
 * The seal mark is a picture; what makes the licence trustworthy is the digital signature it carries.
 */
import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces.js';
import { chineseDate, chineseDay, PDF_FONT, sealSvg, renderPdf } from '../../platform/pdf/documents.ts';
import type { LicenceDocument } from './document.ts';
import type { FaceField, LicenceTemplate } from './tables.ts';

export interface LicencePdfInput {
  doc: LicenceDocument;
  faceFields: FaceField[];
  template: LicenceTemplate;
  verifyUrl: string;
  keyId: string;
  algorithm: 'ed25519' | 'sm2';
}

/** «此件由××机构提供，仅供办理政务服务事项时使用，有效期至…» (A-level use, 国办函〔2016〕108号). */
export function watermarkText(doc: LicenceDocument): string {
  const until = doc.validUntil ? `有效期至${chineseDay(doc.validUntil)}` : '长期有效';
  return `此件由${doc.issuer.name}提供，仅供办理政务服务事项时使用，${until}`;
}

const ALGORITHM_NAMES = { ed25519: 'Ed25519', sm2: 'SM2（国密）' } as const;

export async function renderLicencePdf(input: LicencePdfInput): Promise<Buffer> {
  const { doc } = input;
  const labels = new Map(input.faceFields.map((f) => [f.key, f.label]));
  const used = new Set(input.template.layout.flat());
  // Fields the layout forgot still print, one to a row, so nothing signed is hidden.
  const rows = [
    ...input.template.layout,
    ...input.faceFields.filter((f) => !used.has(f.key)).map((f) => [f.key]),
  ];
  const label = (key: string): TableCell => ({ text: labels.get(key) ?? key, style: 'label' });
  const value = (key: string): string => doc.face[key]?.trim() || '—';
  // A row of two keys prints two label/value pairs; a row of one spans the width.
  const body: TableCell[][] = rows.map((row) =>
    row.length >= 2
      ? [
          label(row[0]!),
          { text: value(row[0]!), style: 'value' },
          label(row[1]!),
          { text: value(row[1]!), style: 'value' },
        ]
      : [label(row[0]!), { text: value(row[0]!), style: 'value', colSpan: 3 }, {}, {}],
  );
  const validity = doc.validUntil
    ? `${chineseDay(doc.validFrom)}至${chineseDay(doc.validUntil)}`
    : `${chineseDay(doc.validFrom)}起长期有效`;
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 64],
    info: {
      title: `${input.template.title}（${doc.identifier}）`,
      author: doc.issuer.name,
      subject: doc.identifier,
      creator: 'Tongban 通办 电子证照',
    },
    watermark: { text: watermarkText(doc), color: '#c00000', opacity: 0.12, fontSize: 16, angle: -30 },
    defaultStyle: { font: PDF_FONT, fontSize: 12, lineHeight: 1.35 },
    styles: {
      title: { fontSize: 26, bold: true, alignment: 'center', characterSpacing: 4, margin: [0, 8, 0, 6] },
      identifier: { fontSize: 9, alignment: 'center', color: '#333333', margin: [0, 0, 0, 14] },
      label: { bold: true, fontSize: 11, fillColor: '#f4f4f4' },
      value: { fontSize: 12 },
    },
    content: [
      { text: input.template.title, style: 'title' },
      { text: `证照标识：${doc.identifier}`, style: 'identifier' },
      {
        table: { widths: [90, '*', 90, '*'], dontBreakRows: true, body },
        layout: { paddingTop: () => 6, paddingBottom: () => 6, paddingLeft: () => 6, paddingRight: () => 6 },
      },
      {
        margin: [0, 10, 0, 0],
        text: [
          { text: '持证主体：', bold: true },
          `${doc.holder.name}    `,
          { text: '有效期限：', bold: true },
          validity,
        ],
      },
      closingBlock(input),
      {
        margin: [0, 16, 0, 0],
        fontSize: 9,
        color: '#444444',
        stack: [
          watermarkText(doc),
          `可信等级：A级（由发证机关签发，可直接使用）  电子签名：${ALGORITHM_NAMES[input.algorithm]}，密钥标识 ${input.keyId}`,
        ],
      },
    ],
  };
  return renderPdf(definition);
}

function closingBlock(input: LicencePdfInput): Content {
  const sealSize = 120;
  const { doc } = input;
  return {
    margin: [0, 18, 0, 0],
    unbreakable: true,
    columns: [
      {
        width: 170,
        stack: [
          { qr: input.verifyUrl, fit: 110, eccLevel: 'M' },
          { text: '扫码核验证照真伪与状态', fontSize: 10, margin: [0, 4, 0, 0] },
          { text: input.verifyUrl, fontSize: 6.5, lineHeight: 1.2, color: '#333333' },
        ],
      },
      { width: '*', text: '' },
      {
        width: 250,
        stack: [
          {
            svg: sealSvg(doc.issuer.name, sealSize),
            width: sealSize,
            alignment: 'center',
            margin: [0, 0, 0, -(sealSize + 34) / 2],
          },
          { text: `发证机关：${doc.issuer.name}`, alignment: 'center' },
          {
            text: `发证日期：${chineseDate(doc.issuedAt)}`,
            alignment: 'center',
            margin: [0, 0, 0, (sealSize - 34) / 2],
          },
        ],
      },
    ],
  };
}
