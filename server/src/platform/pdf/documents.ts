/**
 * Shared pieces of the PDFs the platform prints (case notices, electronic licences): pdfmake with the
 * bundled Noto Sans SC fonts and no other file or network access, the red seal-style mark, and dates
 * the way Chinese official documents write them.
 */
import path from 'node:path';
import type Pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { serverRoot } from '../paths.ts';

export const PDF_FONT = 'NotoSansSC';
export const SEAL_RED = '#d7000f';
const fontDir = path.join(serverRoot, 'assets/fonts/');

// pdfmake is a process-wide singleton: fonts and access policies are set once. The documents only ever
// need the two bundled fonts, so nothing is fetched from the network and no other local file may be read.
// Loaded on the first document, not at start (it is ~100 ms of a cold start).
let pdfmakeReady: Promise<typeof Pdfmake> | null = null;
const loadPdfmake = () =>
  (pdfmakeReady ??= import('pdfmake').then(({ default: pdfmake }) => {
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontDir));
    pdfmake.addFonts({
      [PDF_FONT]: {
        normal: path.join(fontDir, 'NotoSansSC_400Regular.ttf'),
        bold: path.join(fontDir, 'NotoSansSC_700Bold.ttf'),
      },
    });
    return pdfmake;
  }));

/** The PDF of a document definition, with the bundled fonts. */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  return (await loadPdfmake()).createPdf(definition).getBuffer();
}

/**
 * A round seal-style mark: ring, five-pointed star and the department name around the top, one rotated
 * character at a time. The name is XML-escaped because it goes into SVG markup. A picture only: the
 * legal effect of an electronic licence comes from its digital signature, not from this mark.
 */
export function sealSvg(departmentName: string, size: number): string {
  const c = size / 2;
  const ring = c - 3;
  const textRadius = ring - 14;
  const chars = Array.from(departmentName.replace(/\s+/g, ''));
  const step = chars.length > 1 ? Math.min(30, 220 / (chars.length - 1)) : 0;
  const fontSize = Math.min(15, ((textRadius * ((step || 30) * Math.PI)) / 180) * 0.92);
  const first = (-step * (chars.length - 1)) / 2;
  const letters = chars
    .map((ch, i) => {
      const angle = first + i * step;
      const rad = (angle * Math.PI) / 180;
      const x = c + textRadius * Math.sin(rad);
      const y = c - textRadius * Math.cos(rad);
      return (
        `<text transform="translate(${x.toFixed(2)} ${y.toFixed(2)}) rotate(${angle.toFixed(2)})" ` +
        `x="0" y="${(fontSize * 0.36).toFixed(2)}" text-anchor="middle">${escapeXml(ch)}</text>`
      );
    })
    .join('');
  const starOuter = size * 0.15;
  const star = Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? starOuter : starOuter * 0.382;
    const a = ((-90 + i * 36) * Math.PI) / 180;
    return `${(c + r * Math.cos(a)).toFixed(2)},${(c + r * Math.sin(a)).toFixed(2)}`;
  }).join(' ');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">` +
    `<g opacity="0.85">` +
    `<circle cx="${c}" cy="${c}" r="${ring}" fill="none" stroke="${SEAL_RED}" stroke-width="3"/>` +
    `<polygon points="${star}" fill="${SEAL_RED}"/>` +
    `<g fill="${SEAL_RED}" font-family="${PDF_FONT}" font-weight="bold" font-size="${fontSize.toFixed(2)}">` +
    letters +
    `</g></g></svg>`
  );
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

const shanghaiDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** An ISO instant as the calendar day in China, e.g. 2026年11月26日. */
export function chineseDate(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) throw new TypeError(`"${instant}" is not an ISO instant`);
  return chineseDay(shanghaiDate.format(date));
}

/** 'YYYY-MM-DD' as 2026年11月26日 (no leading zeros, as in official documents). */
export function chineseDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new TypeError(`"${day}" is not a YYYY-MM-DD date`);
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}
