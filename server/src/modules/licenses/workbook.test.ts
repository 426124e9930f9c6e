import assert from 'node:assert/strict';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import { makeUscc } from '../identity/uscc.ts';
import { importTemplate, parseImportWorkbook, type ImportType } from './workbook.ts';

const issuer = makeUscc({ registrationAuthority: '1', category: '1', regionCode: '330106', sequence: 4242 });
const types: ImportType[] = [
  {
    code: 'business_licence',
    name: '营业执照',
    holderKind: 'organisation',
    issuerKinds: ['market_regulation'],
    faceFields: [{ key: 'scope', label: '经营范围', concept: 'enterprise.scope' }],
  },
];
const options = { types, departments: new Map([[issuer, 'market_regulation']]) };

async function book(sheets: Record<string, unknown[][]>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) workbook.addWorksheet(name).addRows(rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test('a workbook without a sheet of a licence type is one error on the file, not an empty import', async () => {
  for (const data of [
    await book({ 填写说明: [['说明']] }),
    await book({ 随便一张表: [['这不是导入模板']] }),
    await book({}),
  ]) {
    const { rows, errors } = await parseImportWorkbook(data, options);
    assert.deepEqual(rows, []);
    assert.equal(errors.length, 1);
    assert.equal(errors[0]!.sheet, '(文件)');
    assert.match(errors[0]!.message.zh, /没有证照类型的工作表/);
    assert.match(errors[0]!.message.en, /no sheet of a licence type/);
  }
});

test('the template, filled in, parses; a holder name with control or direction characters is named by its cell', async () => {
  const template = new ExcelJS.Workbook();
  await template.xlsx.load((await importTemplate(types)) as unknown as ArrayBuffer);
  const holder = makeUscc({ registrationAuthority: '9', category: '1', regionCode: '330106', sequence: 77 });
  const sheet = template.getWorksheet('营业执照')!;
  sheet.addRow(['杭州通办科技有限公司', holder, issuer, '2024-03-01', '长期', '软件开发']);
  sheet.addRow(['杭州通办科技有限公司\u202Egpj.exe', holder, issuer, '2024-03-01', '长期', '软件开发']);
  const { rows, errors } = await parseImportWorkbook(Buffer.from(await template.xlsx.writeBuffer()), options);
  assert.deepEqual(
    rows.map((r) => [r.row, r.holderName]),
    [[2, '杭州通办科技有限公司']],
  );
  assert.deepEqual(
    errors.map((e) => [e.sheet, e.row, e.column]),
    [['营业执照', 3, '持证主体名称']],
  );
});
