import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { Value } from 'typebox/value';
import { BundleContent, ItemContent } from './content.ts';
import {
  FILE_SHEET,
  SHEETS,
  readCatalogWorkbook,
  writeCatalogWorkbook,
  type CatalogWorkbook,
  type RowError,
  type WorkbookItem,
} from './workbook.ts';
import {
  FOOD_LICENCE_CODE,
  HOTEL_BUNDLE_CODE,
  HYGIENE_LICENCE_CODE,
  workbookFixture,
} from './workbook.fixture.ts';

// ---- fixtures and helpers ----

const CHANGE_CODE = '1133010602024312244000117002001';
const REGISTRATION_CODE = '1133010602053689XC4000216001000';
const PREFERENTIAL_CODE = '11330106020293779P4000920002000';
const PLANNING_USCC = '11330106020303906F';
const TAX_USCC = '11330106020354551C';

/**
 * The shared fixture plus items covering what it leaves out: a child item, fees, a null statutory limit,
 * a process with parallel branches, 秒批 rules.
 */
function richWorkbook(): CatalogWorkbook {
  const w = workbookFixture();
  const food = w.items[0]!;
  const change: WorkbookItem = {
    ...structuredClone(food),
    implementationCode: CHANGE_CODE,
    parentImplementationCode: FOOD_LICENCE_CODE,
  };
  change.content.name = '食品经营许可证变更';
  change.content.handlingKind = 'change';
  change.content.handlingType = 'instant';
  change.content.promisedDays = 0;
  change.content.requiredVisits = 1;
  change.content.visitReason = '需现场核对经营场所变化情况';
  change.content.crossRegionScope = 'cross_province';
  change.content.handlingForms = ['window', 'self_service'];
  change.content.location.villageCode = '330106004001';
  change.content.result = { type: 'document', name: '准予变更决定书' };
  change.content.topics = { person: ['housing'], enterprise: ['catering'] };
  delete change.content.process;
  const registration: WorkbookItem = {
    implementationCode: REGISTRATION_CODE,
    parentImplementationCode: null,
    departmentUscc: '1133010602053689XC',
    departmentName: '杭州市西湖区不动产登记服务中心',
    regionCode: '330106',
    content: {
      ...structuredClone(workbookFixture().items[1]!.content),
      name: '不动产首次登记',
      baseCode: '00021600100A',
      itemType: '行政确认',
      exerciseLevel: '乡级',
      serviceObjects: ['natural_person'],
      statutoryDays: 30,
      promisedDays: 5,
      onlineDepth: 8,
      fees: [
        {
          name: '住宅类不动产登记费',
          amountFen: 8000,
          standard: '每件 80 元',
          basis:
            '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）',
          waivable: true,
          waiverBasis: '小微企业（含个体工商户）免收',
        },
        {
          name: '非住宅类不动产登记费',
          amountFen: 55000,
          basis: '发改价格规〔2016〕2559号',
          waivable: false,
        },
        {
          name: '证书工本费',
          amountFen: 1050,
          standard: '第二本起每本 10.50 元',
          basis: '',
          waivable: false,
        },
      ],
      faq: [{ question: '登记费由谁缴纳？', answer: '由登记申请人缴纳。' }],
      result: { type: 'approval', name: '不动产权证书', licenceType: 'BDCQZS' },
      process: {
        steps: [
          { key: 'accept', name: '受理', kind: 'accept', role: 'window', budgetDays: 1 },
          {
            key: 'review',
            name: '审核',
            kind: 'review',
            role: 'reviewer',
            budgetDays: 2,
            branches: [
              {
                key: 'planning',
                name: '规划核实',
                role: 'reviewer',
                budgetDays: 2,
                departmentUscc: PLANNING_USCC,
              },
              {
                key: 'tax',
                name: '契税完税核验',
                role: 'reviewer',
                budgetDays: 1,
                departmentUscc: TAX_USCC,
                externalSystem: 'tax-core',
              },
            ],
          },
          { key: 'decide', name: '登簿', kind: 'decide', role: 'leader', budgetDays: 1 },
          { key: 'issue', name: '缮证', kind: 'issue', role: 'window', budgetDays: 1 },
        ],
      },
    },
  };
  const preferential: WorkbookItem = {
    implementationCode: PREFERENTIAL_CODE,
    parentImplementationCode: null,
    departmentUscc: '11330106020293779P',
    departmentName: '杭州市西湖区民政局',
    regionCode: '330106',
    content: {
      ...structuredClone(workbookFixture().items[1]!.content),
      name: '老年人优待证办理',
      baseCode: '000920002000',
      itemType: '公共服务',
      exerciseLevel: '村级',
      serviceObjects: ['natural_person'],
      handlingType: 'instant',
      statutoryDays: null,
      promisedDays: 0,
      crossRegionScope: 'province',
      result: { type: 'other', name: '' },
      topics: { person: ['elderly'], enterprise: [] },
      processSteps: [],
      materials: [],
      competentDepartment: '',
      legalBasis: '',
      form: { type: 'object', properties: {}, required: [], 'x-order': [] },
      autoApproval: {
        rules: [
          { key: 'age', description: '年满60周岁', fact: 'applicant.age', op: 'gte', value: 60 },
          {
            key: 'resident',
            description: '浙江省户籍或居住证',
            fact: 'applicant.regionCode',
            op: 'startsWith',
            value: '33',
          },
          {
            key: 'alive',
            description: '无死亡登记',
            fact: 'data.death_registration.date',
            op: 'exists',
            value: false,
          },
        ],
      },
    },
  };
  delete preferential.content.gapAcceptance;
  w.items.push(change, registration, preferential);
  w.bundles[0]!.content.items.push({
    itemCode: CHANGE_CODE,
    dependsOn: [FOOD_LICENCE_CODE, HYGIENE_LICENCE_CODE],
    optional: true,
  });
  return w;
}

/** Loads a written workbook into exceljs, lets the test edit it, and saves it as Excel would. */
async function edit(data: Buffer, change: (book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(data as unknown as ArrayBuffer);
  change(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

function sheet(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = book.getWorksheet(name);
  assert.ok(found, `sheet ${name}`);
  return found;
}

function columnOf(ws: ExcelJS.Worksheet, header: string): number {
  const values = ws.getRow(1).values as unknown[];
  const at = values.indexOf(header);
  assert.ok(at > 0, `header ${header}`);
  return at;
}

function setCell(
  book: ExcelJS.Workbook,
  sheetName: string,
  row: number,
  header: string,
  value: ExcelJS.CellValue,
) {
  const ws = sheet(book, sheetName);
  ws.getRow(row).getCell(columnOf(ws, header)).value = value;
}

/** The row of the 事项 sheet holding an implementation code. */
function itemRow(book: ExcelJS.Workbook, code: string): number {
  const ws = sheet(book, '事项');
  const column = columnOf(ws, '实施编码');
  for (let r = 2; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(column).value === code) return r;
  throw new Error(`no row for ${code}`);
}

async function readEdited(change: (book: ExcelJS.Workbook) => void, workbook = workbookFixture()) {
  return readCatalogWorkbook(await edit(await writeCatalogWorkbook(workbook), change));
}

function only(errors: RowError[], sheetName: string, row: number, column: string): RowError {
  const found = errors.filter((e) => e.sheet === sheetName && e.row === row && e.column === column);
  assert.equal(
    found.length,
    1,
    `one error at ${sheetName}!${row} ${column}, got ${JSON.stringify(errors, null, 1)}`,
  );
  return found[0]!;
}

async function bytesOf(writer: ExcelJS.stream.xlsx.WorkbookWriter, out: PassThrough): Promise<Buffer> {
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => out.on('end', resolve));
  await writer.commit();
  await ended;
  return Buffer.concat(chunks);
}

/** Re-saves a workbook with every string inline in its sheet rather than in the shared strings. */
async function withInlineStrings(data: Buffer): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(data as unknown as ArrayBuffer);
  const out = new PassThrough();
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
  for (const ws of book.worksheets) {
    const copy = writer.addWorksheet(ws.name);
    ws.eachRow((row) => copy.addRow(row.values as ExcelJS.CellValue[]).commit());
    copy.commit();
  }
  return bytesOf(writer, out);
}

// ---- the fixture ----

test('the shared fixture is valid content: two items and a bundle of both', () => {
  const w = workbookFixture();
  assert.equal(w.items.length, 2);
  assert.equal(w.bundles.length, 1);
  for (const item of w.items) assert.ok(Value.Check(ItemContent, item.content), item.content.name);
  assert.ok(Value.Check(BundleContent, w.bundles[0]!.content));
  assert.notEqual(workbookFixture(), workbookFixture(), 'each call gives a fresh copy');
});

// ---- round trip ----

test('writing then reading gives back the same catalogue, with no errors', async () => {
  const original = richWorkbook();
  const { workbook, errors } = await readCatalogWorkbook(await writeCatalogWorkbook(original));
  assert.deepEqual(errors, []);
  assert.deepEqual(workbook, original);
  // Optional fields stay absent rather than becoming empty strings.
  const hygiene = workbook.items.find((i) => i.implementationCode === HYGIENE_LICENCE_CODE)!;
  for (const key of ['handlingKind', 'statutoryNote', 'promisedNote', 'visitReason'] as const) {
    assert.equal(key in hygiene.content, false, key);
  }
  assert.equal('licenceType' in hygiene.content.result, false);
  assert.equal('townCode' in hygiene.content.location, false);
  assert.equal('condition' in hygiene.content.materials[0]!, false);
  assert.equal(
    workbook.items.find((i) => i.implementationCode === PREFERENTIAL_CODE)!.content.statutoryDays,
    null,
  );
});

test('the written workbook is readable by people: Chinese values, bold frozen headers, yuan amounts', async () => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await writeCatalogWorkbook(richWorkbook())) as unknown as ArrayBuffer);
  assert.deepEqual(
    book.worksheets.map((ws) => ws.name),
    ['事项', '材料', '收费', '常见问题', '办理规则', '一件事', '一件事事项'],
  );
  for (const [, spec] of Object.entries(SHEETS)) {
    const ws = sheet(book, spec.name);
    assert.deepEqual(
      (ws.getRow(1).values as unknown[]).slice(1),
      spec.columns.map((c) => c.header),
    );
    assert.equal(ws.getRow(1).getCell(1).font?.bold, true, `${spec.name} header is bold`);
    assert.equal(ws.views[0]?.state, 'frozen');
    assert.equal((ws.views[0] as { ySplit?: number }).ySplit, 1);
    for (const c of ws.columns) assert.ok((c.width ?? 0) >= 8, `${spec.name} column width`);
  }
  const items = sheet(book, '事项');
  const food = itemRow(book, FOOD_LICENCE_CODE);
  const cell = (header: string) => items.getRow(food).getCell(columnOf(items, header)).value;
  assert.equal(cell('办件类型'), '承诺件');
  assert.equal(cell('服务对象'), '自然人、法人');
  assert.equal(cell('办理形式'), '窗口办理、网上办理、邮寄申请');
  assert.equal(cell('是否支持预约'), '是');
  assert.equal(cell('是否支持网上支付'), '否');
  assert.equal(cell('通办范围'), '全市通办');
  assert.equal(cell('审批结果类型'), '出证办结');
  assert.equal(cell('别名'), '食品经营许可、餐饮许可证');
  assert.equal(
    String(cell('办理环节')).split('\n')[0],
    '申请：申请人通过浙江政务服务网或政务服务中心窗口提交申请材料',
  );
  const materials = sheet(book, '材料');
  assert.equal(materials.getRow(2).getCell(columnOf(materials, '必要性')).value, '必要');
  assert.equal(materials.getRow(2).getCell(columnOf(materials, '材料形式')).value, '纸质和电子');
  const fees = sheet(book, '收费');
  const amount = fees.getRow(4).getCell(columnOf(fees, '收费金额（元）'));
  assert.equal(amount.value, 10.5);
  assert.equal(amount.numFmt, '0.00');
});

test('a large catalogue round-trips without garbled Chinese and reports progress', async () => {
  const base = workbookFixture().items[0]!;
  const original: CatalogWorkbook = { items: [], bundles: [] };
  for (let i = 0; i < 600; i++) {
    const item = structuredClone(base);
    item.implementationCode = `11330106020243122440001170${String(i).padStart(5, '0')}`;
    item.content.name = `食品经营许可证核发（第${i}号）${'西湖'.repeat(i % 13)}`;
    item.content.legalBasis = `《中华人民共和国食品安全法》${'第三十五条。'.repeat(1 + (i % 29))}`;
    original.items.push(item);
  }
  const progress: number[] = [];
  const { workbook, errors } = await readCatalogWorkbook(await writeCatalogWorkbook(original), {
    onProgress: (f) => progress.push(f),
  });
  assert.deepEqual(errors, []);
  const garbled = workbook.items.filter((i) => JSON.stringify(i).includes('\uFFFD'));
  assert.equal(garbled.length, 0, 'no replacement characters');
  assert.deepEqual(workbook, original);
  assert.ok(progress.length >= 3, `several progress reports, got ${progress.length}`);
  assert.deepEqual(
    [...progress].sort((a, b) => a - b),
    progress,
    'progress only grows',
  );
  assert.ok(progress[0]! < 0.9);
  assert.equal(progress.at(-1), 1);

  // The same rows saved with inline strings, as some tools do: the Chinese text is then in the
  // sheet itself and crosses chunk boundaries.
  const inline = await readCatalogWorkbook(await withInlineStrings(await writeCatalogWorkbook(original)));
  assert.deepEqual(inline.errors, []);
  assert.equal(inline.workbook.items.filter((i) => JSON.stringify(i).includes('\uFFFD')).length, 0);
  assert.deepEqual(inline.workbook, original);
});

test('headers are matched by name: reordered columns and extra columns are fine', async () => {
  const original = workbookFixture();
  const data = await edit(await writeCatalogWorkbook(original), (book) => {
    const ws = sheet(book, '事项');
    // Move the name column to the front and add a column of remarks.
    const rows = ws.getSheetValues() as unknown[][];
    const nameAt = columnOf(ws, '事项名称');
    for (let r = 1; r < rows.length; r++) {
      const values = rows[r];
      if (!values) continue;
      const name = values[nameAt];
      values.splice(nameAt, 1);
      values.splice(1, 0, name);
      values.push(r === 1 ? '备注' : '内部备注');
      ws.getRow(r).values = values as ExcelJS.CellValue[];
    }
    book.addWorksheet('说明').addRow(['本文件由省政务服务平台导出']);
  });
  const { workbook, errors } = await readCatalogWorkbook(data);
  assert.deepEqual(errors, []);
  assert.deepEqual(workbook, original);
});

test('accepted variants: national level names, numeric codes, full-width digits, ¥ amounts', async () => {
  const { workbook, errors } = await readEdited((book) => {
    const row = itemRow(book, FOOD_LICENCE_CODE);
    setCell(book, '事项', row, '行使层级', '乡(镇、街道)级');
    setCell(book, '事项', row, '行政区划代码', 330106);
    setCell(book, '事项', row, '承诺办结时限（工作日）', '５');
    setCell(book, '事项', row, '网上办理深度', '4 互联网受理');
    setCell(book, '事项', row, '是否支持预约', true);
    const fees = sheet(book, '收费');
    fees.addRow([FOOD_LICENCE_CODE, '工本费', '¥1,200.5', null, '省物价局文件', '否', null]);
  });
  assert.deepEqual(errors, []);
  const food = workbook.items.find((i) => i.implementationCode === FOOD_LICENCE_CODE)!;
  assert.equal(food.content.exerciseLevel, '乡级');
  assert.equal(food.regionCode, '330106');
  assert.equal(food.content.promisedDays, 5);
  assert.equal(food.content.onlineDepth, 4);
  assert.equal(food.content.appointment, true);
  assert.deepEqual(food.content.fees, [
    { name: '工本费', amountFen: 120050, basis: '省物价局文件', waivable: false },
  ]);
});

test('the Excel row of each item and bundle is given back, also past blank rows', async () => {
  const { rows, errors } = await readEdited((book) => {
    sheet(book, '事项').spliceRows(3, 0, []);
    sheet(book, '一件事').spliceRows(2, 0, [], []);
  });
  assert.deepEqual(errors, []);
  assert.deepEqual(rows, {
    items: { [FOOD_LICENCE_CODE]: 2, [HYGIENE_LICENCE_CODE]: 4 },
    bundles: { [HOTEL_BUNDLE_CODE]: 4 },
    handling: { [FOOD_LICENCE_CODE]: 2, [HYGIENE_LICENCE_CODE]: 3 },
  });
});

// ---- cell errors ----

test('a value outside an enumeration is reported at its cell with the accepted values', async () => {
  const { workbook, errors } = await readEdited((book) => {
    setCell(book, '事项', itemRow(book, FOOD_LICENCE_CODE), '办件类型', '加急件');
  });
  const error = only(errors, '事项', 2, '办件类型');
  assert.match(error.message.zh, /加急件/);
  assert.match(error.message.zh, /即办件、承诺件/);
  assert.match(error.message.en, /not an accepted value/);
  assert.equal(errors.length, 1);
  assert.deepEqual(
    workbook.items.map((i) => i.implementationCode),
    [HYGIENE_LICENCE_CODE],
    'the item with an error is left out',
  );
});

test('promised days that are not a number are reported', async () => {
  const { errors } = await readEdited((book) => {
    setCell(book, '事项', 3, '承诺办结时限（工作日）', '三个工作日');
  });
  const error = only(errors, '事项', 3, '承诺办结时限（工作日）');
  assert.match(error.message.zh, /不是整数/);
});

test('blank required cells are errors; blank optional cells are not', async () => {
  const { errors } = await readEdited((book) => {
    setCell(book, '事项', 2, '事项名称', '  ');
    setCell(book, '事项', 2, '法定时限说明', null);
    setCell(book, '材料', 3, '份数', null);
  });
  assert.match(only(errors, '事项', 2, '事项名称').message.zh, /必填/);
  assert.match(only(errors, '材料', 3, '份数').message.zh, /必填/);
  assert.equal(errors.length, 2);
});

test('every bad cell is reported, sorted by sheet, row and column', async () => {
  const { errors } = await readEdited((book) => {
    setCell(book, '一件事', 2, '面向对象', '个体户');
    setCell(book, '收费', 2, '收费金额（元）', 1);
    setCell(book, '事项', 3, '是否支持预约', '支持');
    setCell(book, '事项', 2, '网上办理深度', 9);
    setCell(book, '事项', 2, '办件类型', '加急件');
    setCell(book, '材料', 2, '来源渠道', '自备');
  });
  // The 收费 sheet is empty in the fixture, so the new fee row lacks its other required cells.
  assert.deepEqual(
    errors.map((e) => `${e.sheet}!${e.row} ${e.column}`),
    [
      '事项!2 办件类型',
      '事项!2 网上办理深度',
      '事项!3 是否支持预约',
      '材料!2 来源渠道',
      '收费!2 实施编码',
      '收费!2 收费项目名称',
      '收费!2 是否允许减免',
      '一件事!2 面向对象',
    ],
  );
  assert.match(errors[1]!.message.zh, /不能大于 8/);
  assert.match(errors[2]!.message.zh, /「是」或「否」/);
});

test('amounts keep at most two decimals', async () => {
  const { errors, workbook } = await readEdited((book) => {
    const fees = sheet(book, '收费');
    fees.addRow([FOOD_LICENCE_CODE, '证书工本费', 12.345, null, '依据', '否', null]);
    fees.addRow([HYGIENE_LICENCE_CODE, '检测费', '12.3', null, '依据', '否', null]);
    fees.addRow([HYGIENE_LICENCE_CODE, '查询费', '十元', null, '依据', '否', null]);
  });
  assert.match(only(errors, '收费', 2, '收费金额（元）').message.zh, /两位小数/);
  assert.match(only(errors, '收费', 4, '收费金额（元）').message.zh, /不是金额/);
  assert.equal(errors.length, 2);
  assert.equal(workbook.items.length, 0, 'both items have a bad fee');
});

test('a long number typed into a code column is refused because Excel dropped digits', async () => {
  const { errors } = await readEdited((book) => {
    // What Excel does to an 18-digit code typed as a number: it keeps 15 significant digits.
    // eslint-disable-next-line no-loss-of-precision
    setCell(book, '事项', 2, '实施主体统一社会信用代码', 113301060202431224);
  });
  assert.match(only(errors, '事项', 2, '实施主体统一社会信用代码').message.zh, /文本/);
});

test('content rules of the model are reported at the column they come from', async () => {
  const { errors } = await readEdited((book) => {
    setCell(book, '事项', 2, '基本编码', '117002');
    setCell(book, '事项', 3, '事项名称', '证');
    setCell(book, '材料', 2, '材料名称', '材'.repeat(201));
    setCell(book, '材料', 3, '材料编号', 'M 02'.replace(' ', '/'));
    setCell(
      book,
      '事项',
      2,
      '表单（JSON）',
      '{"type":"object","properties":{"name":{"title":"","x-kind":"text","type":"string"}},"required":[],"x-order":["name"]}',
    );
    setCell(book, '事项', 3, '办理环节', '受理：窗口受理\n审查');
  });
  assert.match(only(errors, '事项', 2, '基本编码').message.zh, /12 位/);
  assert.match(only(errors, '事项', 3, '事项名称').message.zh, /至少 2 个字符/);
  assert.match(only(errors, '材料', 2, '材料名称').message.zh, /不能超过 200 个字符（当前 201 个）/);
  assert.match(only(errors, '材料', 3, '材料编号').message.zh, /字母、数字/);
  assert.match(
    only(errors, '事项', 2, '表单（JSON）').message.zh,
    /表单 \/properties\/name\/title：不能为空/,
  );
  assert.match(only(errors, '事项', 3, '办理环节').message.zh, /第 2 行「审查」缺少冒号/);
});

test('a form that is not JSON is reported', async () => {
  const { errors } = await readEdited((book) => {
    setCell(book, '事项', 2, '表单（JSON）', '{type: object}');
  });
  assert.match(only(errors, '事项', 2, '表单（JSON）').message.zh, /不是有效的 JSON/);
});

test('容缺 is explained rather than silently changed', async () => {
  const { errors } = await readEdited((book) => setCell(book, '材料', 2, '必要性', '容缺'));
  assert.match(only(errors, '材料', 2, '必要性').message.zh, /暂不支持「容缺」/);
});

// ---- handling rules (办理规则) ----

/** The row of the 办理规则 sheet holding an implementation code. */
function handlingRowOf(book: ExcelJS.Workbook, code: string): number {
  const ws = sheet(book, '办理规则');
  const column = columnOf(ws, '实施编码');
  for (let r = 2; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(column).value === code) return r;
  throw new Error(`no 办理规则 row for ${code}`);
}

test('the 办理规则 sheet has one row per item with rules: 告知承诺 in plain columns, process and 秒批 as JSON', async () => {
  const original = richWorkbook();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await writeCatalogWorkbook(original)) as unknown as ArrayBuffer);
  const ws = sheet(book, '办理规则');
  assert.equal(ws.actualRowCount, 1 + 5, 'a header and the five items that have rules');
  const cell = (code: string, header: string) =>
    ws.getRow(handlingRowOf(book, code)).getCell(columnOf(ws, header)).value;
  const food = original.items[0]!.content;
  assert.deepEqual(JSON.parse(String(cell(FOOD_LICENCE_CODE, '办理流程（JSON）'))), food.process);
  assert.equal(cell(FOOD_LICENCE_CODE, '告知承诺书内容'), food.commitment!.text);
  assert.equal(cell(FOOD_LICENCE_CODE, '告知承诺替代材料'), 'M04');
  assert.equal(cell(FOOD_LICENCE_CODE, '承诺核查方式'), '现场核查');
  assert.equal(cell(FOOD_LICENCE_CODE, '承诺核查时限（工作日）'), 20);
  assert.equal(cell(FOOD_LICENCE_CODE, '容缺受理材料'), null);
  assert.equal(cell(FOOD_LICENCE_CODE, '秒批规则（JSON）'), null);
  assert.equal(cell(HYGIENE_LICENCE_CODE, '容缺受理材料'), 'M02');
  assert.equal(cell(HYGIENE_LICENCE_CODE, '告知承诺书内容'), null);
  assert.equal(
    JSON.parse(String(cell(PREFERENTIAL_CODE, '秒批规则（JSON）'))).rules[0].fact,
    'applicant.age',
  );
  const note = ws.getRow(1).getCell(columnOf(ws, '承诺核查方式')).note;
  assert.match(JSON.stringify(note), /数据核查、现场核查、书面核查、免于核查/);
});

test('免于核查 is an exempt (null) verification, both ways', async () => {
  const { workbook, errors } = await readEdited((book) => {
    const row = handlingRowOf(book, FOOD_LICENCE_CODE);
    setCell(book, '办理规则', row, '承诺核查方式', '免于核查');
    setCell(book, '办理规则', row, '承诺核查时限（工作日）', null);
  });
  assert.deepEqual(errors, []);
  const food = workbook.items.find((i) => i.implementationCode === FOOD_LICENCE_CODE)!;
  assert.equal(food.content.commitment!.verification, null);
  const again = await readCatalogWorkbook(await writeCatalogWorkbook(workbook));
  assert.deepEqual(again.workbook, workbook);
});

test('a workbook without the 办理规则 sheet, as older templates are, reads with no handling rules', async () => {
  const { workbook, errors } = await readEdited((book) => book.removeWorksheet(sheet(book, '办理规则').id));
  assert.deepEqual(errors, []);
  for (const item of workbook.items) {
    for (const field of ['process', 'commitment', 'gapAcceptance', 'autoApproval'] as const)
      assert.equal(field in item.content, false, `${item.content.name} ${field}`);
  }
});

test('a half-filled 告知承诺 is reported at the cell that is missing or extra', async () => {
  const { workbook, errors } = await readEdited((book) => {
    setCell(book, '办理规则', handlingRowOf(book, FOOD_LICENCE_CODE), '告知承诺书内容', null);
    const hygiene = handlingRowOf(book, HYGIENE_LICENCE_CODE);
    setCell(
      book,
      '办理规则',
      hygiene,
      '告知承诺书内容',
      '本单位承诺公共场所卫生条件符合要求，如有不实愿承担法律责任。',
    );
    setCell(book, '办理规则', hygiene, '告知承诺替代材料', 'M01');
    setCell(book, '办理规则', hygiene, '承诺核查方式', '免于核查');
    setCell(book, '办理规则', hygiene, '承诺核查时限（工作日）', 5);
  });
  assert.match(only(errors, '办理规则', 2, '告知承诺书内容').message.zh, /须填写告知承诺书内容/);
  assert.match(only(errors, '办理规则', 3, '承诺核查时限（工作日）').message.zh, /免于核查时不填写核查时限/);
  assert.equal(errors.length, 2);
  assert.equal(workbook.items.length, 0, 'both items are left out');

  // A method that is not one of the choices is reported once, with the choices.
  const bad = await readEdited((book) =>
    setCell(book, '办理规则', handlingRowOf(book, FOOD_LICENCE_CODE), '承诺核查方式', '随机抽查'),
  );
  assert.deepEqual(
    bad.errors.map((e) => `${e.sheet}!${e.row} ${e.column}`),
    ['办理规则!2 承诺核查方式'],
  );
  assert.match(bad.errors[0]!.message.zh, /数据核查、现场核查、书面核查、免于核查/);
});

test('process and 秒批 JSON are checked against the model, with the place inside the cell', async () => {
  const w = richWorkbook();
  const { workbook, errors } = await readEdited((book) => {
    const food = handlingRowOf(book, FOOD_LICENCE_CODE);
    const process = structuredClone(w.items[0]!.content.process!);
    (process.steps[0] as { role: string }).role = 'clerk';
    setCell(book, '办理规则', food, '办理流程（JSON）', JSON.stringify(process));
    setCell(
      book,
      '办理规则',
      handlingRowOf(book, PREFERENTIAL_CODE),
      '秒批规则（JSON）',
      '{"rules":[{"key":"age","description":"年满60周岁","fact":"person.age","op":"gte","value":60}]}',
    );
    setCell(
      book,
      '办理规则',
      handlingRowOf(book, HYGIENE_LICENCE_CODE),
      '秒批规则（JSON）',
      '[{"key":"age"}]',
    );
    const withBadCode = structuredClone(w.items[3]!.content.process!);
    withBadCode.steps[1]!.branches![0]!.departmentUscc = '3301060203039';
    setCell(
      book,
      '办理规则',
      handlingRowOf(book, REGISTRATION_CODE),
      '办理流程（JSON）',
      JSON.stringify(withBadCode),
    );
  }, w);
  assert.match(
    only(errors, '办理规则', 2, '办理流程（JSON）').message.zh,
    /^办理流程 \/steps\/0\/role：取值无效，可选：window、reviewer、leader$/,
  );
  assert.match(only(errors, '办理规则', 3, '秒批规则（JSON）').message.zh, /应为 JSON 对象/);
  assert.match(
    only(errors, '办理规则', 6, '秒批规则（JSON）').message.zh,
    /^秒批规则 \/rules\/0\/fact：格式不正确/,
  );
  assert.match(
    only(errors, '办理规则', 5, '办理流程（JSON）').message.zh,
    /^办理流程 \/steps\/1\/branches\/0\/departmentUscc：格式不正确/,
  );
  assert.equal(errors.length, 4, JSON.stringify(errors, null, 1));
  assert.deepEqual(
    workbook.items.map((i) => i.implementationCode),
    [CHANGE_CODE],
    'only the item whose rules are fine is kept',
  );
});

test('a second 办理规则 row for an item, or a row for an unknown item, is reported', async () => {
  const { errors } = await readEdited((book) => {
    const ws = sheet(book, '办理规则');
    ws.addRow([FOOD_LICENCE_CODE, null, null, null, null, null, 'M01']);
    ws.addRow(['NO-SUCH-ITEM', null, null, null, null, null, 'M01']);
  });
  assert.match(only(errors, '办理规则', 4, '实施编码').message.zh, /办理规则与第 2 行重复/);
  assert.match(only(errors, '办理规则', 5, '实施编码').message.zh, /「NO-SUCH-ITEM」在「事项」表中不存在/);
  assert.equal(errors.length, 2);
});

// ---- references ----

test('rows naming an implementation code that is not in 事项 are reported', async () => {
  const { errors } = await readEdited((book) => {
    sheet(book, '材料').getRow(3).getCell(1).value = 'NO-SUCH-ITEM';
    sheet(book, '常见问题').getRow(2).getCell(1).value = 'NO-SUCH-ITEM';
    setCell(book, '一件事事项', 3, '实施编码', 'NO-SUCH-ITEM');
  });
  for (const [sheetName, row] of [
    ['材料', 3],
    ['常见问题', 2],
    ['一件事事项', 3],
  ] as const) {
    assert.match(only(errors, sheetName, row, '实施编码').message.zh, /「NO-SUCH-ITEM」在「事项」表中不存在/);
  }
});

test('a repeated implementation code is reported on the second row', async () => {
  const { errors } = await readEdited((book) => {
    setCell(book, '事项', 3, '实施编码', FOOD_LICENCE_CODE);
  });
  const error = only(errors, '事项', 3, '实施编码');
  assert.match(error.message.zh, /与第 2 行重复/);
});

test('a repeated material key within one item is reported; across items it is fine', async () => {
  const { errors } = await readEdited((book) => setCell(book, '材料', 3, '材料编号', 'M01'));
  assert.match(only(errors, '材料', 3, '材料编号').message.zh, /「M01」在同一事项中与第 2 行重复/);
  assert.equal(errors.length, 1, 'M01 of the other item is no clash');
});

test('a parent that is not in the sheet is reported', async () => {
  const { errors } = await readEdited((book) => setCell(book, '事项', 3, '父项实施编码', 'NO-SUCH-ITEM'));
  assert.match(only(errors, '事项', 3, '父项实施编码').message.zh, /不存在/);
});

test('bundle dependencies must stay inside the bundle and must not form a cycle', async () => {
  const outside = await readEdited((book) =>
    setCell(book, '一件事事项', 3, '前置事项实施编码', 'NO-SUCH-ITEM'),
  );
  assert.match(
    only(outside.errors, '一件事事项', 3, '前置事项实施编码').message.zh,
    /不在一件事「YJS-330106-0001」中/,
  );

  const cycle = await readEdited((book) =>
    setCell(book, '一件事事项', 2, '前置事项实施编码', FOOD_LICENCE_CODE),
  );
  const error = only(cycle.errors, '一件事事项', 2, '前置事项实施编码');
  assert.match(error.message.zh, /循环/);
  assert.match(error.message.zh, new RegExp(FOOD_LICENCE_CODE));
  assert.equal(cycle.workbook.bundles.length, 0);
  assert.equal(cycle.workbook.items.length, 2, 'the items themselves are fine');
});

test('a bundle row for an unknown bundle, a bundle with one item, and a repeated bundle code', async () => {
  const { errors } = await readEdited((book) => {
    setCell(book, '一件事事项', 3, '一件事编码', 'YJS-NONE');
    sheet(book, '一件事').addRow([HOTEL_BUNDLE_CODE, '重复的一件事', null, '法人', null, 3, null]);
  });
  assert.match(only(errors, '一件事事项', 3, '一件事编码').message.zh, /「YJS-NONE」在「一件事」表中不存在/);
  assert.match(only(errors, '一件事', 2, '一件事编码').message.zh, /至少需要 2 项/);
  assert.match(only(errors, '一件事', 3, '一件事编码').message.zh, /与第 2 行重复/);
});

// ---- malformed files ----

test('a missing sheet is named', async () => {
  const { errors } = await readEdited((book) => book.removeWorksheet(sheet(book, '常见问题').id));
  assert.deepEqual(errors, [
    {
      sheet: '常见问题',
      row: 0,
      column: '',
      message: { zh: '缺少工作表「常见问题」', en: 'The sheet "常见问题" is missing' },
    },
  ]);
});

test('a wrong or missing header names the expected header', async () => {
  const { errors, workbook } = await readEdited((book) => {
    setCell(book, '事项', 1, '事项名称', '事项名');
    const fees = sheet(book, '收费');
    fees.spliceColumns(columnOf(fees, '减免依据'), 1);
  });
  assert.match(only(errors, '事项', 1, '事项名称').message.zh, /缺少列「事项名称」/);
  assert.match(only(errors, '收费', 1, '减免依据').message.zh, /缺少列「减免依据」/);
  // No noise: materials are not reported as naming unknown items because 事项 could not be read.
  assert.equal(errors.length, 2);
  assert.equal(workbook.items.length, 0);
});

test('a sheet without any expected header gets one error, not one per column', async () => {
  const { errors } = await readEdited((book) => {
    const ws = sheet(book, '事项');
    ws.spliceRows(1, 0, ['2024 年度西湖区政务服务事项实施清单']);
  });
  assert.equal(errors.length, 1);
  assert.equal(errors[0]!.sheet, '事项');
  assert.equal(errors[0]!.row, 1);
  assert.match(errors[0]!.message.zh, /第 1 行应为表头/);
});

test('files that are not xlsx workbooks give one clear error', async () => {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );
  const written = await writeCatalogWorkbook(workbookFixture());
  const cases: Array<[string, Buffer, RegExp]> = [
    ['a PNG renamed .xlsx', png, /不是有效的 Excel 工作簿/],
    ['plain text', Buffer.from('实施编码,事项名称\n123,食品经营许可证核发\n'), /不是有效的 Excel 工作簿/],
    ['an empty file', Buffer.alloc(0), /文件为空/],
    ['an old .xls', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]), /\.xls/],
    ['a cut-off download', written.subarray(0, Math.floor(written.length / 2)), /已损坏/],
    ['a zip that is not a workbook', zipOf({ 'readme.txt': '你好' }), /不是有效的 Excel 工作簿/],
  ];
  for (const [what, data, reason] of cases) {
    const { workbook, errors } = await readCatalogWorkbook(data);
    assert.equal(errors.length, 1, what);
    assert.equal(errors[0]!.sheet, FILE_SHEET, what);
    assert.match(errors[0]!.message.zh, reason, what);
    assert.ok(errors[0]!.message.en.length > 0, what);
    assert.deepEqual(workbook, { items: [], bundles: [] }, what);
  }
});

test('a corrupted sheet inside a valid zip gives one error instead of a crash', async () => {
  const written = await writeCatalogWorkbook(workbookFixture());
  const damaged = Buffer.from(written);
  // Overwrite the middle of the compressed 事项 sheet.
  const at = damaged.indexOf(Buffer.from('xl/worksheets/sheet1.xml')) + 200;
  damaged.fill(0x41, at, at + 300);
  const { errors } = await readCatalogWorkbook(damaged);
  assert.equal(errors.length, 1);
  assert.equal(errors[0]!.sheet, FILE_SHEET);
});

test('workbooks written by other tools (absolute targets, inline strings) are read', async () => {
  const written = await writeCatalogWorkbook(workbookFixture());
  const letter = (c: number): string =>
    (c >= 26 ? letter(Math.floor(c / 26) - 1) : '') + String.fromCharCode(65 + (c % 26));
  const sheetXml = (rows: string[][]) =>
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
    rows
      .map(
        (cells, r) =>
          `<row r="${r + 1}">` +
          cells.map((v, c) => `<c r="${letter(c)}${r + 1}" t="inlineStr"><is><t>${v}</t></is></c>`).join('') +
          '</row>',
      )
      .join('') +
    '</sheetData></worksheet>';
  // A workbook in the style of openpyxl: absolute relationship targets, no shared strings, odd part names.
  const names = Object.values(SHEETS).map((s) => s.name);
  const files: Record<string, string> = {
    '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels':
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/book.xml"/></Relationships>',
    'xl/book.xml':
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
      names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
      '</sheets></workbook>',
    'xl/_rels/book.xml.rels':
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      names
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/Tab${i + 1}.xml"/>`,
        )
        .join('') +
      '</Relationships>',
  };
  // Copy the rows from the written workbook, as text.
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(written as unknown as ArrayBuffer);
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  names.forEach((name, i) => {
    const rows = (sheet(book, name).getSheetValues() as unknown[][]).slice(1).map((values) =>
      Array.from({ length: SHEETS[Object.keys(SHEETS)[i] as keyof typeof SHEETS].columns.length }, (_, c) => {
        const v = values?.[c + 1];
        return v === null || v === undefined ? '' : escape(String(v));
      }),
    );
    files[`xl/worksheets/Tab${i + 1}.xml`] = sheetXml(rows);
  });
  const { workbook, errors } = await readCatalogWorkbook(zipOf(files));
  assert.deepEqual(errors, []);
  assert.deepEqual(workbook, workbookFixture());
});

// ---- size limits ----

test('a 50,000-row sheet is refused at the row limit without reading it all', async () => {
  const out = new PassThrough();
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
  for (const spec of Object.values(SHEETS)) {
    const ws = writer.addWorksheet(spec.name);
    ws.addRow(spec.columns.map((c) => c.header)).commit();
    if (spec.name === '事项') {
      for (let i = 0; i < 50_000; i++) {
        ws.addRow([
          `1133010602024312244${String(i).padStart(12, '0')}`,
          null,
          '000117002000',
          `食品经营许可证核发第${i}号`,
          '食品经营许可、餐饮许可证',
          '行政许可',
          '浙江省市场监督管理局',
          '杭州市西湖区市场监督管理局',
          '113301060202431224',
          '330106',
          '县级',
          null,
          '《中华人民共和国食品安全法》第三十五条：国家对食品生产经营实行许可制度。',
        ]).commit();
      }
    }
    ws.commit();
  }
  const data = await bytesOf(writer, out);
  const started = Date.now();
  const heapBefore = process.memoryUsage().heapUsed;
  let heapPeak = heapBefore;
  let furthest = 0;
  const { workbook, errors } = await readCatalogWorkbook(data, {
    onProgress: (f) => {
      furthest = Math.max(furthest, f);
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    },
  });
  assert.equal(errors.length, 1);
  assert.equal(errors[0]!.sheet, '事项');
  assert.match(errors[0]!.message.zh, /超过 20000 行/);
  assert.match(errors[0]!.message.en, /more than 20000 data rows/);
  assert.deepEqual(workbook, { items: [], bundles: [] });
  assert.ok(furthest < 0.8, `reading stopped early (got to ${furthest})`);
  assert.ok(heapPeak - heapBefore < 150 * 1024 * 1024, `heap grew by ${(heapPeak - heapBefore) >> 20} MB`);
  assert.ok(Date.now() - started < 15_000);
});

test('maxRows can be lowered; blank rows do not count', async () => {
  // The fixture has 2 items, 6 materials and 2 bundle items.
  const data = await edit(await writeCatalogWorkbook(workbookFixture()), (book) => {
    sheet(book, '材料').getRow(40).getCell(1).value = ' ';
  });
  const refused = await readCatalogWorkbook(data, { maxRows: 5 });
  assert.deepEqual(
    refused.errors.map((e) => [e.sheet, e.row]),
    [['材料', 7]],
  );
  assert.match(refused.errors[0]!.message.zh, /超过 5 行/);
  const accepted = await readCatalogWorkbook(data, { maxRows: 6 });
  assert.deepEqual(accepted.errors, []);
});

test('errors beyond maxErrors are counted in a summary', async () => {
  const { errors } = await readEdited((book) => {
    const ws = sheet(book, '常见问题');
    for (let i = 0; i < 30; i++) ws.addRow(['NO-SUCH-ITEM', '问题', '答案']);
  });
  assert.equal(errors.length, 30);
  const capped = await readCatalogWorkbook(
    await edit(await writeCatalogWorkbook(workbookFixture()), (book) => {
      const ws = sheet(book, '常见问题');
      for (let i = 0; i < 30; i++) ws.addRow(['NO-SUCH-ITEM', '问题', '答案']);
    }),
    { maxErrors: 10 },
  );
  assert.equal(capped.errors.length, 11);
  assert.equal(capped.errors[0]!.sheet, FILE_SHEET);
  assert.match(capped.errors[0]!.message.zh, /共有 30 处错误，仅列出前 10 处/);
});

// ---- a minimal zip writer for hand-made files ----

function zipOf(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const raw = Buffer.from(text, 'utf8');
    const data = deflateRawSync(raw);
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(raw), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
