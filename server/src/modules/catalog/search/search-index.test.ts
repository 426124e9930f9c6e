import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SearchIndex, type SearchDoc, type Synonym } from './search-index.ts';

const synonyms = JSON.parse(
  readFileSync(new URL('../../../../../data/catalog/synonyms.json', import.meta.url), 'utf8'),
) as Synonym[];

const ZJ = '330000'; // 浙江省
const HZ = '330100'; // 杭州市
const XIHU = '330106'; // 杭州市西湖区
const BINJIANG = '330108'; // 杭州市滨江区
const NB = '330200'; // 宁波市

interface Spec {
  kind?: 'item' | 'bundle';
  id: string;
  name: string;
  aliases?: string[];
  guide?: string;
  materials?: string[];
  topics?: string[];
  department?: [string, string] | null; // [id, name]
  region?: string | null;
  itemType?: string | null;
  topicCodes?: string[];
  depth?: number | null;
  zero?: boolean;
  pop?: number;
}

function doc(s: Spec): SearchDoc {
  const dept = s.department === undefined ? null : s.department;
  return {
    kind: s.kind ?? 'item',
    id: s.id,
    name: s.name,
    aliases: s.aliases ?? [],
    text: {
      guide: s.guide ?? '',
      materials: s.materials ?? [],
      topics: s.topics ?? [],
      department: dept?.[1] ?? '',
    },
    filters: {
      departmentId: dept?.[0] ?? null,
      regionCode: s.region === undefined ? HZ : s.region,
      itemType: s.kind === 'bundle' ? null : (s.itemType ?? '行政许可'),
      topics: s.topicCodes ?? [],
      onlineDepth: s.kind === 'bundle' ? null : s.depth === undefined ? 4 : s.depth,
      zeroVisits: s.zero ?? false,
    },
    popularity: s.pop ?? 100,
  };
}

const WJ: [string, string] = ['d-wj', '杭州市卫生健康委员会'];
const GA: [string, string] = ['d-ga', '杭州市公安局'];
const SJ: [string, string] = ['d-sj', '杭州市市场监督管理局'];
const RS: [string, string] = ['d-rs', '杭州市人力资源和社会保障局'];
const MZ: [string, string] = ['d-mz', '杭州市民政局'];
const GJJ: [string, string] = ['d-gjj', '杭州住房公积金管理中心'];
const BDC: [string, string] = ['d-bdc', '杭州市不动产登记服务中心'];
const SW: [string, string] = ['d-sw', '国家税务总局杭州市税务局'];
const ZJJ: [string, string] = ['d-zj', '杭州市城乡建设委员会'];
const YB: [string, string] = ['d-yb', '杭州市医疗保障局'];
const JY: [string, string] = ['d-jy', '杭州市教育局'];
const CL: [string, string] = ['d-cl', '杭州市残疾人联合会'];
const XIHU_SJ: [string, string] = ['d-xihu-sj', '西湖区市场监督管理局'];
const NB_SJ: [string, string] = ['d-nb-sj', '宁波市市场监督管理局'];

const DOCS: SearchDoc[] = [
  // ---- bundles (一件事) ----
  doc({
    kind: 'bundle',
    id: 'b-birth',
    name: '新生儿出生一件事',
    aliases: ['出生一件事', '宝宝出生联办'],
    guide: '一次申请即可办理出生医学证明、新生儿户口登记、城乡居民医保参保登记和社会保障卡申领。',
    topics: ['生育收养'],
    topicCodes: ['birth'],
    region: ZJ,
    zero: true,
    pop: 900,
  }),
  doc({
    kind: 'bundle',
    id: 'b-restaurant',
    name: '开办餐饮店一件事',
    aliases: ['餐饮店开办', '开饭店一件事'],
    guide: '开办餐饮店需要的营业执照、食品经营许可证、公共场所卫生许可证等一次办理。',
    topics: ['开办企业'],
    topicCodes: ['open-business'],
    region: ZJ,
    pop: 400,
  }),
  doc({
    kind: 'bundle',
    id: 'b-company',
    name: '企业开办一件事',
    aliases: ['企业开办全流程', '新办企业'],
    guide: '企业设立登记、公章刻制、申领发票、员工参保登记一网通办，一个工作日内办结。',
    topics: ['开办企业'],
    topicCodes: ['open-business'],
    region: ZJ,
    zero: true,
    pop: 1500,
  }),
  doc({
    kind: 'bundle',
    id: 'b-retire',
    name: '退休一件事',
    aliases: ['职工退休联办'],
    guide: '基本养老保险待遇申领、退休审批、医保退休人员待遇核定一次办理。',
    topics: ['社会保障'],
    topicCodes: ['retire'],
    region: ZJ,
    zero: true,
    pop: 700,
  }),
  doc({
    kind: 'bundle',
    id: 'b-death',
    name: '身后一件事',
    aliases: ['逝者身后事联办'],
    guide: '死亡医学证明、户口注销、丧葬补助金申领、社保停保一次办理。',
    topics: ['死亡殡葬'],
    topicCodes: ['death'],
    region: ZJ,
    pop: 300,
  }),
  doc({
    kind: 'bundle',
    id: 'b-closing',
    name: '企业注销一件事',
    aliases: ['企业退出一件事'],
    guide: '企业注销登记、税务注销、社保登记注销一次办理。',
    topics: ['企业注销'],
    topicCodes: ['close-business'],
    region: ZJ,
    pop: 250,
  }),
  // ---- birth ----
  doc({
    id: 'i-birth-cert',
    name: '出生医学证明办理',
    aliases: ['出生证明首次签发'],
    guide: '在本市助产机构出生的新生儿，由父母持身份证件申领出生医学证明。',
    materials: ['父母双方居民身份证', '住院分娩记录'],
    topics: ['生育收养'],
    topicCodes: ['birth'],
    department: WJ,
    itemType: '公共服务',
    depth: 4,
    pop: 800,
  }),
  doc({
    id: 'i-birth-hukou',
    name: '新生儿户口登记',
    aliases: ['出生登记', '新生儿落户'],
    guide: '婴儿出生后一个月内，由户主或监护人向户口所在地派出所申报出生登记。',
    materials: ['出生医学证明', '父母居民户口簿', '父母结婚证'],
    topics: ['生育收养', '户籍办理'],
    topicCodes: ['birth', 'hukou'],
    department: GA,
    itemType: '行政确认',
    depth: 4,
    pop: 850,
  }),
  doc({
    id: 'i-birth-yb',
    name: '城乡居民基本医疗保险参保登记',
    aliases: ['新生儿医保参保', '居民医保参保'],
    guide: '城乡居民、新生儿在户籍地或居住地办理基本医疗保险参保登记。',
    materials: ['居民身份证或户口簿'],
    topics: ['医疗卫生', '生育收养'],
    topicCodes: ['birth', 'health'],
    department: YB,
    itemType: '公共服务',
    depth: 5,
    zero: true,
    pop: 600,
  }),
  doc({
    id: 'i-maternity',
    name: '生育津贴申领',
    aliases: ['生育保险待遇申领'],
    guide: '参加生育保险的职工生育后，按规定申领生育津贴。',
    materials: ['出生医学证明', '居民身份证'],
    topics: ['生育收养'],
    topicCodes: ['birth'],
    department: YB,
    itemType: '行政给付',
    depth: 5,
    zero: true,
    pop: 500,
  }),
  // ---- business ----
  doc({
    id: 'i-food',
    name: '食品经营许可证核发',
    aliases: ['食品经营许可', '餐饮服务许可'],
    guide: '从事食品销售和餐饮服务活动，应当依法取得食品经营许可。',
    materials: ['食品经营许可申请书', '营业执照', '食品安全管理制度'],
    topics: ['开办企业'],
    topicCodes: ['open-business'],
    department: SJ,
    depth: 4,
    pop: 650,
  }),
  doc({
    id: 'i-food-xihu',
    name: '食品经营许可证核发',
    aliases: ['食品经营许可'],
    guide: '西湖区范围内从事食品销售和餐饮服务活动的经营者申请食品经营许可。',
    materials: ['食品经营许可申请书', '营业执照'],
    topics: ['开办企业'],
    topicCodes: ['open-business'],
    department: XIHU_SJ,
    region: XIHU,
    depth: 4,
    pop: 120,
  }),
  doc({
    id: 'i-food-nb',
    name: '食品经营许可证核发',
    aliases: ['食品经营许可'],
    guide: '宁波市范围内从事食品销售和餐饮服务活动的经营者申请食品经营许可。',
    materials: ['食品经营许可申请书', '营业执照'],
    topics: ['开办企业'],
    topicCodes: ['open-business'],
    department: NB_SJ,
    region: NB,
    depth: 4,
    pop: 200,
  }),
  doc({
    id: 'i-public-health',
    name: '公共场所卫生许可证核发',
    aliases: ['公共场所卫生许可'],
    guide: '宾馆、美容美发、游泳场所等公共场所经营者取得卫生许可证后方可营业。',
    materials: ['卫生许可证申请表', '营业执照', '从业人员健康合格证明'],
    topics: ['开办企业'],
    topicCodes: ['open-business'],
    department: WJ,
    depth: 4,
    pop: 300,
  }),
  doc({
    id: 'i-company',
    name: '企业设立登记',
    aliases: ['公司设立登记', '营业执照申领'],
    guide: '申请人通过企业开办平台提交设立登记申请，审核通过后领取营业执照。',
    materials: ['公司登记（备案）申请书', '公司章程', '法定代表人身份证件', '住所使用证明'],
    topics: ['开办企业'],
    topicCodes: ['open-business'],
    department: SJ,
    itemType: '行政许可',
    depth: 7,
    zero: true,
    pop: 1200,
  }),
  doc({
    id: 'i-getihu',
    name: '个体工商户登记',
    aliases: ['个体户注册', '个体工商户设立登记'],
    guide: '有经营能力的公民从事工商业经营的，依法登记为个体工商户，领取营业执照。',
    materials: ['个体工商户登记申请书', '经营者身份证明', '经营场所证明'],
    topics: ['开办企业'],
    topicCodes: ['open-business'],
    department: SJ,
    itemType: '行政许可',
    depth: 7,
    zero: true,
    pop: 1100,
  }),
  doc({
    id: 'i-seal',
    name: '印章刻制备案',
    aliases: ['公章刻制'],
    guide: '企业取得营业执照后刻制公章、财务专用章，向公安机关备案。',
    materials: ['营业执照', '法定代表人身份证'],
    topics: ['开办企业'],
    topicCodes: ['open-business'],
    department: GA,
    itemType: '行政备案',
    depth: 5,
    zero: true,
    pop: 700,
  }),
  doc({
    id: 'i-invoice',
    name: '发票领用',
    aliases: ['申领发票', '领购发票'],
    guide: '新办纳税人首次申领增值税发票，可网上申请、邮寄送达。',
    materials: ['经办人身份证件'],
    topics: ['开办企业', '纳税缴费'],
    topicCodes: ['open-business', 'tax'],
    department: SW,
    itemType: '行政确认',
    depth: 6,
    zero: true,
    pop: 950,
  }),
  doc({
    id: 'i-close',
    name: '企业注销登记',
    aliases: ['公司注销'],
    guide: '企业解散的，清算组清算完毕后申请注销登记，缴回营业执照。',
    materials: ['注销登记申请书', '清算报告'],
    topics: ['企业注销'],
    topicCodes: ['close-business'],
    department: SJ,
    depth: 5,
    pop: 230,
  }),
  doc({
    id: 'i-construction',
    name: '建筑工程施工许可证核发',
    aliases: ['施工许可证办理'],
    guide: '建设单位在开工前应当申请领取施工许可证。',
    materials: ['施工许可申请表', '建设工程规划许可证'],
    topics: ['工程建设'],
    topicCodes: ['construction'],
    department: ZJJ,
    depth: 5,
    pop: 180,
  }),
  // ---- social security, identity ----
  doc({
    id: 'i-sscard-reissue',
    name: '社会保障卡补领',
    aliases: ['社保卡补办', '社保卡挂失补卡'],
    guide: '社会保障卡遗失或损坏的，先挂失后申请补领新卡。',
    materials: ['居民身份证'],
    topics: ['社会保障'],
    topicCodes: ['social-security'],
    department: RS,
    itemType: '公共服务',
    depth: 5,
    zero: true,
    pop: 1000,
  }),
  doc({
    id: 'i-sscard-apply',
    name: '社会保障卡申领',
    aliases: ['社保卡申领', '社保卡首次申领'],
    guide: '参保人员首次申领社会保障卡，可在线申请、邮寄到家。',
    materials: ['居民身份证', '近期免冠照片'],
    topics: ['社会保障'],
    topicCodes: ['social-security'],
    department: RS,
    itemType: '公共服务',
    depth: 5,
    zero: true,
    pop: 1300,
  }),
  doc({
    id: 'i-id-reissue',
    name: '居民身份证补领',
    aliases: ['身份证补办', '身份证遗失补领'],
    guide: '居民身份证丢失的，向户籍所在地公安机关申请补领。',
    materials: ['居民户口簿'],
    topics: ['户籍办理'],
    topicCodes: ['hukou'],
    department: GA,
    itemType: '行政许可',
    depth: 3,
    pop: 1400,
  }),
  doc({
    id: 'i-id-renew',
    name: '居民身份证换领',
    aliases: ['身份证到期换证'],
    guide: '居民身份证有效期满或者证件损坏的，申请换领。',
    materials: ['原居民身份证'],
    topics: ['户籍办理'],
    topicCodes: ['hukou'],
    department: GA,
    depth: 3,
    pop: 1350,
  }),
  doc({
    id: 'i-marriage',
    name: '结婚登记',
    aliases: ['内地居民结婚登记'],
    guide: '男女双方共同到一方常住户口所在地的婚姻登记机关办理结婚登记。',
    materials: ['本人户口簿', '本人居民身份证', '近期2寸合影照片'],
    topics: ['婚姻登记'],
    topicCodes: ['marriage'],
    department: MZ,
    itemType: '行政确认',
    depth: 2,
    pop: 1100,
  }),
  doc({
    id: 'i-divorce',
    name: '离婚登记',
    aliases: ['内地居民离婚登记'],
    guide: '自愿离婚的男女双方共同到婚姻登记机关申请离婚登记。',
    materials: ['本人户口簿', '本人居民身份证', '结婚证'],
    topics: ['婚姻登记'],
    topicCodes: ['marriage'],
    department: MZ,
    itemType: '行政确认',
    depth: 2,
    pop: 400,
  }),
  doc({
    id: 'i-pension',
    name: '基本养老保险待遇申领',
    aliases: ['养老金申领', '退休待遇申领'],
    guide: '达到法定退休年龄且累计缴费满十五年的参保人员申领基本养老金。',
    materials: ['居民身份证'],
    topics: ['社会保障', '退休养老'],
    topicCodes: ['retire', 'social-security'],
    department: RS,
    itemType: '行政给付',
    depth: 5,
    zero: true,
    pop: 750,
  }),
  doc({
    id: 'i-hpf',
    name: '住房公积金提取',
    aliases: ['公积金提取', '租房提取公积金'],
    guide: '职工购房、租房、退休时可申请提取住房公积金账户余额。',
    materials: ['居民身份证', '购房合同或租房证明'],
    topics: ['住房保障'],
    topicCodes: ['housing'],
    department: GJJ,
    itemType: '公共服务',
    depth: 6,
    zero: true,
    pop: 2000,
  }),
  doc({
    id: 'i-transfer',
    name: '不动产转移登记',
    aliases: ['房屋过户', '二手房转移登记'],
    guide: '因买卖、赠与、继承等导致不动产权利转移的，当事人申请转移登记。',
    materials: ['不动产权证书', '买卖合同', '完税凭证'],
    topics: ['住房保障'],
    topicCodes: ['housing'],
    department: BDC,
    itemType: '行政确认',
    depth: 4,
    pop: 900,
  }),
  doc({
    id: 'i-death-cert',
    name: '死亡医学证明办理',
    aliases: ['死亡证明'],
    guide: '在医疗机构死亡的，由医疗机构出具死亡医学证明书。',
    materials: ['死者居民身份证'],
    topics: ['死亡殡葬'],
    topicCodes: ['death'],
    department: WJ,
    itemType: '公共服务',
    depth: 2,
    pop: 150,
  }),
  doc({
    id: 'i-funeral',
    name: '丧葬补助金申领',
    aliases: ['丧葬费申领', '抚恤金申领'],
    guide: '参保人员因病或非因工死亡的，其遗属可申领丧葬补助金和抚恤金。',
    materials: ['死亡医学证明', '申领人身份证'],
    topics: ['死亡殡葬', '社会保障'],
    topicCodes: ['death', 'social-security'],
    department: RS,
    itemType: '行政给付',
    depth: 5,
    zero: true,
    pop: 160,
  }),
  doc({
    id: 'i-unemployment',
    name: '失业保险金申领',
    aliases: ['失业金申领'],
    guide: '失业人员符合条件的，可在线申领失业保险金。',
    materials: ['居民身份证'],
    topics: ['就业创业', '社会保障'],
    topicCodes: ['employment', 'social-security'],
    department: RS,
    itemType: '行政给付',
    depth: 5,
    zero: true,
    pop: 500,
  }),
  doc({
    id: 'i-dibao',
    name: '最低生活保障审核确认',
    aliases: ['低保申请'],
    guide: '家庭人均收入低于当地最低生活保障标准的，可申请最低生活保障。',
    materials: ['居民身份证', '家庭收入情况声明'],
    topics: ['社会救助'],
    topicCodes: ['assistance'],
    department: MZ,
    itemType: '行政给付',
    depth: 3,
    region: BINJIANG,
    pop: 90,
  }),
  doc({
    id: 'i-disability',
    name: '残疾人证办理',
    aliases: ['残疾人证新办'],
    guide: '符合残疾标准的，经评定后核发中华人民共和国残疾人证。',
    materials: ['居民身份证', '近期免冠照片'],
    topics: ['残疾人服务'],
    topicCodes: ['disability'],
    department: CL,
    itemType: '公共服务',
    depth: 8,
    pop: 80,
  }),
  doc({
    id: 'i-school',
    name: '义务教育阶段新生入学登记',
    aliases: ['小学入学报名', '初中入学登记'],
    guide: '适龄儿童在户籍所在地或居住地学区报名入学。',
    materials: ['居民户口簿', '房产证明或居住证'],
    topics: ['教育科研'],
    topicCodes: ['education'],
    department: JY,
    itemType: '公共服务',
    depth: 4,
    region: null,
    pop: 600,
  }),
];

const index = new SearchIndex(DOCS, synonyms);

const ids = (r: { hits: Array<{ doc: SearchDoc }> }) => r.hits.map((h) => h.doc.id);
const top = (query: string, n = 3) => ids(index.search(query, { limit: n }));

test('the synonym dictionary holds at least 60 distinct colloquial phrases with expansions', () => {
  const phrases = new Set(synonyms.map((s) => s.phrase));
  assert.ok(phrases.size >= 60, `only ${phrases.size} phrases`);
  assert.equal(phrases.size, synonyms.length, 'phrases repeat');
  for (const s of synonyms) assert.ok(s.expansions.length > 0, `${s.phrase} has no expansion`);
});

test('a colloquial question about having a baby puts the birth bundle first', () => {
  const r = index.search('生孩子要办什么');
  assert.ok(top('生孩子要办什么').includes('b-birth'), `top 3: ${top('生孩子要办什么')}`);
  // The bundle outranks its own component items for the life-event query.
  assert.equal(r.hits[0]?.doc.id, 'b-birth');
  assert.deepEqual(r.expandedTerms, ['出生', '新生儿']);
  assert.ok(ids(r).includes('i-birth-cert') && ids(r).includes('i-birth-hukou'));
  assert.equal(r.didYouMean, null);
  // The retirement bundle beats the pension item even though the item's alias is 退休待遇申领.
  assert.deepEqual(top('退休', 2), ['b-retire', 'i-pension']);
});

test('question words are ignored, whatever the phrasing', () => {
  for (const q of ['开饭店需要哪些材料', '请问开饭店在哪里办理', '怎样开饭店', '开饭店 要办什么手续？']) {
    assert.equal(top(q, 1)[0], 'b-restaurant', q);
  }
});

test('opening a restaurant, a company, and a lost social security card find the right service', () => {
  assert.ok(top('开个饭店').includes('b-restaurant'), `开个饭店 → ${top('开个饭店')}`);
  assert.ok(top('开公司').includes('b-company'), `开公司 → ${top('开公司')}`);
  assert.ok(top('我想开公司怎么办').includes('b-company'));
  const lost = top('社保卡丢了');
  assert.ok(lost.includes('i-sscard-reissue'), `社保卡丢了 → ${lost}`);
  // Reissue, not first application, is what a lost card needs.
  assert.ok(
    lost.indexOf('i-sscard-reissue') < lost.indexOf('i-sscard-apply') || !lost.includes('i-sscard-apply'),
  );
  assert.equal(top('身份证丢了怎么补办', 1)[0], 'i-id-reissue');
  assert.equal(top('提取公积金', 1)[0], 'i-hpf');
});

test('营业执照 finds company registration through its alias, with or without the dictionary', () => {
  assert.ok(top('营业执照', 5).includes('i-company'));
  const bare = new SearchIndex(DOCS, []);
  const r = bare.search('营业执照');
  assert.ok(ids(r).includes('i-company'));
  // The alias match (营业执照申领) outranks items that only list 营业执照 among materials.
  assert.ok(ids(r).indexOf('i-company') < ids(r).indexOf('i-food'));
  const hit = r.hits.find((h) => h.doc.id === 'i-company')!;
  assert.ok(hit.matched.length > 0);
  // Part of a compound word matches too (执照 in 营业执照).
  assert.ok(ids(bare.search('执照')).includes('i-company'));
});

test('a name match weighs far more than a mention in guide text or materials', () => {
  const r = index.search('出生医学证明');
  assert.equal(r.hits[0]?.doc.id, 'i-birth-cert');
  const guideOnly = r.hits.find((h) => h.doc.id === 'i-maternity');
  assert.ok(guideOnly, 'the item listing it as a material is still found');
  assert.ok(r.hits[0]!.score > 3 * guideOnly.score);
});

test('equally relevant results are ordered by popularity', () => {
  const r = index.search('食品经营许可证核发');
  assert.deepEqual(ids(r).slice(0, 3), ['i-food', 'i-food-nb', 'i-food-xihu']);
  assert.equal(r.hits[0]!.score, r.hits[2]!.score);
});

test('every word of a plain query must be found', () => {
  const r = index.search('结婚登记');
  assert.equal(r.hits[0]?.doc.id, 'i-marriage');
  // Divorce only mentions 结婚证 among its materials: found, but clearly below.
  const divorce = r.hits.find((h) => h.doc.id === 'i-divorce');
  assert.ok(!divorce || divorce.score * 1.5 < r.hits[0]!.score);
  assert.ok(!ids(r).includes('i-transfer'), 'no item without 结婚 anywhere');
  assert.equal(index.search('企业注销登记').hits[0]?.doc.id, 'i-close');
});

test('filters: department, type, topic, online depth, zero visits and kind', () => {
  const all = (filters: object) => ids(index.search('', { filters, limit: 100 }));
  assert.deepEqual(
    new Set(all({ departmentId: 'd-ga' })),
    new Set(['i-birth-hukou', 'i-seal', 'i-id-reissue', 'i-id-renew']),
  );
  assert.ok(
    all({ itemType: '行政给付' }).every((id) =>
      ['i-maternity', 'i-pension', 'i-funeral', 'i-unemployment', 'i-dibao'].includes(id),
    ),
  );
  assert.equal(all({ itemType: '行政给付' }).length, 5);
  assert.deepEqual(new Set(all({ topic: 'death' })), new Set(['b-death', 'i-death-cert', 'i-funeral']));
  // onlineDepth is a minimum: 7 (electronic licence) includes nothing shallower, and never 8 (其他).
  assert.deepEqual(new Set(all({ onlineDepth: 7 })), new Set(['i-company', 'i-getihu']));
  assert.ok(!all({ onlineDepth: 2 }).includes('i-disability'));
  assert.deepEqual(all({ onlineDepth: 8 }), ['i-disability']);
  const zero = all({ zeroVisits: true });
  assert.ok(zero.includes('b-company') && zero.includes('i-hpf'));
  assert.ok(!zero.includes('i-marriage') && !zero.includes('b-restaurant'));
  assert.deepEqual(
    all({ kind: 'bundle' }).sort(),
    ['b-birth', 'b-closing', 'b-company', 'b-death', 'b-restaurant', 'b-retire'].sort(),
  );
  // Filters apply to text queries too.
  assert.deepEqual(ids(index.search('登记', { filters: { departmentId: 'd-mz' } })).sort(), [
    'i-divorce',
    'i-marriage',
  ]);
  assert.deepEqual(ids(index.search('开公司', { filters: { kind: 'item' } })).includes('b-company'), false);
});

test('region filter: a province covers its cities and counties, a city its counties, no region covers all', () => {
  const food = (regionCode: string) =>
    ids(index.search('食品经营许可', { filters: { regionCode, kind: 'item' } })).sort();
  // 西湖区 sees the city's and its own district's licence, not Ningbo's.
  assert.deepEqual(food(XIHU), ['i-food', 'i-food-xihu']);
  // Another Hangzhou district sees only the city-level one.
  assert.deepEqual(food(BINJIANG), ['i-food']);
  assert.deepEqual(food(NB), ['i-food-nb']);
  // The asker in Hangzhou city itself does not see district-only items.
  assert.deepEqual(food(HZ), ['i-food']);
  // Outside Zhejiang: provincial bundles disappear, items without a region remain.
  const gd = ids(index.search('', { filters: { regionCode: '440106' }, limit: 100 }));
  assert.deepEqual(gd, ['i-school']);
  const xihuAll = ids(index.search('', { filters: { regionCode: XIHU }, limit: 100 }));
  assert.ok(xihuAll.includes('b-birth') && xihuAll.includes('i-school') && !xihuAll.includes('i-dibao'));
});

test('an empty query with a filter lists by popularity, with total and paging', () => {
  const r = index.search('', { filters: { topic: 'open-business' }, limit: 3 });
  assert.equal(r.total, 10);
  assert.deepEqual(ids(r), ['b-company', 'i-company', 'i-getihu']);
  const page2 = index.search('', { filters: { topic: 'open-business' }, limit: 3, offset: 3 });
  assert.deepEqual(ids(page2), ['i-invoice', 'i-seal', 'i-food']);
  assert.equal(page2.total, 10);
  const everything = index.search('   ');
  assert.equal(everything.total, DOCS.length);
  assert.equal(everything.hits[0]?.doc.id, 'i-hpf');
});

test('paging a text query: total counts every match, pages do not overlap', () => {
  const first = index.search('申领', { limit: 4 });
  const second = index.search('申领', { limit: 4, offset: 4 });
  assert.ok(first.total >= 8);
  assert.equal(second.total, first.total);
  const seen = new Set([...ids(first), ...ids(second)]);
  assert.equal(seen.size, 8);
  assert.ok(first.hits.every((h, i) => i === 0 || h.score <= first.hits[i - 1]!.score));
});

test('a misspelt query gets a did-you-mean; a query with results does not', () => {
  const r = index.search('食品经营许克');
  assert.equal(r.total, 0);
  assert.ok(r.didYouMean?.startsWith('食品经营许可'), `didYouMean: ${r.didYouMean}`);
  // Following the suggestion finds the licence.
  assert.equal(index.search(r.didYouMean!).hits[0]?.doc.id, 'i-food');
  assert.equal(index.search('结婚登计').didYouMean, '结婚登记');
  assert.equal(index.search('食品经营许可').didYouMean, null);
  assert.equal(index.search('量子计算机').didYouMean, null, 'nothing close enough');
});

test('suggest completes names and aliases for type-ahead, most popular first', () => {
  const s = index.suggest('社会');
  assert.deepEqual(s.slice(0, 2), ['社会保障卡申领', '社会保障卡补领']);
  assert.ok(index.suggest('社保').includes('社保卡补办'));
  assert.deepEqual(index.suggest('结婚'), ['结婚登记', '内地居民结婚登记']);
  assert.equal(index.suggest('新生儿', 1).length, 1);
  // Names containing the text elsewhere come after the prefix matches.
  const inner = index.suggest('身份证');
  assert.equal(inner[0], '身份证补办');
  assert.ok(inner.includes('居民身份证补领'));
  assert.deepEqual(index.suggest(''), []);
});
