import { posix } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { crc32, createInflateRaw, inflateRawSync } from 'node:zlib';
import type ExcelJS from 'exceljs';
import { loadExcel } from '../../platform/files/excel.ts';
import { Value } from 'typebox/value';
import type { Bilingual } from '../../platform/errors.ts';
import { parseUscc } from '../identity/uscc.ts';
import {
  BundleContent,
  CROSS_REGION_SCOPES,
  EXERCISE_LEVELS,
  HANDLING_FORMS,
  HANDLING_KINDS,
  HANDLING_TYPES,
  ITEM_TYPES,
  ItemContent,
  MATERIAL_FORMS,
  MATERIAL_NECESSITIES,
  MATERIAL_TYPES,
  ONLINE_DEPTHS,
  RESULT_TYPES,
  SERVICE_OBJECTS,
  SOURCE_CHANNELS,
  VERIFICATION_METHODS,
  type FormSchema,
} from './content.ts';

// The province catalogue as an .xlsx workbook with Chinese headers (one sheet per table), read and
// written without a database. Reading streams the rows, so a huge file is refused at `maxRows`
// without being loaded whole; every bad cell is reported with its sheet, Excel row and header.

export interface WorkbookItem {
  implementationCode: string;
  parentImplementationCode: string | null;
  departmentUscc: string;
  departmentName: string;
  regionCode: string;
  content: ItemContent;
}

export interface WorkbookBundle {
  code: string;
  content: BundleContent;
}

export interface CatalogWorkbook {
  items: WorkbookItem[];
  bundles: WorkbookBundle[];
}

export interface RowError {
  /** Sheet name as in the workbook, or `(文件)` for a problem with the file as a whole. */
  sheet: string;
  /** 1-based row number as Excel shows it; 0 when the error is about the file or a whole sheet. */
  row: number;
  /** The column header; '' when the error is about the file or a whole sheet. */
  column: string;
  message: Bilingual;
}

export interface ReadOptions {
  /** Called with 0..1 while rows are read (then 1 at the end). */
  onProgress?: (fraction: number) => void;
  /** Data rows allowed per sheet (default 20 000); a larger sheet stops the reading with one error. */
  maxRows?: number;
  /** Errors kept in the answer (default 1000); the rest are counted in a final summary error. */
  maxErrors?: number;
}

export interface ReadResult {
  /** The items and bundles free of errors (with their materials, fees, questions and bundle rows). */
  workbook: CatalogWorkbook;
  /** Sorted by sheet, row and column; an import must apply nothing while there are any. */
  errors: RowError[];
  /**
   * The Excel row of each item (by implementation code) and bundle (by code) in `workbook`, and of the
   * 办理规则 row of each item that has one.
   */
  rows: { items: Record<string, number>; bundles: Record<string, number>; handling: Record<string, number> };
}

/** Sheet name used for errors about the file as a whole. */
export const FILE_SHEET = '(文件)';
export const DEFAULT_MAX_ROWS = 20_000;
export const DEFAULT_MAX_ERRORS = 1000;

// ---- column definitions ----

/**
 * How a cell is read and written:
 * - `code`: a code or key, trimmed, no spaces (numeric cells are accepted while Excel kept every digit);
 * - `text`: free text, kept as typed (line breaks normalised to \n);
 * - `integer`; `yuan`: money with at most 2 decimals, fen in the model; `yesNo`: 是/否;
 * - `enum` / `enumList`: Chinese values (`values`), a list separated by 、;
 * - `list`: texts separated by 、; `codeList`: codes separated by 、;
 * - `steps`: one step per line, `名称：说明`; `json`: a JSON object (the form, a process, 秒批 rules);
 *   `depth`: 网上办理深度 1–8.
 */
export type ColumnKind =
  | 'code'
  | 'text'
  | 'integer'
  | 'yuan'
  | 'yesNo'
  | 'enum'
  | 'enumList'
  | 'list'
  | 'codeList'
  | 'steps'
  | 'json'
  | 'depth';

/** What a blank cell means: an error (required column), the empty value, an absent optional field, or null. */
export type BlankMeaning = 'error' | 'empty' | 'absent' | 'null';

export interface EnumValue {
  /** As written in the sheet. */
  zh: string;
  /** The model's code. */
  code: string;
}

export interface ColumnSpec {
  /** Header in row 1 (matched ignoring spaces and full-/half-width brackets; column order is free). */
  header: string;
  en: string;
  /** Dotted path of the value in the sheet's record (see `SHEETS` for each sheet's record). */
  field: string;
  kind: ColumnKind;
  blank: BlankMeaning;
  /** Same as `blank === 'error'`. */
  required: boolean;
  /** Accepted values of an enumeration. */
  values?: readonly EnumValue[];
  /** Column width in characters when written. */
  width: number;
  /** Extra help in the header's note. */
  note?: string;
}

export interface SheetSpec {
  name: string;
  en: string;
  /** What one row is, for documentation. */
  rowIs: Bilingual;
  columns: readonly ColumnSpec[];
  /** A sheet that older workbooks lack: reading goes on without it. */
  optional?: boolean;
}

const EXEMPT = 'exempt';

function labelled<T extends string>(codes: readonly T[], labels: Record<T, string>): EnumValue[] {
  return codes.map((code) => ({ zh: labels[code], code }));
}

const VALUES = {
  itemType: labelled(ITEM_TYPES, Object.fromEntries(ITEM_TYPES.map((t) => [t, t])) as Record<string, string>),
  exerciseLevel: labelled(
    EXERCISE_LEVELS,
    Object.fromEntries(EXERCISE_LEVELS.map((t) => [t, t])) as Record<string, string>,
  ),
  handlingKind: labelled(HANDLING_KINDS, {
    new: '新设',
    change: '变更',
    renewal: '延续',
    cancellation: '注销',
  }),
  serviceObject: labelled(SERVICE_OBJECTS, { natural_person: '自然人', legal_person: '法人' }),
  handlingType: labelled(HANDLING_TYPES, { instant: '即办件', promised: '承诺件' }),
  handlingForm: labelled(HANDLING_FORMS, {
    window: '窗口办理',
    online: '网上办理',
    postal: '邮寄申请',
    self_service: '自助终端',
  }),
  crossRegionScope: labelled(CROSS_REGION_SCOPES, {
    none: '不通办',
    city: '全市通办',
    province: '全省通办',
    cross_province: '跨省通办',
  }),
  resultType: labelled(RESULT_TYPES, {
    certificate: '出证办结',
    document: '出文办结',
    approval: '审批办结',
    other: '其他',
  }),
  necessity: labelled(MATERIAL_NECESSITIES, {
    required: '必要',
    optional: '非必要',
    conditional: '视情况提供',
  }),
  materialType: labelled(MATERIAL_TYPES, {
    original: '原件',
    copy: '复印件',
    original_and_copy: '原件和复印件',
    other: '其他',
  }),
  materialForm: labelled(MATERIAL_FORMS, {
    paper: '纸质',
    electronic: '电子',
    paper_and_electronic: '纸质和电子',
  }),
  sourceChannel: labelled(SOURCE_CHANNELS, {
    applicant: '申请人自备',
    government: '政府部门核发',
    intermediary: '中介机构',
    other: '其他',
  }),
  audience: labelled(['person', 'enterprise'] as const, { person: '自然人', enterprise: '法人' }),
  /** 事中事后核查方式; 免于核查 stands for a null verification. */
  verification: labelled([...VERIFICATION_METHODS, EXEMPT] as const, {
    data_check: '数据核查',
    site_inspection: '现场核查',
    document_review: '书面核查',
    exempt: '免于核查',
  }),
};

/** Other spellings accepted when reading (after removing spaces and unifying brackets). */
const VALUE_ALIASES: Record<string, Record<string, string>> = {
  'content.exerciseLevel': {
    '乡(镇、街道)级': '乡级',
    乡镇级: '乡级',
    '村(社区)级': '村级',
    国家: '国家级',
    省: '省级',
    市: '市级',
    县: '县级',
  },
};

/** Values that look right but the model cannot hold, with advice. */
const VALUE_HINTS: Record<string, Record<string, Bilingual>> = {
  'material.necessity': {
    容缺: {
      zh: '暂不支持「容缺」：请填写「必要」，并在「必要性说明」中注明可容缺受理',
      en: '"容缺" is not supported yet: use "必要" and explain in 必要性说明 that the material may follow later',
    },
  },
};

function col(
  header: string,
  en: string,
  field: string,
  kind: ColumnKind,
  blank: BlankMeaning,
  width: number,
  values?: readonly EnumValue[],
  note?: string,
): ColumnSpec {
  return {
    header,
    en,
    field,
    kind,
    blank,
    required: blank === 'error',
    width,
    ...(values ? { values } : {}),
    ...(note ? { note } : {}),
  };
}

const ITEM_COLUMNS: ColumnSpec[] = [
  col('实施编码', 'Implementation code', 'implementationCode', 'code', 'error', 34),
  col('父项实施编码', 'Parent implementation code', 'parentImplementationCode', 'code', 'null', 34),
  col('基本编码', 'Base code', 'content.baseCode', 'code', 'error', 16),
  col('事项名称', 'Item name', 'content.name', 'text', 'error', 30),
  col('别名', 'Aliases (、-separated)', 'content.aliases', 'list', 'empty', 24),
  col('事项类型', 'Item type', 'content.itemType', 'enum', 'error', 14, VALUES.itemType),
  col('主管部门', 'Competent department', 'content.competentDepartment', 'text', 'empty', 24),
  col('实施主体名称', 'Implementing agency', 'departmentName', 'text', 'error', 28),
  col('实施主体统一社会信用代码', 'Agency USCC', 'departmentUscc', 'code', 'error', 22),
  col('行政区划代码', 'Region code', 'regionCode', 'code', 'error', 12),
  col('行使层级', 'Exercise level', 'content.exerciseLevel', 'enum', 'error', 10, VALUES.exerciseLevel),
  col('业务办理项类型', 'Handling kind', 'content.handlingKind', 'enum', 'absent', 12, VALUES.handlingKind),
  col('设定依据', 'Legal basis', 'content.legalBasis', 'text', 'empty', 40),
  col(
    '服务对象',
    'Service objects (、-separated)',
    'content.serviceObjects',
    'enumList',
    'error',
    14,
    VALUES.serviceObject,
  ),
  col('受理条件', 'Acceptance conditions', 'content.acceptanceConditions', 'text', 'empty', 40),
  col('办件类型', 'Handling type', 'content.handlingType', 'enum', 'error', 10, VALUES.handlingType),
  col(
    '法定办结时限（工作日）',
    'Statutory time limit (working days)',
    'content.statutoryDays',
    'integer',
    'null',
    12,
  ),
  col('法定时限说明', 'Statutory time note', 'content.statutoryNote', 'text', 'absent', 24),
  col(
    '承诺办结时限（工作日）',
    'Promised time limit (working days)',
    'content.promisedDays',
    'integer',
    'error',
    12,
  ),
  col('承诺时限说明', 'Promised time note', 'content.promisedNote', 'text', 'absent', 24),
  col('办理流程', 'Process description', 'content.processDescription', 'text', 'empty', 40),
  col('办理环节', 'Process steps (one per line, 名称：说明)', 'content.processSteps', 'steps', 'empty', 40),
  col(
    '办理形式',
    'Handling forms (、-separated)',
    'content.handlingForms',
    'enumList',
    'error',
    24,
    VALUES.handlingForm,
  ),
  col('网上办理深度', 'Online depth (1–8)', 'content.onlineDepth', 'depth', 'error', 10),
  col('到办事现场次数', 'Required visits', 'content.requiredVisits', 'integer', 'error', 10),
  col('必须现场办理原因', 'Reason for visits', 'content.visitReason', 'text', 'absent', 24),
  col('是否支持预约', 'Appointment', 'content.appointment', 'yesNo', 'error', 10),
  col('是否支持物流快递', 'Express delivery', 'content.expressDelivery', 'yesNo', 'error', 10),
  col('是否支持网上支付', 'Online payment', 'content.onlinePayment', 'yesNo', 'error', 10),
  col('是否支持自助终端', 'Self-service terminal', 'content.selfServiceTerminal', 'yesNo', 'error', 10),
  col('是否进驻政务大厅', 'In the service hall', 'content.inHall', 'yesNo', 'error', 10),
  col(
    '通办范围',
    'Cross-region scope',
    'content.crossRegionScope',
    'enum',
    'error',
    12,
    VALUES.crossRegionScope,
  ),
  col('审批结果类型', 'Result type', 'content.result.type', 'enum', 'error', 12, VALUES.resultType),
  col('审批结果名称', 'Result name', 'content.result.name', 'text', 'empty', 24),
  col('结果证照类型', 'Result licence type', 'content.result.licenceType', 'code', 'absent', 24),
  col(
    '面向自然人主题',
    'Person topics (codes, 、-separated)',
    'content.topics.person',
    'codeList',
    'empty',
    20,
  ),
  col(
    '面向法人主题',
    'Enterprise topics (codes, 、-separated)',
    'content.topics.enterprise',
    'codeList',
    'empty',
    20,
  ),
  col('办理地点', 'Address', 'content.location.address', 'text', 'empty', 30),
  col('办理时间', 'Opening hours', 'content.location.hours', 'text', 'empty', 24),
  col('咨询电话', 'Phone', 'content.location.phone', 'text', 'empty', 16),
  col('咨询方式', 'Consultation', 'content.consultation', 'text', 'empty', 24),
  col('监督投诉方式', 'Complaints', 'content.complaint', 'text', 'empty', 24),
  col('乡镇代码', 'Township code', 'content.location.townCode', 'code', 'absent', 14),
  col('村居代码', 'Village code', 'content.location.villageCode', 'code', 'absent', 14),
  col('表单（JSON）', 'Form (JSON)', 'content.form', 'json', 'empty', 60),
];

const MATERIAL_COLUMNS: ColumnSpec[] = [
  col('实施编码', 'Implementation code', 'implementationCode', 'code', 'error', 34),
  col('材料编号', 'Material key', 'material.key', 'code', 'error', 10),
  col('材料名称', 'Material name', 'material.name', 'text', 'error', 30),
  col('必要性', 'Necessity', 'material.necessity', 'enum', 'error', 12, VALUES.necessity),
  col('必要性说明', 'When needed', 'material.condition', 'text', 'absent', 24),
  col('材料类型', 'Material type', 'material.materialType', 'enum', 'error', 14, VALUES.materialType),
  col('材料形式', 'Material form', 'material.form', 'enum', 'error', 12, VALUES.materialForm),
  col('份数', 'Copies', 'material.copies', 'integer', 'error', 8),
  col('来源渠道', 'Source channel', 'material.sourceChannel', 'enum', 'error', 14, VALUES.sourceChannel),
  col('来源说明', 'Source note', 'material.sourceNote', 'text', 'absent', 24),
  col('受理标准', 'Acceptance standard', 'material.acceptanceStandard', 'text', 'absent', 30),
  col('要求提供材料的依据', 'Basis', 'material.basis', 'text', 'absent', 30),
  col('填报须知', 'Filling note', 'material.fillingNote', 'text', 'absent', 30),
  col('材料概念', 'Concept', 'material.concept', 'code', 'absent', 18),
  col(
    '可由电子证照提供（证照类型）',
    'Licence type supplying it',
    'material.licenceType',
    'code',
    'absent',
    24,
  ),
  col(
    '可由共享数据提供（资源代码）',
    'Data resource supplying it',
    'material.dataResource',
    'code',
    'absent',
    24,
  ),
];

const FEE_COLUMNS: ColumnSpec[] = [
  col('实施编码', 'Implementation code', 'implementationCode', 'code', 'error', 34),
  col('收费项目名称', 'Fee name', 'fee.name', 'text', 'error', 24),
  col('收费金额（元）', 'Amount (yuan)', 'fee.amountFen', 'yuan', 'error', 12),
  col('收费标准', 'Standard', 'fee.standard', 'text', 'absent', 30),
  col('收费依据', 'Basis', 'fee.basis', 'text', 'empty', 30),
  col('是否允许减免', 'Waivable', 'fee.waivable', 'yesNo', 'error', 10),
  col('减免依据', 'Waiver basis', 'fee.waiverBasis', 'text', 'absent', 30),
];

const FAQ_COLUMNS: ColumnSpec[] = [
  col('实施编码', 'Implementation code', 'implementationCode', 'code', 'error', 34),
  col('问题', 'Question', 'faq.question', 'text', 'error', 40),
  col('答案', 'Answer', 'faq.answer', 'text', 'error', 60),
];

const HANDLING_COLUMNS: ColumnSpec[] = [
  col('实施编码', 'Implementation code', 'implementationCode', 'code', 'error', 34),
  col(
    '办理流程（JSON）',
    'Process definition (JSON)',
    'rules.process',
    'json',
    'absent',
    60,
    undefined,
    '环节依次为受理 accept、审查 review、决定 decide、制证送达 issue，如 {"steps":[{"key":"accept","name":"受理","kind":"accept","role":"window","budgetDays":1}, …]}；role 为 window/reviewer/leader；budgetDays 为工作日；departmentUscc 留空即实施主体；审查环节可设 branches（并联审查部门，须填 departmentUscc）；留空按办件类型的默认流程',
  ),
  col(
    '告知承诺书内容',
    'Commitment text (告知承诺)',
    'rules.commitmentText',
    'text',
    'absent',
    40,
    undefined,
    '留空表示不实行告知承诺',
  ),
  col(
    '告知承诺替代材料',
    'Materials the commitment replaces (keys)',
    'rules.commitmentMaterials',
    'codeList',
    'absent',
    18,
    undefined,
    '填写「材料」表中的材料编号',
  ),
  col(
    '承诺核查方式',
    'Post-approval verification',
    'rules.verificationMethod',
    'enum',
    'absent',
    12,
    VALUES.verification,
  ),
  col(
    '承诺核查时限（工作日）',
    'Verify within (working days)',
    'rules.verificationDays',
    'integer',
    'absent',
    12,
    undefined,
    '免于核查时留空',
  ),
  col(
    '容缺受理材料',
    'Materials that may follow (容缺, keys)',
    'rules.gapMaterials',
    'codeList',
    'absent',
    18,
    undefined,
    '填写「材料」表中的次要材料编号；留空表示不实行容缺受理',
  ),
  col(
    '秒批规则（JSON）',
    'Automatic approval rules (JSON)',
    'rules.autoApproval',
    'json',
    'absent',
    60,
    undefined,
    '如 {"rules":[{"key":"age","description":"年满60周岁","fact":"applicant.age","op":"gte","value":60}]}；fact 为 form.字段、applicant.age/sex/kind/regionCode/hasBadCredit 或 data.资源.字段；op 为 eq/ne/gt/gte/lt/lte/in/startsWith/exists；留空表示人工审批',
  ),
];

const BUNDLE_COLUMNS: ColumnSpec[] = [
  col('一件事编码', 'Bundle code', 'code', 'code', 'error', 20),
  col('名称', 'Name', 'content.name', 'text', 'error', 24),
  col('别名', 'Aliases (、-separated)', 'content.aliases', 'list', 'empty', 24),
  col('面向对象', 'Audience', 'content.audience', 'enum', 'error', 10, VALUES.audience),
  col('主题', 'Topic code', 'content.topic', 'code', 'empty', 18),
  col(
    '承诺总时限（工作日）',
    'Promised total time (working days)',
    'content.promisedDays',
    'integer',
    'error',
    12,
  ),
  col('说明', 'Description', 'content.description', 'text', 'empty', 50),
];

const BUNDLE_ITEM_COLUMNS: ColumnSpec[] = [
  col('一件事编码', 'Bundle code', 'bundleCode', 'code', 'error', 20),
  col('实施编码', 'Implementation code', 'entry.itemCode', 'code', 'error', 34),
  col('前置事项实施编码', 'Prerequisite items (、-separated)', 'entry.dependsOn', 'codeList', 'empty', 40),
  col('是否可选', 'Optional', 'entry.optional', 'yesNo', 'error', 10),
];

export type SheetId = 'items' | 'materials' | 'fees' | 'faq' | 'handling' | 'bundles' | 'bundleItems';

/**
 * The sheets of the catalogue workbook, in the order they are written. Column `field`s are paths in
 * the record one row stands for: 事项 → `WorkbookItem` (materials, fees and questions come from their
 * sheets); 材料 → `{ implementationCode, material: Material }`; 收费 → `{ implementationCode, fee: Fee }`;
 * 常见问题 → `{ implementationCode, faq: { question, answer } }`; 办理规则 → `{ implementationCode, rules:
 * HandlingRow }` (at most one per item; an item without one has no process, 告知承诺, 容缺受理 or 秒批);
 * 一件事 → `WorkbookBundle` (items come from 一件事事项); 一件事事项 → `{ bundleCode, entry:
 * BundleContent['items'][number] }`.
 */
export const SHEETS: Readonly<Record<SheetId, SheetSpec>> = {
  items: {
    name: '事项',
    en: 'Items',
    rowIs: { zh: '一个实施清单事项', en: 'one implementation item' },
    columns: ITEM_COLUMNS,
  },
  materials: {
    name: '材料',
    en: 'Materials',
    rowIs: { zh: '一个事项的一份材料（按行序排列）', en: "one of an item's materials, in row order" },
    columns: MATERIAL_COLUMNS,
  },
  fees: {
    name: '收费',
    en: 'Fees',
    rowIs: { zh: '一个事项的一个收费项目', en: "one of an item's fees" },
    columns: FEE_COLUMNS,
  },
  faq: {
    name: '常见问题',
    en: 'FAQ',
    rowIs: { zh: '一个事项的一个常见问题', en: "one of an item's questions" },
    columns: FAQ_COLUMNS,
  },
  handling: {
    name: '办理规则',
    en: 'Handling rules',
    rowIs: {
      zh: '一个事项的办理流程、告知承诺、容缺受理和秒批规则',
      en: "an item's process, commitment, acceptance with gaps and automatic approval",
    },
    columns: HANDLING_COLUMNS,
    optional: true,
  },
  bundles: {
    name: '一件事',
    en: 'Bundles',
    rowIs: { zh: '一个"一件事"', en: 'one bundle (一件事)' },
    columns: BUNDLE_COLUMNS,
  },
  bundleItems: {
    name: '一件事事项',
    en: 'Bundle items',
    rowIs: { zh: '一件事中的一个事项（按行序排列）', en: 'one item of a bundle, in row order' },
    columns: BUNDLE_ITEM_COLUMNS,
  },
};

const SHEET_IDS = Object.keys(SHEETS) as SheetId[];
const EMPTY_FORM: FormSchema = { type: 'object', properties: {}, required: [], 'x-order': [] };
const CODE_PATTERN = /^[0-9A-Za-z_-]{1,50}$/;

// ---- small helpers ----

const msg = (zh: string, en: string): Bilingual => ({ zh, en });

function normaliseHeader(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/^\*+|\*+$/g, '');
}

function normaliseLineBreaks(text: string): string {
  return text.replace(/_x000D_/g, '\r').replace(/\r\n?/g, '\n');
}

/** Full-width digits and signs (as typed with a Chinese IME) to ASCII. */
function asciiDigits(text: string): string {
  return text.replace(/[０-９．－＋]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function getPath(record: unknown, path: string): unknown {
  let current = record;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function setPath(record: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let current = record;
  for (const key of keys.slice(0, -1)) {
    const next = current[key];
    if (next === null || typeof next !== 'object') current[key] = {};
    current = current[key] as Record<string, unknown>;
  }
  current[keys[keys.length - 1]!] = value;
}

function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function listValues(values: readonly EnumValue[]): string {
  return values.map((v) => v.zh).join('、');
}

// ---- cells ----

type Primitive = string | number | boolean;
type Parsed = { value: unknown } | { error: Bilingual };

/** Reduces what exceljs gives for a cell to a string, number or boolean; null when blank. */
function primitive(raw: unknown): Primitive | null | { error: Bilingual } {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string') return normaliseLineBreaks(raw);
  if (typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (raw instanceof Date) return raw.toISOString();
  if (typeof raw === 'object') {
    const o = raw as Record<string, unknown>;
    if (Array.isArray(o.richText)) {
      return normaliseLineBreaks(
        o.richText.map((run: { text?: unknown }) => String(run.text ?? '')).join(''),
      );
    }
    if (typeof o.error === 'string') {
      return { error: msg(`单元格含错误值 ${o.error}`, `The cell holds the error value ${o.error}`) };
    }
    if ('formula' in o || 'sharedFormula' in o) return primitive(o.result);
    if ('text' in o) return primitive(o.text);
  }
  return String(raw);
}

function isBlank(p: Primitive | null | { error: Bilingual }): boolean {
  return p === null || (typeof p === 'string' && p.trim() === '');
}

function splitList(text: string, separators: RegExp): string[] {
  return text
    .split(separators)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function enumLookup(column: ColumnSpec, text: string): Parsed {
  const values = column.values ?? [];
  const wanted = text.trim();
  const exact = values.find((v) => v.zh === wanted);
  if (exact) return { value: exact.code };
  const normalised = normaliseHeader(wanted);
  const aliased = VALUE_ALIASES[column.field]?.[normalised];
  if (aliased) {
    const value = values.find((v) => v.zh === aliased);
    if (value) return { value: value.code };
  }
  const hint = VALUE_HINTS[column.field]?.[normalised];
  if (hint) return { error: hint };
  return {
    error: msg(
      `「${wanted}」不是有效的取值，可选：${listValues(values)}`,
      `"${wanted}" is not an accepted value; use one of ${listValues(values)}`,
    ),
  };
}

function parseInteger(p: Primitive): Parsed {
  if (typeof p === 'number') {
    return Number.isInteger(p)
      ? { value: p }
      : { error: msg(`应为整数，而不是 ${p}`, `Must be a whole number, not ${p}`) };
  }
  const text = asciiDigits(String(p).trim());
  if (/^[+-]?\d{1,9}$/.test(text)) return { value: Number(text) };
  return {
    error: msg(`「${text}」不是整数，请只填写数字`, `"${text}" is not a whole number; enter digits only`),
  };
}

function parseYuan(p: Primitive): Parsed {
  const tooPrecise = msg('金额最多保留两位小数（单位：元）', 'Amounts in yuan have at most 2 decimals');
  if (typeof p === 'number') {
    const fen = Math.round(p * 100);
    if (!Number.isFinite(p) || Math.abs(fen - p * 100) > 1e-6) return { error: tooPrecise };
    return Number.isSafeInteger(fen) ? { value: fen } : { error: msg('金额过大', 'The amount is too large') };
  }
  const text = asciiDigits(String(p).trim())
    .replace(/^[¥￥]/, '')
    .replace(/元$/, '')
    .replace(/,/g, '')
    .trim();
  const match = /^(-?)(\d{1,13})(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) {
    if (/^-?\d+\.\d{3,}$/.test(text)) return { error: tooPrecise };
    return {
      error: msg(
        `「${String(p)}」不是金额（单位：元，如 12.50）`,
        `"${String(p)}" is not an amount in yuan (e.g. 12.50)`,
      ),
    };
  }
  const fen = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  return { value: match[1] ? -fen : fen };
}

function parseSteps(text: string): Parsed {
  const steps: Array<{ name: string; description: string }> = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    let at = line.indexOf('：');
    if (at < 0) at = line.indexOf(':');
    if (at < 0) {
      return {
        error: msg(
          `第 ${i + 1} 行「${line.trim()}」缺少冒号：每行一个环节，格式为「名称：说明」`,
          `Line ${i + 1} "${line.trim()}" has no colon: write one step per line as "名称：说明"`,
        ),
      };
    }
    steps.push({ name: line.slice(0, at).trim(), description: line.slice(at + 1).trim() });
  }
  return { value: steps };
}

function parseDepth(p: Primitive): Parsed {
  if (typeof p === 'number') return parseInteger(p);
  const text = asciiDigits(String(p).trim());
  const leading = /^(\d+)(?:\s*[-、.．:：\s]\s*.*)?$/.exec(text);
  if (leading) return { value: Number(leading[1]) };
  for (const [depth, label] of Object.entries(ONLINE_DEPTHS)) {
    if (label.zh === text) return { value: Number(depth) };
  }
  return {
    error: msg(
      `「${text}」不是网上办理深度：请填写 1–8 的数字（如 4 表示互联网受理）`,
      `"${text}" is not an online depth: enter a number 1–8 (4 = online acceptance)`,
    ),
  };
}

function parseCell(column: ColumnSpec, raw: unknown): Parsed {
  const p = primitive(raw);
  if (p !== null && typeof p === 'object') return { error: p.error };
  if (isBlank(p)) {
    switch (column.blank) {
      case 'error':
        return { error: msg('必填项，不能为空', 'Required: the cell must not be blank') };
      case 'absent':
        return { value: undefined };
      case 'null':
        return { value: null };
      case 'empty':
        if (column.kind === 'json') return { value: structuredClone(EMPTY_FORM) };
        if (['list', 'codeList', 'enumList', 'steps'].includes(column.kind)) return { value: [] };
        return { value: '' };
    }
  }
  const value = p as Primitive;
  switch (column.kind) {
    case 'text':
      return { value: typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : String(value) };
    case 'code': {
      if (typeof value === 'number') {
        if (!Number.isInteger(value) || Math.abs(value) >= 1e15) {
          return {
            error: msg(
              '数字过长，Excel 已丢失末尾数字：请把该列设为"文本"格式后重新填写',
              'The number is too long and Excel dropped digits: format the column as text and enter it again',
            ),
          };
        }
        return { value: String(value) };
      }
      const text = String(value).trim();
      if (/\s/.test(text)) {
        return { error: msg(`「${text}」含有空格或换行`, `"${text}" contains spaces or line breaks`) };
      }
      return { value: text };
    }
    case 'integer':
      return parseInteger(value);
    case 'yuan':
      return parseYuan(value);
    case 'yesNo': {
      if (typeof value === 'boolean') return { value };
      const text = String(value).trim();
      if (text === '是') return { value: true };
      if (text === '否') return { value: false };
      return {
        error: msg(`「${text}」无效，请填写「是」或「否」`, `"${text}" is not valid; enter 是 or 否`),
      };
    }
    case 'enum':
      return enumLookup(column, String(value));
    case 'enumList': {
      const codes: unknown[] = [];
      for (const part of splitList(String(value), /[、,，;；\s]+/)) {
        const found = enumLookup(column, part);
        if ('error' in found) return found;
        codes.push(found.value);
      }
      return { value: codes };
    }
    case 'list':
      return { value: splitList(String(value), /[、\n]/) };
    case 'codeList':
      return { value: splitList(String(value), /[、,，;；\s]+/) };
    case 'steps':
      return parseSteps(String(value));
    case 'depth':
      return parseDepth(value);
    case 'json': {
      let parsed: unknown;
      try {
        parsed = JSON.parse(String(value));
      } catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        return { error: msg(`不是有效的 JSON：${reason}`, `Not valid JSON: ${reason}`) };
      }
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        return {
          error: msg('应为 JSON 对象（以 { 开头）', 'Must be a JSON object (starting with {)'),
        };
      }
      return { value: parsed };
    }
  }
}

function formatCell(column: ColumnSpec, value: unknown): ExcelJS.CellValue {
  if (value === undefined || value === null) return null;
  switch (column.kind) {
    case 'code':
    case 'text':
      return value === '' ? null : String(value);
    case 'integer':
    case 'depth':
      return value as number;
    case 'yuan':
      return (value as number) / 100;
    case 'yesNo':
      return value ? '是' : '否';
    case 'enum':
      return column.values?.find((v) => v.code === value)?.zh ?? String(value);
    case 'enumList':
      return (
        (value as string[])
          .map((code) => column.values?.find((v) => v.code === code)?.zh ?? code)
          .join('、') || null
      );
    case 'list':
    case 'codeList':
      return (value as string[]).join('、') || null;
    case 'steps':
      return (
        (value as Array<{ name: string; description: string }>)
          .map((s) => `${s.name}：${s.description.replace(/\s*\n\s*/g, ' ')}`)
          .join('\n') || null
      );
    case 'json':
      return Value.Equal(value, EMPTY_FORM) ? null : JSON.stringify(value);
  }
}

// ---- the xlsx package ----
// exceljs's streaming reader would (a) park every worksheet in a temporary file when the shared
// strings come after the sheets in the zip — which is how Excel and exceljs itself write them —,
// (b) miss sheets whose relationship targets are absolute (`/xl/worksheets/…`, as openpyxl writes),
// (c) hang on an empty input, and (d) garble characters split between two chunks. So the zip is
// opened here from its central directory and handed over rebuilt: relationships, workbook, shared
// strings, then the worksheets under the names the reader expects; and text is decoded as UTF-8
// across chunk boundaries.

class FileProblem extends Error {
  constructor(readonly bilingual: Bilingual) {
    super(bilingual.en);
  }
}

const NOT_XLSX = msg(
  '文件不是有效的 Excel 工作簿（.xlsx）：请用 Excel 或 WPS 另存为 .xlsx 后重新上传',
  'The file is not a valid Excel workbook (.xlsx): save it as .xlsx in Excel or WPS and upload it again',
);
const DAMAGED = msg(
  '文件已损坏，无法读取：请用 Excel 或 WPS 打开并重新保存为 .xlsx 后上传',
  'The file is damaged and cannot be read: open it in Excel or WPS, save it again as .xlsx and upload it',
);
const ENCRYPTED = msg(
  '工作簿已加密，请取消密码后上传',
  'The workbook is encrypted; remove the password and upload it',
);
/** Cap on any part inflated in memory (relationships, workbook, shared strings). */
const MAX_PART_BYTES = 256 * 1024 * 1024;
const CHUNK = 64 * 1024;

interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  data: Buffer;
}

function readCentralDirectory(data: Buffer): Map<string, ZipEntry> {
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (data.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new FileProblem(DAMAGED);
  const count = data.readUInt16LE(eocd + 10);
  const size = data.readUInt32LE(eocd + 12);
  const offset = data.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff || size === 0xffffffff) {
    throw new FileProblem(
      msg('文件过大（ZIP64 格式），请拆分后上传', 'The file is too large (ZIP64); split it'),
    );
  }
  if (offset + size > eocd) throw new FileProblem(DAMAGED);
  const entries = new Map<string, ZipEntry>();
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || data.readUInt32LE(p) !== 0x02014b50) throw new FileProblem(DAMAGED);
    const flags = data.readUInt16LE(p + 8);
    const method = data.readUInt16LE(p + 10);
    const crc = data.readUInt32LE(p + 16);
    const compressedSize = data.readUInt32LE(p + 20);
    const uncompressedSize = data.readUInt32LE(p + 24);
    const nameLength = data.readUInt16LE(p + 28);
    const extraLength = data.readUInt16LE(p + 30);
    const commentLength = data.readUInt16LE(p + 32);
    const local = data.readUInt32LE(p + 42);
    const name = data.toString('utf8', p + 46, p + 46 + nameLength).replace(/\\/g, '/');
    p += 46 + nameLength + extraLength + commentLength;
    if (local + 30 > data.length || data.readUInt32LE(local) !== 0x04034b50) throw new FileProblem(DAMAGED);
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    if (start + compressedSize > data.length) throw new FileProblem(DAMAGED);
    entries.set(name.toLowerCase(), {
      name,
      method,
      flags,
      crc,
      compressedSize,
      uncompressedSize,
      data: data.subarray(start, start + compressedSize),
    });
  }
  return entries;
}

function inflatePart(entry: ZipEntry): Buffer {
  if (entry.flags & 1) throw new FileProblem(ENCRYPTED);
  if (entry.method !== 0 && entry.method !== 8) throw new FileProblem(DAMAGED);
  let content: Buffer;
  try {
    content =
      entry.method === 0 ? entry.data : inflateRawSync(entry.data, { maxOutputLength: MAX_PART_BYTES });
  } catch (e) {
    if (e instanceof RangeError || (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new FileProblem(msg('文件内容过大，请拆分后上传', 'The file content is too large; split it'));
    }
    throw new FileProblem(DAMAGED);
  }
  if (content.length !== entry.uncompressedSize || crc32(content) >>> 0 !== entry.crc >>> 0) {
    throw new FileProblem(DAMAGED);
  }
  return content;
}

function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e] ?? '';
  });
}

function relationships(xml: string, base: string): Array<{ id: string; type: string; target: string }> {
  const out: Array<{ id: string; type: string; target: string }> = [];
  for (const element of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
    const attributes: Record<string, string> = {};
    for (const a of element[1]!.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      attributes[a[1]!] = decodeXmlEntities(a[2] ?? a[3] ?? '');
    }
    if (attributes.TargetMode === 'External' || !attributes.Target) continue;
    let target = attributes.Target;
    try {
      target = decodeURIComponent(target);
    } catch {
      // keep it as written
    }
    const path = target.startsWith('/') ? target.slice(1) : posix.join(base, target);
    out.push({ id: attributes.Id ?? '', type: attributes.Type ?? '', target: posix.normalize(path) });
  }
  return out;
}

interface Package {
  stream: Readable;
  /** Share of the worksheets handed to the reader so far, 0..1. */
  consumed: () => number;
  /** Rejects when the package turns out to be damaged while it is being read. */
  failed: Promise<never>;
}

function openPackage(data: Buffer): Package {
  if (data.length === 0) throw new FileProblem(msg('文件为空', 'The file is empty'));
  if (data.length >= 8 && data.readUInt32BE(0) === 0xd0cf11e0 && data.readUInt32BE(4) === 0xa1b11ae1) {
    throw new FileProblem(
      msg(
        '这是旧版 Excel（.xls）文件或已加密的工作簿：请取消密码并另存为 .xlsx 后重新上传',
        'This is an old Excel (.xls) file or an encrypted workbook: remove any password, save it as .xlsx and upload it',
      ),
    );
  }
  if (data.length < 22 || data.readUInt32LE(0) !== 0x04034b50) throw new FileProblem(NOT_XLSX);
  const entries = readCentralDirectory(data);
  const part = (name: string) => entries.get(name.toLowerCase());

  const rootRels = part('_rels/.rels');
  const officeDocument = rootRels
    ? relationships(inflatePart(rootRels).toString('utf8'), '').find((r) =>
        r.type.endsWith('/officeDocument'),
      )
    : undefined;
  const workbookPath = officeDocument?.target ?? 'xl/workbook.xml';
  const workbook = part(workbookPath);
  const workbookRels = part(
    posix.join(posix.dirname(workbookPath), '_rels', `${posix.basename(workbookPath)}.rels`),
  );
  if (!workbook || !workbookRels) throw new FileProblem(NOT_XLSX);
  const rels = relationships(inflatePart(workbookRels).toString('utf8'), posix.dirname(workbookPath));
  const sheets = rels
    .filter((r) => r.type.endsWith('/worksheet'))
    .map((r) => ({ id: r.id, entry: part(r.target) }))
    .filter((s): s is { id: string; entry: ZipEntry } => s.entry !== undefined);
  if (sheets.length === 0) throw new FileProblem(NOT_XLSX);
  const sharedStringsPath = rels.find((r) => r.type.endsWith('/sharedStrings'))?.target;
  const sharedStrings = sharedStringsPath ? part(sharedStringsPath) : undefined;

  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const rebuiltRels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    sheets
      .map(
        (s, i) =>
          `<Relationship Id="${escape(s.id)}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join('') +
    '</Relationships>';
  const inMemory: Array<[string, Buffer]> = [
    ['xl/_rels/workbook.xml.rels', Buffer.from(rebuiltRels)],
    ['xl/workbook.xml', inflatePart(workbook)],
    [
      'xl/sharedStrings.xml',
      sharedStrings
        ? inflatePart(sharedStrings)
        : Buffer.from('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'),
    ],
  ];
  for (const s of sheets) {
    if (s.entry.flags & 1) throw new FileProblem(ENCRYPTED);
    if (s.entry.method !== 0 && s.entry.method !== 8) throw new FileProblem(DAMAGED);
  }

  // Everything is handed over stored (uncompressed): the worksheets are inflated here, chunk by
  // chunk, and checked against their declared size and CRC, because a failure inside the reader's
  // own inflater would leave it waiting forever.
  const total = sheets.reduce((sum, s) => sum + s.entry.data.length, 0) || 1;
  let handed = 0;
  let fail: (e: FileProblem) => void = () => {};
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => {}); // observed by the reader's race; never unhandled
  const header = (name: string, size: number, crc: number) => {
    const nameBytes = Buffer.from(name, 'utf8');
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(0x0800, 6); // UTF-8 name; the size is known, so no data descriptor
    h.writeUInt32LE(crc >>> 0, 14);
    h.writeUInt32LE(size, 18);
    h.writeUInt32LE(size, 22);
    h.writeUInt16LE(nameBytes.length, 26);
    return Buffer.concat([h, nameBytes]);
  };
  function* compressedChunks(data: Buffer): Generator<Buffer> {
    for (let at = 0; at < data.length; at += CHUNK) {
      const chunk = data.subarray(at, at + CHUNK);
      handed += chunk.length;
      yield chunk;
    }
  }
  async function* chunks(): AsyncGenerator<Buffer> {
    try {
      for (const [name, content] of inMemory) {
        yield header(name, content.length, crc32(content));
        yield content;
      }
      for (const [i, s] of sheets.entries()) {
        yield header(`xl/worksheets/sheet${i + 1}.xml`, s.entry.uncompressedSize, s.entry.crc);
        const source = Readable.from(compressedChunks(s.entry.data), { objectMode: false });
        const inflated = s.entry.method === 0 ? source : source.pipe(createInflateRaw());
        let size = 0;
        let crc = 0;
        for await (const chunk of inflated as AsyncIterable<Buffer>) {
          size += chunk.length;
          if (size > s.entry.uncompressedSize) throw new FileProblem(DAMAGED);
          crc = crc32(chunk, crc);
          yield chunk;
        }
        if (size !== s.entry.uncompressedSize || crc >>> 0 !== s.entry.crc >>> 0)
          throw new FileProblem(DAMAGED);
      }
      // The reader stops cleanly at an end-of-directory record. Its pulls need more bytes than they
      // ask for once the input has ended, hence a one-byte comment and a byte of padding.
      const end = Buffer.alloc(24);
      end.writeUInt32LE(0x06054b50, 0);
      end.writeUInt16LE(1, 20);
      yield end;
    } catch (e) {
      fail(e instanceof FileProblem ? e : new FileProblem(DAMAGED));
    }
  }
  return { stream: Readable.from(chunks(), { objectMode: false }), consumed: () => handed / total, failed };
}

/** A programming error, not a bad file: thrown rather than reported. */
class ReaderIncompatible extends Error {
  constructor() {
    super('exceljs WorkbookReader internals changed: check readCatalogWorkbook against the new version');
  }
}

/** Makes the exceljs streaming reader decode UTF-8 across chunk boundaries (see above). */
function decodeAcrossChunks(reader: ExcelJS.stream.xlsx.WorkbookReader): void {
  interface Internals {
    _parseWorkbook(entry: NodeJS.ReadableStream): Promise<void>;
    _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncGenerator<unknown>;
    _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown>;
  }
  const proto = Object.getPrototypeOf(reader) as Internals;
  if (
    typeof proto._parseWorkbook !== 'function' ||
    typeof proto._parseSharedStrings !== 'function' ||
    typeof proto._parseWorksheet !== 'function'
  ) {
    throw new ReaderIncompatible();
  }
  async function* utf8(iterator: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
    const decoder = new TextDecoder('utf-8');
    for await (const chunk of iterator) {
      const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
      if (text) yield text;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  }
  const self = reader as unknown as Internals;
  self._parseWorkbook = function (this: Internals, entry) {
    entry.setEncoding('utf8');
    return proto._parseWorkbook.call(this, entry);
  };
  self._parseSharedStrings = function (this: Internals, entry) {
    entry.setEncoding('utf8');
    return proto._parseSharedStrings.call(this, entry);
  };
  self._parseWorksheet = function (this: Internals, iterator, sheetNo) {
    return proto._parseWorksheet.call(this, utf8(iterator), sheetNo);
  };
}

// ---- reading ----

class RowLimitExceeded extends Error {
  constructor(
    readonly sheet: string,
    readonly row: number,
  ) {
    super(`sheet ${sheet} has too many rows`);
  }
}

interface RawRow {
  row: number;
  /** Raw cell values in the order of the sheet's columns. */
  cells: unknown[];
}

interface RawSheet {
  /** False when headers were missing: the rows were not kept. */
  usable: boolean;
  rows: RawRow[];
}

class Errors {
  readonly list: RowError[] = [];
  /** `sheet\0row` of every row with an error, kept even past the cap. */
  readonly rows = new Set<string>();
  /** `sheet\0row\0column` of every cell with an error. */
  readonly cells = new Set<string>();
  overflow = 0;

  constructor(private readonly max: number) {}

  add(sheet: string, row: number, column: string, message: Bilingual): void {
    this.rows.add(`${sheet}\0${row}`);
    this.cells.add(`${sheet}\0${row}\0${column}`);
    if (this.list.length < this.max) this.list.push({ sheet, row, column, message });
    else this.overflow++;
  }

  rowHasError(sheet: string, row: number): boolean {
    return this.rows.has(`${sheet}\0${row}`);
  }

  cellHasError(sheet: string, row: number, column: string): boolean {
    return this.cells.has(`${sheet}\0${row}\0${column}`);
  }
}

function rowIsBlank(values: unknown[]): boolean {
  for (const v of values) if (!isBlank(primitive(v) as Primitive | null)) return false;
  return true;
}

function matchHeader(spec: SheetSpec, values: unknown[], errors: Errors): number[] | null {
  const found = new Map<string, number[]>();
  values.forEach((v, index) => {
    const p = primitive(v);
    if (typeof p !== 'string' && typeof p !== 'number') return;
    const key = normaliseHeader(String(p));
    if (key) found.set(key, [...(found.get(key) ?? []), index]);
  });
  const indices: number[] = [];
  let ok = true;
  const missing: ColumnSpec[] = [];
  for (const column of spec.columns) {
    const at = found.get(normaliseHeader(column.header)) ?? [];
    if (at.length > 1) {
      ok = false;
      errors.add(
        spec.name,
        1,
        column.header,
        msg(
          `表头「${column.header}」出现了 ${at.length} 次，只能有一列`,
          `Header "${column.header}" appears ${at.length} times`,
        ),
      );
    }
    if (at.length === 0) missing.push(column);
    indices.push(at[0] ?? -1);
  }
  if (missing.length === spec.columns.length) {
    errors.add(
      spec.name,
      1,
      spec.columns[0]!.header,
      msg(
        `第 1 行应为表头，未找到任何预期的列（如「${spec.columns[0]!.header}」）：请使用导出的模板`,
        `Row 1 must hold the headers; none of the expected ones (e.g. "${spec.columns[0]!.header}") was found: use the exported template`,
      ),
    );
    return null;
  }
  for (const column of missing) {
    errors.add(
      spec.name,
      1,
      column.header,
      msg(
        `缺少列「${column.header}」（表头须在第 1 行）`,
        `Missing column "${column.header}" (headers go in row 1)`,
      ),
    );
  }
  return ok && missing.length === 0 ? indices : null;
}

async function readSheets(
  pkg: Package,
  errors: Errors,
  maxRows: number,
  onProgress: (fraction: number) => void,
): Promise<Map<SheetId, RawSheet>> {
  const byName = new Map(SHEET_IDS.map((id) => [SHEETS[id].name, id] as const));
  const sheets = new Map<SheetId, RawSheet>();
  const Excel = await loadExcel();
  const reader = new Excel.stream.xlsx.WorkbookReader(pkg.stream, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  decodeAcrossChunks(reader);
  const read = async () => {
    for await (const worksheet of reader) {
      const name = String((worksheet as unknown as { name: string }).name ?? '').trim();
      const id = byName.get(name);
      if (!id || sheets.has(id)) continue; // other sheets are skipped unread
      const spec = SHEETS[id];
      const sheet: RawSheet = { usable: false, rows: [] };
      sheets.set(id, sheet);
      let indices: number[] | null | undefined;
      let count = 0;
      for await (const row of worksheet) {
        const values = (row.values ?? []) as unknown[];
        if (rowIsBlank(values)) continue;
        if (indices === undefined) {
          if (row.number === 1) {
            indices = matchHeader(spec, values, errors);
            sheet.usable = indices !== null;
            continue;
          }
          indices = matchHeader(spec, [], errors);
        }
        if (++count > maxRows) throw new RowLimitExceeded(spec.name, row.number);
        if (indices)
          sheet.rows.push({ row: row.number, cells: indices.map((i) => (i < 0 ? null : values[i])) });
        if (count % 200 === 0) onProgress(pkg.consumed());
      }
      if (indices === undefined) {
        errors.add(
          spec.name,
          1,
          '',
          msg(
            '工作表为空：第 1 行应为表头（请使用导出的模板）',
            'The sheet is empty: row 1 must hold the headers',
          ),
        );
      }
      onProgress(pkg.consumed());
    }
  };
  const reading = read();
  reading.catch(() => {}); // when the package fails first, whatever the reader does next is moot
  try {
    await Promise.race([reading, pkg.failed]);
  } finally {
    pkg.stream.destroy();
  }
  return sheets;
}

interface ParsedRow {
  row: number;
  record: Record<string, unknown>;
}

function parseRows(spec: SheetSpec, raw: RawSheet | undefined, errors: Errors): ParsedRow[] {
  if (!raw?.usable) return [];
  return raw.rows.map(({ row, cells }) => {
    const record: Record<string, unknown> = {};
    spec.columns.forEach((column, i) => {
      const parsed = parseCell(column, cells[i]);
      if ('error' in parsed) errors.add(spec.name, row, column.header, parsed.error);
      else if (parsed.value !== undefined) setPath(record, column.field, parsed.value);
    });
    return { row, record };
  });
}

function header(id: SheetId, field: string): string {
  return SHEETS[id].columns.find((c) => c.field === field)?.header ?? '';
}

// ---- schema errors mapped back to cells ----

interface SchemaError {
  keyword: string;
  schemaPath: string;
  instancePath: string;
  params: Record<string, unknown>;
  message: string;
}

/** Of the alternatives of a union, keeps the errors of the closest one (fewest errors). */
function closestBranch(errors: SchemaError[]): SchemaError[] {
  const plain = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'boolean');
  const groups = new Map<string, Map<number, SchemaError[]>>();
  const kept: SchemaError[] = [];
  for (const e of plain) {
    const m = /^(.*?\/anyOf)\/(\d+)(?:\/|$)/.exec(e.schemaPath);
    if (!m) {
      kept.push(e);
      continue;
    }
    const branches = groups.get(m[1]!) ?? new Map<number, SchemaError[]>();
    groups.set(m[1]!, branches);
    const n = Number(m[2]);
    branches.set(n, [...(branches.get(n) ?? []), e]);
  }
  for (const branches of groups.values()) {
    const best = [...branches.entries()].sort((a, b) => a[1].length - b[1].length || a[0] - b[0])[0];
    if (best) kept.push(...best[1]);
  }
  return kept;
}

function describe(errors: SchemaError[], value: unknown, hint?: Bilingual): Bilingual {
  const e = errors[0]!;
  const p = e.params;
  switch (e.keyword) {
    case 'const': {
      const allowed = errors.map((x) => String(x.params.allowedValue)).join('、');
      return msg(`取值无效，可选：${allowed}`, `Not an accepted value; use one of ${allowed}`);
    }
    case 'enum': {
      const allowed = ((p.allowedValues as unknown[] | undefined) ?? []).map(String).join('、');
      return msg(`取值无效，可选：${allowed}`, `Not an accepted value; use one of ${allowed}`);
    }
    case 'minLength':
      return p.limit === 1
        ? msg('不能为空', 'Must not be empty')
        : msg(`至少 ${p.limit} 个字符`, `At least ${p.limit} characters`);
    case 'maxLength': {
      const length = typeof value === 'string' ? `（当前 ${[...value].length} 个）` : '';
      const lengthEn = typeof value === 'string' ? ` (now ${[...value].length})` : '';
      return msg(`不能超过 ${p.limit} 个字符${length}`, `At most ${p.limit} characters${lengthEn}`);
    }
    case 'pattern':
      return hint ?? msg('格式不正确', `Wrong format (must match ${p.pattern})`);
    case 'minimum':
    case 'exclusiveMinimum':
      return msg(`不能小于 ${p.limit}`, `Must not be less than ${p.limit}`);
    case 'maximum':
    case 'exclusiveMaximum':
      return msg(`不能大于 ${p.limit}`, `Must not be more than ${p.limit}`);
    case 'minItems':
      return msg(`至少需要 ${p.limit} 项`, `At least ${p.limit} entries are needed`);
    case 'maxItems':
      return msg(`最多 ${p.limit} 项`, `At most ${p.limit} entries`);
    case 'required':
      return msg(
        `缺少属性：${(p.requiredProperties as string[]).join('、')}`,
        `Missing properties: ${(p.requiredProperties as string[]).join(', ')}`,
      );
    case 'additionalProperties':
      return msg(
        `不允许的属性：${(p.additionalProperties as string[]).join('、')}`,
        `Properties not allowed: ${(p.additionalProperties as string[]).join(', ')}`,
      );
    case 'type':
      return msg(`类型不正确（应为 ${String(p.type)}）`, `Wrong type (must be ${String(p.type)})`);
    default:
      return msg(`不符合要求：${e.message}`, `Not valid: ${e.message}`);
  }
}

const PATTERN_HINTS: Record<string, Bilingual> = {
  'content.baseCode': msg('应为 12 位数字或大写字母', 'Must be 12 digits or capital letters'),
  'material.key': msg(
    '只能包含字母、数字、下划线或连字符，最多 32 位',
    'Letters, digits, _ or - only, at most 32 characters',
  ),
  'material.concept': msg(
    '应为小写字母开头的英文代码（如 id_card）',
    'Must be a lower-case code starting with a letter (e.g. id_card)',
  ),
};

interface Place {
  sheet: SheetId;
  row: number;
  column: string;
  /** Where inside the cell (e.g. a form path or a step), for the message. */
  detail?: string;
  field?: string;
}

function pointer(path: string): string[] {
  return path
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function reportSchemaErrors(
  schemaErrors: SchemaError[],
  content: unknown,
  locate: (segments: string[]) => Place,
  errors: Errors,
): void {
  const relevant = closestBranch(schemaErrors).filter(
    // Properties missing outside the form come from cells already reported.
    (e) => e.keyword !== 'required' || e.instancePath.startsWith('/form'),
  );
  const byPath = new Map<string, SchemaError[]>();
  for (const e of relevant) {
    const key = `${e.instancePath}\0${e.keyword}`;
    byPath.set(key, [...(byPath.get(key) ?? []), e]);
  }
  for (const group of byPath.values()) {
    const first = group[0]!;
    const place = locate(pointer(first.instancePath));
    const sheet = SHEETS[place.sheet].name;
    if (errors.cellHasError(sheet, place.row, place.column) && !place.detail) continue;
    const value = getPath(content, pointer(first.instancePath).join('.'));
    const text = describe(group, value, place.field ? PATTERN_HINTS[place.field] : undefined);
    const message = place.detail ? msg(`${place.detail}：${text.zh}`, `${place.detail}: ${text.en}`) : text;
    errors.add(sheet, place.row, place.column, message);
  }
}

function columnFor(id: SheetId, field: string): ColumnSpec | undefined {
  // The longest column path that is a prefix of the field.
  let best: ColumnSpec | undefined;
  for (const c of SHEETS[id].columns) {
    if ((field === c.field || field.startsWith(`${c.field}.`)) && c.field.length > (best?.field.length ?? -1))
      best = c;
  }
  return best;
}

interface ItemEntry {
  row: number;
  item: WorkbookItem;
  materials: ParsedRow[];
  fees: ParsedRow[];
  faq: ParsedRow[];
  handling?: ParsedRow;
}

/** One row of the 办理规则 sheet, as parsed: the columns of 告知承诺 are flattened. */
interface HandlingRow {
  process?: unknown;
  commitmentText?: string;
  commitmentMaterials?: string[];
  verificationMethod?: string;
  verificationDays?: number;
  gapMaterials?: string[];
  autoApproval?: unknown;
}

const HANDLING_FIELDS = ['process', 'commitment', 'gapAcceptance', 'autoApproval'] as const;

/**
 * Where in the 办理规则 sheet a content path (dotted, e.g. `commitment.materialKeys.1`) comes from: the
 * column, and for a path inside a JSON cell the place within it (`办理流程 /steps/1/kind`). Undefined
 * when the path is not one of the handling rules.
 */
export function handlingCell(path: string): { column: string; detail?: string } | undefined {
  const [first, second, third] = path.split('.');
  const inside = path.split('.').slice(1).join('/');
  const json = (field: string, label: string) => ({
    column: header('handling', field),
    ...(inside ? { detail: `${label} /${inside}` } : {}),
  });
  switch (first) {
    case 'process':
      return json('rules.process', '办理流程');
    case 'autoApproval':
      return json('rules.autoApproval', '秒批规则');
    case 'gapAcceptance':
      return { column: header('handling', 'rules.gapMaterials') };
    case 'commitment': {
      const field =
        second === 'materialKeys'
          ? 'rules.commitmentMaterials'
          : second !== 'verification'
            ? 'rules.commitmentText'
            : third === 'withinDays'
              ? 'rules.verificationDays'
              : 'rules.verificationMethod';
      return { column: header('handling', field) };
    }
    default:
      return undefined;
  }
}

/** The handling rules of a row as content fields; reports (and leaves out) a half-filled 告知承诺. */
function handlingContent(parsed: ParsedRow, errors: Errors): Partial<ItemContent> {
  const r = (parsed.record.rules ?? {}) as HandlingRow;
  const content: Record<string, unknown> = {};
  if (r.process !== undefined) content.process = r.process;
  if (r.autoApproval !== undefined) content.autoApproval = r.autoApproval;
  if (r.gapMaterials !== undefined) content.gapAcceptance = { materialKeys: r.gapMaterials };
  const commitment = [r.commitmentText, r.commitmentMaterials, r.verificationMethod, r.verificationDays];
  if (commitment.every((v) => v === undefined)) return content as Partial<ItemContent>;
  const problems: Array<[string, Bilingual]> = [];
  if (r.commitmentText === undefined)
    problems.push([
      'rules.commitmentText',
      msg('实行告知承诺的，须填写告知承诺书内容', 'Give the text of the commitment'),
    ]);
  if (r.commitmentMaterials === undefined)
    problems.push([
      'rules.commitmentMaterials',
      msg('实行告知承诺的，须填写承诺替代的材料编号', 'Name the materials the commitment replaces'),
    ]);
  if (r.verificationMethod === undefined)
    problems.push([
      'rules.verificationMethod',
      msg(
        '实行告知承诺的，须选择事中事后核查方式（不核查的选「免于核查」）',
        'Choose how the commitment is verified (免于核查 when it is not)',
      ),
    ]);
  else if (r.verificationMethod === EXEMPT && r.verificationDays !== undefined)
    problems.push([
      'rules.verificationDays',
      msg('免于核查时不填写核查时限', 'Leave the time limit blank when verification is exempt'),
    ]);
  else if (r.verificationMethod !== EXEMPT && r.verificationDays === undefined)
    problems.push([
      'rules.verificationDays',
      msg('须填写承诺核查时限（工作日）', 'Give the time limit of the verification (working days)'),
    ]);
  const sheet = SHEETS.handling.name;
  for (const [field, message] of problems) {
    // A cell that could not be read is already reported.
    const column = header('handling', field);
    if (!errors.cellHasError(sheet, parsed.row, column)) errors.add(sheet, parsed.row, column, message);
  }
  if (problems.length > 0) return content as Partial<ItemContent>;
  content.commitment = {
    text: r.commitmentText,
    materialKeys: r.commitmentMaterials,
    verification:
      r.verificationMethod === EXEMPT
        ? null
        : { withinDays: r.verificationDays, method: r.verificationMethod },
  };
  return content as Partial<ItemContent>;
}

/** The 办理规则 row of an item, or undefined when it has none of the four. */
function handlingRow(content: ItemContent): HandlingRow | undefined {
  if (HANDLING_FIELDS.every((f) => content[f] === undefined)) return undefined;
  const { process, commitment, gapAcceptance, autoApproval } = content;
  return {
    process,
    commitmentText: commitment?.text,
    commitmentMaterials: commitment?.materialKeys,
    verificationMethod: commitment ? (commitment.verification?.method ?? EXEMPT) : undefined,
    verificationDays: commitment?.verification?.withinDays,
    gapMaterials: gapAcceptance?.materialKeys,
    autoApproval,
  };
}

function locateItemError(entry: ItemEntry, segments: string[]): Place {
  const [first, index, ...rest] = segments;
  const children: Array<[string, SheetId, ParsedRow[], string]> = [
    ['materials', 'materials', entry.materials, 'material'],
    ['fees', 'fees', entry.fees, 'fee'],
    ['faq', 'faq', entry.faq, 'faq'],
  ];
  for (const [key, sheet, rows, prefix] of children) {
    if (first !== key) continue;
    const at = index === undefined ? undefined : Number(index);
    const child = at === undefined ? undefined : rows[at];
    if (!child) {
      // The list as a whole (e.g. too many): point at the first row beyond the limit.
      const limit =
        (ItemContent.properties[key as 'materials'] as { maxItems?: number }).maxItems ?? rows.length;
      return { sheet, row: rows[limit]?.row ?? entry.row, column: header(sheet, 'implementationCode') };
    }
    const field = [prefix, ...rest].join('.');
    const column = columnFor(sheet, field) ?? SHEETS[sheet].columns[1]!;
    return { sheet, row: child.row, column: column.header, field: column.field };
  }
  if (first === 'form') {
    const path = segments.slice(1).join('/');
    return {
      sheet: 'items',
      row: entry.row,
      column: header('items', 'content.form'),
      ...(path ? { detail: `表单 /${path}` } : {}),
    };
  }
  const handling = handlingCell(segments.join('.'));
  if (handling && entry.handling) return { sheet: 'handling', row: entry.handling.row, ...handling };
  if (first === 'processSteps' && index !== undefined) {
    return {
      sheet: 'items',
      row: entry.row,
      column: header('items', 'content.processSteps'),
      detail: `第 ${Number(index) + 1} 个环节${rest[0] === 'name' ? '的名称' : rest[0] === 'description' ? '的说明' : ''}`,
    };
  }
  const column = columnFor('items', ['content', ...segments].join('.')) ?? ITEM_COLUMNS[0]!;
  return { sheet: 'items', row: entry.row, column: column.header, field: column.field };
}

interface BundleEntry {
  row: number;
  bundle: WorkbookBundle;
  entries: ParsedRow[];
  /** A repeated code: its 一件事事项 rows went to the first bundle with the code. */
  repeated?: boolean;
}

function locateBundleError(entry: BundleEntry, segments: string[]): Place {
  const [first, index, ...rest] = segments;
  if (first === 'items') {
    const child = index === undefined ? undefined : entry.entries[Number(index)];
    if (!child) {
      return {
        sheet: 'bundles',
        row: entry.row,
        column: header('bundles', 'code'),
        detail: '「一件事事项」表中的事项数',
      };
    }
    const column = columnFor('bundleItems', ['entry', ...rest].join('.')) ?? BUNDLE_ITEM_COLUMNS[1]!;
    return { sheet: 'bundleItems', row: child.row, column: column.header, field: column.field };
  }
  const column = columnFor('bundles', ['content', ...segments].join('.')) ?? BUNDLE_COLUMNS[0]!;
  return { sheet: 'bundles', row: entry.row, column: column.header, field: column.field };
}

// ---- assembling and cross-checking ----

function assemble(sheets: Map<SheetId, RawSheet>, errors: Errors): ReadResult {
  const rows = Object.fromEntries(
    SHEET_IDS.map((id) => [id, parseRows(SHEETS[id], sheets.get(id), errors)]),
  ) as Record<SheetId, ParsedRow[]>;
  const itemsUsable = sheets.get('items')?.usable === true;
  const bundlesUsable = sheets.get('bundles')?.usable === true;
  const add = (id: SheetId, row: number, field: string, message: Bilingual) =>
    errors.add(SHEETS[id].name, row, header(id, field), message);

  // Items
  const items = new Map<string, ItemEntry>();
  const itemEntries: ItemEntry[] = [];
  for (const { row, record } of rows.items) {
    const item = record as unknown as WorkbookItem;
    const entry: ItemEntry = { row, item, materials: [], fees: [], faq: [] };
    itemEntries.push(entry);
    const code = item.implementationCode;
    if (code === undefined) continue;
    if (!CODE_PATTERN.test(code)) {
      add(
        'items',
        row,
        'implementationCode',
        msg('实施编码只能包含字母、数字、_ 或 -，最多 50 位', 'Letters, digits, _ or - only, at most 50'),
      );
    }
    const earlier = items.get(code);
    if (earlier) {
      add(
        'items',
        row,
        'implementationCode',
        msg(
          `实施编码「${code}」与第 ${earlier.row} 行重复`,
          `Implementation code "${code}" repeats row ${earlier.row}`,
        ),
      );
    } else {
      items.set(code, entry);
    }
    if (item.regionCode !== undefined && !/^\d{6}$/.test(item.regionCode)) {
      add('items', row, 'regionCode', msg('行政区划代码应为 6 位数字', 'The region code must be 6 digits'));
    }
    if (item.departmentUscc !== undefined) {
      const uscc = parseUscc(item.departmentUscc);
      if (!uscc.ok) add('items', row, 'departmentUscc', uscc.message);
    }
  }
  for (const entry of itemEntries) {
    const { implementationCode: code, parentImplementationCode: parent } = entry.item;
    if (parent === undefined || parent === null || code === undefined) continue;
    if (parent === code) {
      add(
        'items',
        entry.row,
        'parentImplementationCode',
        msg('不能以自身为父项', 'An item cannot be its own parent'),
      );
    } else if (!items.has(parent)) {
      add(
        'items',
        entry.row,
        'parentImplementationCode',
        msg(`父项实施编码「${parent}」在「事项」表中不存在`, `Parent "${parent}" is not in the 事项 sheet`),
      );
    } else {
      const seen = new Set([code]);
      for (let p: string | null | undefined = parent; p; p = items.get(p)?.item.parentImplementationCode) {
        if (seen.has(p)) {
          add(
            'items',
            entry.row,
            'parentImplementationCode',
            msg('父项关系形成循环', 'The parent links form a cycle'),
          );
          break;
        }
        seen.add(p);
      }
    }
  }

  // Materials, fees and questions, attached in row order
  const children: Array<[SheetId, 'materials' | 'fees' | 'faq']> = [
    ['materials', 'materials'],
    ['fees', 'fees'],
    ['faq', 'faq'],
  ];
  for (const [sheet, key] of children) {
    const keys = new Map<ItemEntry, Map<string, number>>();
    for (const parsed of rows[sheet]) {
      const code = parsed.record.implementationCode as string | undefined;
      if (code === undefined) continue;
      const owner = items.get(code);
      if (!owner) {
        if (itemsUsable) {
          add(
            sheet,
            parsed.row,
            'implementationCode',
            msg(
              `实施编码「${code}」在「事项」表中不存在`,
              `Implementation code "${code}" is not in the 事项 sheet`,
            ),
          );
        }
        continue;
      }
      owner[key].push(parsed);
      if (sheet === 'materials') {
        const materialKey = getPath(parsed.record, 'material.key') as string | undefined;
        if (materialKey === undefined) continue;
        const seen = keys.get(owner) ?? new Map<string, number>();
        keys.set(owner, seen);
        const earlier = seen.get(materialKey);
        if (earlier !== undefined) {
          add(
            sheet,
            parsed.row,
            'material.key',
            msg(
              `材料编号「${materialKey}」在同一事项中与第 ${earlier} 行重复`,
              `Material key "${materialKey}" repeats row ${earlier} for the same item`,
            ),
          );
        } else {
          seen.set(materialKey, parsed.row);
        }
      }
    }
  }
  // Handling rules: one row per item at most
  for (const parsed of rows.handling) {
    const code = parsed.record.implementationCode as string | undefined;
    if (code === undefined) continue;
    const owner = items.get(code);
    if (!owner) {
      if (itemsUsable) {
        add(
          'handling',
          parsed.row,
          'implementationCode',
          msg(
            `实施编码「${code}」在「事项」表中不存在`,
            `Implementation code "${code}" is not in the 事项 sheet`,
          ),
        );
      }
      continue;
    }
    if (owner.handling) {
      add(
        'handling',
        parsed.row,
        'implementationCode',
        msg(
          `事项「${code}」的办理规则与第 ${owner.handling.row} 行重复，每个事项只能有一行`,
          `Item "${code}" already has its rules in row ${owner.handling.row}; one row per item`,
        ),
      );
      continue;
    }
    owner.handling = parsed;
  }
  for (const entry of itemEntries) {
    const content = (entry.item.content ?? {}) as Record<string, unknown>;
    entry.item.content = content as unknown as ItemContent;
    content.materials = entry.materials.map((r) => r.record.material);
    content.fees = entry.fees.map((r) => r.record.fee);
    content.faq = entry.faq.map((r) => r.record.faq);
    if (entry.handling) Object.assign(content, handlingContent(entry.handling, errors));
    if (entry.item.parentImplementationCode === undefined) entry.item.parentImplementationCode = null;
    if (!Value.Check(ItemContent, content)) {
      const schemaErrors = Value.Errors(ItemContent, content) as unknown as SchemaError[];
      reportSchemaErrors(schemaErrors, content, (segments) => locateItemError(entry, segments), errors);
    }
  }

  // Bundles
  const bundles = new Map<string, BundleEntry>();
  const bundleEntries: BundleEntry[] = [];
  for (const { row, record } of rows.bundles) {
    const bundle = record as unknown as WorkbookBundle;
    const entry: BundleEntry = { row, bundle, entries: [] };
    bundleEntries.push(entry);
    if (bundle.code === undefined) continue;
    if (!CODE_PATTERN.test(bundle.code)) {
      add(
        'bundles',
        row,
        'code',
        msg('一件事编码只能包含字母、数字、_ 或 -，最多 50 位', 'Letters, digits, _ or - only, at most 50'),
      );
    }
    const earlier = bundles.get(bundle.code);
    if (earlier) {
      entry.repeated = true;
      add(
        'bundles',
        row,
        'code',
        msg(
          `一件事编码「${bundle.code}」与第 ${earlier.row} 行重复`,
          `Bundle code "${bundle.code}" repeats row ${earlier.row}`,
        ),
      );
    } else {
      bundles.set(bundle.code, entry);
    }
  }
  for (const parsed of rows.bundleItems) {
    const bundleCode = parsed.record.bundleCode as string | undefined;
    const itemCode = getPath(parsed.record, 'entry.itemCode') as string | undefined;
    if (itemCode !== undefined && itemsUsable && !items.has(itemCode)) {
      add(
        'bundleItems',
        parsed.row,
        'entry.itemCode',
        msg(
          `实施编码「${itemCode}」在「事项」表中不存在`,
          `Implementation code "${itemCode}" is not in the 事项 sheet`,
        ),
      );
    }
    if (bundleCode === undefined) continue;
    const owner = bundles.get(bundleCode);
    if (!owner) {
      if (bundlesUsable) {
        add(
          'bundleItems',
          parsed.row,
          'bundleCode',
          msg(
            `一件事编码「${bundleCode}」在「一件事」表中不存在`,
            `Bundle code "${bundleCode}" is not in the 一件事 sheet`,
          ),
        );
      }
      continue;
    }
    const earlier = owner.entries.find((e) => getPath(e.record, 'entry.itemCode') === itemCode);
    if (itemCode !== undefined && earlier) {
      add(
        'bundleItems',
        parsed.row,
        'entry.itemCode',
        msg(
          `事项「${itemCode}」在本一件事中与第 ${earlier.row} 行重复`,
          `Item "${itemCode}" repeats row ${earlier.row} in this bundle`,
        ),
      );
      continue;
    }
    owner.entries.push(parsed);
  }
  for (const entry of bundleEntries) {
    const content = (entry.bundle.content ?? {}) as Record<string, unknown>;
    entry.bundle.content = content as unknown as BundleContent;
    content.items = entry.entries.map((r) => r.record.entry);
    checkDependencies(entry, add);
    if (!Value.Check(BundleContent, content)) {
      const schemaErrors = (Value.Errors(BundleContent, content) as unknown as SchemaError[]).filter(
        (e) => !entry.repeated || !e.instancePath.startsWith('/items'),
      );
      reportSchemaErrors(schemaErrors, content, (segments) => locateBundleError(entry, segments), errors);
    }
  }

  // Only what is free of errors is handed back.
  const clean = (id: SheetId, row: number) => !errors.rowHasError(SHEETS[id].name, row);
  const goodItems = itemEntries.filter(
    (e) =>
      clean('items', e.row) &&
      e.materials.every((r) => clean('materials', r.row)) &&
      e.fees.every((r) => clean('fees', r.row)) &&
      e.faq.every((r) => clean('faq', r.row)) &&
      (!e.handling || clean('handling', e.handling.row)),
  );
  const goodBundles = bundleEntries.filter(
    (e) => clean('bundles', e.row) && e.entries.every((r) => clean('bundleItems', r.row)),
  );
  return {
    workbook: { items: goodItems.map((e) => e.item), bundles: goodBundles.map((e) => e.bundle) },
    errors: [],
    rows: {
      items: Object.fromEntries(goodItems.map((e) => [e.item.implementationCode, e.row])),
      bundles: Object.fromEntries(goodBundles.map((e) => [e.bundle.code, e.row])),
      handling: Object.fromEntries(
        goodItems.flatMap((e) => (e.handling ? [[e.item.implementationCode, e.handling.row]] : [])),
      ),
    },
  };
}

function checkDependencies(
  bundle: BundleEntry,
  add: (id: SheetId, row: number, field: string, message: Bilingual) => void,
): void {
  const rowOf = new Map<string, number>();
  for (const e of bundle.entries) {
    const code = getPath(e.record, 'entry.itemCode');
    if (typeof code === 'string') rowOf.set(code, e.row);
  }
  const edges = new Map<string, string[]>();
  for (const e of bundle.entries) {
    const code = getPath(e.record, 'entry.itemCode');
    const dependsOn = getPath(e.record, 'entry.dependsOn');
    if (typeof code !== 'string' || !Array.isArray(dependsOn)) continue;
    const next: string[] = [];
    for (const dep of dependsOn as string[]) {
      if (dep === code) {
        add(
          'bundleItems',
          e.row,
          'entry.dependsOn',
          msg('事项不能以自身为前置事项', 'An item cannot depend on itself'),
        );
      } else if (!rowOf.has(dep)) {
        add(
          'bundleItems',
          e.row,
          'entry.dependsOn',
          msg(
            `前置事项「${dep}」不在一件事「${bundle.bundle.code}」中`,
            `Prerequisite "${dep}" is not in bundle "${bundle.bundle.code}"`,
          ),
        );
      } else {
        next.push(dep);
      }
    }
    edges.set(code, next);
  }
  // Tarjan's strongly connected components: each component of two or more items is a cycle.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) {
        component.sort((a, b) => rowOf.get(a)! - rowOf.get(b)!);
        const listed = component.join('、');
        add(
          'bundleItems',
          rowOf.get(component[0]!)!,
          'entry.dependsOn',
          msg(
            `前置事项形成循环：${listed} 互为前置`,
            `Prerequisites form a cycle: ${listed} depend on each other`,
          ),
        );
      }
    }
  };
  for (const code of rowOf.keys()) if (!index.has(code)) visit(code);
}

function sortErrors(list: RowError[]): RowError[] {
  const sheetOrder = (name: string) => {
    if (name === FILE_SHEET) return -1;
    const i = SHEET_IDS.findIndex((id) => SHEETS[id].name === name);
    return i < 0 ? SHEET_IDS.length : i;
  };
  const columnOrder = (sheet: string, column: string) => {
    const id = SHEET_IDS.find((s) => SHEETS[s].name === sheet);
    return id ? SHEETS[id].columns.findIndex((c) => c.header === column) : -1;
  };
  return list
    .map((e, i) => ({ e, i }))
    .sort(
      (a, b) =>
        sheetOrder(a.e.sheet) - sheetOrder(b.e.sheet) ||
        a.e.row - b.e.row ||
        columnOrder(a.e.sheet, a.e.column) - columnOrder(b.e.sheet, b.e.column) ||
        a.i - b.i,
    )
    .map(({ e }) => e);
}

/**
 * Reads a catalogue workbook. Never throws for a bad file: every problem becomes a RowError, and
 * `workbook` holds only the items and bundles whose rows (materials, fees, questions included) are
 * free of errors. An import must apply nothing while `errors` is not empty.
 */
export async function readCatalogWorkbook(data: Buffer, options: ReadOptions = {}): Promise<ReadResult> {
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const errors = new Errors(options.maxErrors ?? DEFAULT_MAX_ERRORS);
  let last = 0;
  const progress = (fraction: number) => {
    const f = Math.min(Math.max(fraction, 0), 1);
    if (options.onProgress && (f >= last + 0.01 || (f === 1 && last < 1))) {
      last = f;
      options.onProgress(f);
    }
  };
  const empty = (errors: RowError[]): ReadResult => ({
    workbook: { items: [], bundles: [] },
    errors,
    rows: { items: {}, bundles: {}, handling: {} },
  });
  const fileError = (message: Bilingual) => empty([{ sheet: FILE_SHEET, row: 0, column: '', message }]);

  let sheets: Map<SheetId, RawSheet>;
  try {
    sheets = await readSheets(openPackage(data), errors, maxRows, (f) => progress(f * 0.99));
  } catch (e) {
    if (e instanceof FileProblem) return fileError(e.bilingual);
    if (e instanceof RowLimitExceeded) {
      return empty([
        {
          sheet: e.sheet,
          row: e.row,
          column: '',
          message: msg(
            `工作表「${e.sheet}」超过 ${maxRows} 行数据的上限，请拆分为多个文件后分批导入`,
            `Sheet "${e.sheet}" has more than ${maxRows} data rows; split it into several files`,
          ),
        },
      ]);
    }
    if (e instanceof ReaderIncompatible) throw e;
    return fileError(DAMAGED);
  }
  for (const id of SHEET_IDS) {
    if (!sheets.has(id) && !SHEETS[id].optional) {
      const name = SHEETS[id].name;
      errors.add(name, 0, '', msg(`缺少工作表「${name}」`, `The sheet "${name}" is missing`));
    }
  }
  const { workbook, rows } = assemble(sheets, errors);
  progress(1);
  const list = sortErrors(errors.list);
  if (errors.overflow > 0) {
    const total = errors.list.length + errors.overflow;
    list.unshift({
      sheet: FILE_SHEET,
      row: 0,
      column: '',
      message: msg(
        `共有 ${total} 处错误，仅列出前 ${errors.list.length} 处；请修改后重新上传`,
        `${total} errors in all; only the first ${errors.list.length} are listed`,
      ),
    });
  }
  return { workbook, errors: list, rows };
}

// ---- writing ----

function records(workbook: CatalogWorkbook): Record<SheetId, unknown[]> {
  return {
    items: workbook.items,
    materials: workbook.items.flatMap((i) =>
      i.content.materials.map((material) => ({ implementationCode: i.implementationCode, material })),
    ),
    fees: workbook.items.flatMap((i) =>
      i.content.fees.map((fee) => ({ implementationCode: i.implementationCode, fee })),
    ),
    faq: workbook.items.flatMap((i) =>
      i.content.faq.map((faq) => ({ implementationCode: i.implementationCode, faq })),
    ),
    handling: workbook.items.flatMap((i) => {
      const rules = handlingRow(i.content);
      return rules ? [{ implementationCode: i.implementationCode, rules }] : [];
    }),
    bundles: workbook.bundles,
    bundleItems: workbook.bundles.flatMap((b) =>
      b.content.items.map((entry) => ({ bundleCode: b.code, entry })),
    ),
  };
}

function headerNote(column: ColumnSpec): string {
  const parts = [column.required ? '必填' : '选填'];
  if (column.values) parts.push(`可选值：${listValues(column.values)}`);
  if (column.kind === 'enumList' || column.kind === 'list' || column.kind === 'codeList')
    parts.push('多个用「、」分隔');
  if (column.kind === 'steps') parts.push('每行一个环节，格式为「名称：说明」');
  if (column.kind === 'yuan') parts.push('单位：元，最多两位小数');
  if (column.kind === 'yesNo') parts.push('填写「是」或「否」');
  if (column.kind === 'depth') {
    parts.push(
      Object.entries(ONLINE_DEPTHS)
        .map(([n, label]) => `${n} ${label.zh}`)
        .join('；'),
    );
  }
  if (column.kind === 'code') parts.push('按文本填写');
  if (column.blank === 'null' && column.kind === 'integer') parts.push('法律未规定时留空');
  if (column.note) parts.push(column.note);
  return parts.join('；');
}

const SPARE_ROWS = 1000;

/** Writes the catalogue in the workbook format `readCatalogWorkbook` reads (a lossless round trip). */
export async function writeCatalogWorkbook(workbook: CatalogWorkbook): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const Excel = await loadExcel();
  const book = new Excel.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: true,
  });
  book.creator = 'Tongban 通办';
  const data = records(workbook);
  for (const id of SHEET_IDS) {
    const spec = SHEETS[id];
    const sheet = book.addWorksheet(spec.name, {
      views: [{ state: 'frozen', ySplit: 1, xSplit: 0, topLeftCell: 'A2', activeCell: 'A2' }],
    });
    sheet.columns = spec.columns.map((c) => ({
      key: c.field,
      width: c.width,
      style: {
        ...(c.kind === 'code' ? { numFmt: '@' } : c.kind === 'yuan' ? { numFmt: '0.00' } : {}),
        alignment: { vertical: 'top', ...(c.kind === 'steps' ? { wrapText: true } : {}) },
      },
    }));
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };
    // Drop-down lists for the written rows and some spare ones; not whole columns, which tools that
    // expand validations cell by cell (exceljs's own reader among them) cannot cope with.
    const lastRow = data[id].length + 1 + SPARE_ROWS;
    spec.columns.forEach((c, i) => {
      if (c.kind !== 'enum' && c.kind !== 'yesNo') return;
      const list = c.kind === 'yesNo' ? '是,否' : (c.values ?? []).map((v) => v.zh).join(',');
      const letter = columnLetter(i);
      (
        sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
      ).dataValidations.add(`${letter}2:${letter}${lastRow}`, {
        type: 'list',
        allowBlank: !c.required,
        formulae: [`"${list}"`],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: c.header,
        error: `请从下拉列表中选择：${list.replace(/,/g, '、')}`,
      });
    });
    const headerRow = sheet.addRow(spec.columns.map((c) => c.header));
    headerRow.font = { bold: true };
    headerRow.alignment = { vertical: 'middle' };
    spec.columns.forEach((c, i) => {
      const cell = headerRow.getCell(i + 1);
      cell.note = headerNote(c);
      cell.fill = {
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: c.required ? 'FFFCE4D6' : 'FFEDEDED' },
      };
    });
    headerRow.commit();
    for (const record of data[id]) {
      sheet.addRow(spec.columns.map((c) => formatCell(c, getPath(record, c.field)))).commit();
    }
    sheet.commit();
  }
  await book.commit();
  await done;
  return Buffer.concat(chunks);
}
