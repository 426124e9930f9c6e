// Catalogue search benchmark: builds the in-memory index over 20k and 100k generated items and
// times a fixed mix of realistic queries against a plain String.includes scan of the names.
// Run: node --import tsx bench/search.bench.ts   (not a test; prints a markdown table)
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  SearchIndex,
  type SearchDoc,
  type SearchFilters,
  type Synonym,
} from '../server/src/modules/catalog/search/search-index.ts';

const SIZES = (process.env.BENCH_SIZES ?? '20000,100000').split(',').map(Number);
const SEED = 20241126;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

// ---- deterministic generator ----

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROVINCES = [
  {
    code: '33',
    name: '浙江省',
    cities: [
      '杭州市',
      '宁波市',
      '温州市',
      '嘉兴市',
      '湖州市',
      '绍兴市',
      '金华市',
      '衢州市',
      '舟山市',
      '台州市',
      '丽水市',
    ],
  },
  {
    code: '32',
    name: '江苏省',
    cities: [
      '南京市',
      '无锡市',
      '徐州市',
      '常州市',
      '苏州市',
      '南通市',
      '连云港市',
      '淮安市',
      '盐城市',
      '扬州市',
      '镇江市',
      '泰州市',
      '宿迁市',
    ],
  },
];
const COUNTY_NAMES = [
  '上城区',
  '拱墅区',
  '西湖区',
  '滨江区',
  '萧山区',
  '余杭区',
  '临平区',
  '钱塘区',
  '富阳区',
  '临安区',
  '桐庐县',
  '淳安县',
  '建德市',
  '海曙区',
  '江北区',
  '北仑区',
  '镇海区',
  '鄞州区',
  '奉化区',
  '象山县',
  '宁海县',
  '余姚市',
  '慈溪市',
  '鹿城区',
  '龙湾区',
  '瓯海区',
  '洞头区',
  '永嘉县',
  '平阳县',
  '苍南县',
  '文成县',
  '泰顺县',
  '瑞安市',
  '乐清市',
  '南湖区',
  '秀洲区',
  '嘉善县',
  '海盐县',
  '海宁市',
  '平湖市',
  '桐乡市',
  '吴兴区',
  '南浔区',
  '德清县',
  '长兴县',
  '安吉县',
  '越城区',
  '柯桥区',
  '上虞区',
  '新昌县',
  '诸暨市',
  '嵊州市',
  '婺城区',
  '金东区',
  '武义县',
  '浦江县',
  '磐安县',
  '兰溪市',
  '义乌市',
  '东阳市',
];

interface Region {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
}
const REGIONS: Region[] = [];
for (const p of PROVINCES) {
  REGIONS.push({ code: `${p.code}0000`, name: p.name, level: 'province' });
  p.cities.forEach((city, ci) => {
    const cityCode = `${p.code}${String(ci + 1).padStart(2, '0')}`;
    REGIONS.push({ code: `${cityCode}00`, name: city, level: 'city' });
    for (let k = 1; k <= 8; k++) {
      const county = COUNTY_NAMES[(ci * 8 + k + p.cities.length) % COUNTY_NAMES.length]!;
      REGIONS.push({
        code: `${cityCode}${String(k).padStart(2, '0')}`,
        name: `${city.slice(0, -1)}${county}`,
        level: 'county',
      });
    }
  });
}

interface Base {
  name: string;
  dept: string;
  type: string;
  topics: string[];
  aliases: string[];
  materials: string[];
}

const DEPTS: Record<
  string,
  { topic: string; licences: string[]; registrations: string[]; benefits: string[]; services: string[] }
> = {
  市场监督管理局: {
    topic: '开办企业',
    licences: [
      '食品经营许可证',
      '食品生产许可证',
      '药品经营许可证',
      '医疗器械经营许可证',
      '特种设备生产许可证',
      '工业产品生产许可证',
      '计量标准考核证书',
      '小作坊登记证',
    ],
    registrations: [
      '企业设立',
      '企业变更',
      '企业注销',
      '个体工商户',
      '农民专业合作社',
      '分公司设立',
      '股权出质',
      '特种设备使用',
    ],
    benefits: [],
    services: ['企业年报', '营业执照补领', '食品小摊点备案', '广告发布登记'],
  },
  公安局: {
    topic: '户籍办理',
    licences: [
      '居民身份证',
      '机动车驾驶证',
      '临时身份证明',
      '往来港澳通行证',
      '普通护照',
      '剧毒化学品购买许可证',
      '旅馆业特种行业许可证',
      '爆破作业单位许可证',
    ],
    registrations: [
      '出生',
      '户口迁入',
      '户口迁出',
      '死亡户口注销',
      '机动车注册',
      '机动车转移',
      '印章刻制',
      '居住',
    ],
    benefits: [],
    services: ['户籍证明开具', '无犯罪记录证明开具', '居住证签注', '交通违法处理'],
  },
  卫生健康委员会: {
    topic: '医疗卫生',
    licences: [
      '公共场所卫生许可证',
      '医疗机构执业许可证',
      '放射诊疗许可证',
      '母婴保健技术服务执业许可证',
      '医师执业证书',
      '护士执业证书',
      '消毒产品生产企业卫生许可证',
      '饮用水供水单位卫生许可证',
    ],
    registrations: ['生育', '诊所备案', '医师多机构执业备案'],
    benefits: ['计划生育家庭特别扶助金', '农村部分计划生育家庭奖励扶助金'],
    services: ['出生医学证明办理', '死亡医学证明办理', '预防接种证办理', '职业健康检查机构备案'],
  },
  人力资源和社会保障局: {
    topic: '社会保障',
    licences: ['人力资源服务许可证', '劳务派遣经营许可证', '职业技能等级证书', '社会保障卡'],
    registrations: ['就业失业', '社会保险参保', '灵活就业人员参保', '工伤认定', '劳动合同备案'],
    benefits: [
      '失业保险金',
      '基本养老保险待遇',
      '丧葬补助金',
      '工伤保险待遇',
      '一次性创业补贴',
      '稳岗返还',
      '技能提升补贴',
    ],
    services: ['社会保险个人权益记录查询', '养老保险关系转移接续', '社会保障卡挂失', '职业介绍'],
  },
  民政局: {
    topic: '婚姻登记',
    licences: ['养老机构备案证明', '殡葬设施建设审批'],
    registrations: ['结婚', '离婚', '社会团体成立', '民办非企业单位成立', '慈善组织认定', '收养'],
    benefits: [
      '最低生活保障',
      '特困人员救助供养',
      '临时救助',
      '高龄津贴',
      '残疾人两项补贴',
      '孤儿基本生活费',
    ],
    services: ['婚姻登记记录证明', '补领结婚证', '补领离婚证', '地名命名'],
  },
  自然资源和规划局: {
    topic: '住房保障',
    licences: [
      '建设工程规划许可证',
      '建设用地规划许可证',
      '乡村建设规划许可证',
      '测绘资质证书',
      '采矿许可证',
    ],
    registrations: ['不动产首次', '不动产转移', '不动产变更', '不动产抵押', '不动产注销', '预告'],
    benefits: [],
    services: ['不动产登记资料查询', '不动产权证书补发', '宅基地审批', '规划条件核实'],
  },
  住房和城乡建设局: {
    topic: '工程建设',
    licences: [
      '建筑工程施工许可证',
      '建筑业企业资质证书',
      '房地产开发企业资质证书',
      '商品房预售许可证',
      '燃气经营许可证',
      '城镇污水排入排水管网许可证',
    ],
    registrations: ['房屋租赁', '物业服务企业', '商品房买卖合同网签'],
    benefits: ['公共租赁住房租赁补贴'],
    services: ['建设工程竣工验收备案', '公共租赁住房申请', '房屋安全鉴定'],
  },
  交通运输局: {
    topic: '交通出行',
    licences: [
      '道路运输经营许可证',
      '道路运输证',
      '出租汽车驾驶员从业资格证',
      '网络预约出租汽车运输证',
      '公路超限运输许可',
      '机动车维修经营备案',
    ],
    registrations: ['道路货物运输车辆', '驾驶员培训机构'],
    benefits: [],
    services: ['道路运输从业人员诚信考核', '公交卡补办', '交通事故理赔服务'],
  },
  税务局: {
    topic: '纳税缴费',
    licences: ['增值税专用发票最高开票限额审批'],
    registrations: ['税务', '跨区域涉税事项报告', '一般纳税人', '税务注销'],
    benefits: ['出口退税', '增值税留抵退税'],
    services: [
      '发票领用',
      '代开增值税发票',
      '个人所得税综合所得汇算',
      '纳税申报',
      '完税证明开具',
      '社保费缴纳',
    ],
  },
  医疗保障局: {
    topic: '医疗卫生',
    licences: [],
    registrations: ['城乡居民基本医疗保险参保', '职工医疗保险参保', '异地就医备案', '门诊慢特病待遇认定'],
    benefits: ['生育津贴', '医疗费用零星报销', '医疗救助'],
    services: ['医保关系转移接续', '医保电子凭证激活', '定点医药机构申请'],
  },
  教育局: {
    topic: '教育科研',
    licences: ['民办学校办学许可证', '教师资格证', '校外培训机构办学许可证'],
    registrations: ['义务教育阶段新生入学', '学籍', '转学'],
    benefits: ['学生资助', '学前教育资助'],
    services: ['学历证明查询', '教师资格认定', '中考报名'],
  },
  住房公积金管理中心: {
    topic: '住房保障',
    licences: [],
    registrations: ['住房公积金缴存', '住房公积金账户设立', '住房公积金封存'],
    benefits: ['住房公积金提取', '住房公积金贷款', '租房提取住房公积金', '退休提取住房公积金'],
    services: ['住房公积金缴存证明', '住房公积金贷款还款', '住房公积金账户转移'],
  },
  残疾人联合会: {
    topic: '残疾人服务',
    licences: ['残疾人证'],
    registrations: ['残疾人就业'],
    benefits: ['残疾人辅助器具补贴', '残疾儿童康复救助'],
    services: ['残疾人证迁移', '残疾评定'],
  },
  生态环境局: {
    topic: '环境保护',
    licences: ['排污许可证', '危险废物经营许可证', '辐射安全许可证'],
    registrations: ['建设项目环境影响登记表'],
    benefits: [],
    services: ['建设项目环境影响评价审批', '环境信息公开'],
  },
  文化广电旅游局: {
    topic: '文化体育',
    licences: [
      '娱乐场所经营许可证',
      '网络文化经营许可证',
      '营业性演出许可证',
      '旅行社业务经营许可证',
      '互联网上网服务营业场所经营许可证',
    ],
    registrations: ['文物登记'],
    benefits: [],
    services: ['导游证核发', '星级饭店评定'],
  },
  应急管理局: {
    topic: '安全生产',
    licences: ['危险化学品经营许可证', '安全生产许可证', '烟花爆竹经营许可证', '特种作业操作证'],
    registrations: ['生产安全事故应急预案'],
    benefits: [],
    services: ['安全生产标准化评审'],
  },
};
const LICENCE_ACTIONS = ['核发', '变更', '延续', '注销', '补领'];
const REGISTRATION_ACTIONS = ['登记', '变更登记', '注销登记'];
const MATERIALS = [
  '居民身份证',
  '营业执照',
  '申请表',
  '法定代表人身份证明',
  '经营场所使用证明',
  '房屋租赁合同',
  '从业人员健康证明',
  '授权委托书',
  '户口簿',
  '结婚证',
  '出生医学证明',
  '不动产权证书',
  '购房合同',
  '劳动合同',
  '近期免冠照片',
  '公司章程',
  '股东会决议',
  '清算报告',
  '完税证明',
  '医疗费用发票',
  '死亡医学证明',
  '残疾评定表',
  '银行账户信息',
  '承诺书',
  '设计图纸',
  '环境影响报告表',
];
const GUIDE_TEMPLATES = [
  (n: string, d: string, m: string) =>
    `申请人可通过政务服务网或到${d}窗口申请${n}，提交${m}等材料，材料齐全、符合法定形式的当场受理。`,
  (n: string, d: string, m: string) =>
    `办理${n}需要提供${m}。${d}自受理之日起在承诺时限内作出决定，结果可邮寄送达。`,
  (n: string, d: string, m: string) =>
    `符合条件的申请人向${d}提出${n}申请，并提交${m}，经审查符合条件的予以办理，不符合的书面告知理由。`,
];
const BUNDLES = [
  ['新生儿出生一件事', '生育收养', ['出生一件事']],
  ['开办餐饮店一件事', '开办企业', ['开饭店一件事']],
  ['企业开办一件事', '开办企业', ['新办企业']],
  ['退休一件事', '社会保障', ['职工退休']],
  ['身后一件事', '死亡殡葬', ['逝者身后事']],
  ['企业注销一件事', '企业注销', ['企业退出']],
  ['入学一件事', '教育科研', ['新生入学一件事']],
  ['二手房转移登记及水电气联动过户一件事', '住房保障', ['二手房过户一件事']],
  ['残疾人服务一件事', '残疾人服务', ['残疾人证办理一件事']],
  ['开办便利店一件事', '开办企业', ['开超市一件事']],
  ['开办旅馆一件事', '开办企业', ['开民宿一件事']],
  ['员工录用一件事', '就业创业', ['招工一件事']],
  ['灵活就业一件事', '就业创业', ['灵活就业参保']],
  ['结婚生育一件事', '婚姻登记', ['婚育一件事']],
  ['军人退役一件事', '社会保障', ['退役军人安置']],
  ['水电气网联合报装一件事', '工程建设', ['报装一件事']],
] as const;

function generate(count: number): SearchDoc[] {
  const rand = mulberry32(SEED);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const bases: Base[] = [];
  for (const [dept, d] of Object.entries(DEPTS)) {
    const mats = () => Array.from({ length: 3 + Math.floor(rand() * 3) }, () => pick(MATERIALS));
    for (const l of d.licences)
      for (const a of LICENCE_ACTIONS)
        bases.push({
          name: `${l}${a}`,
          dept,
          type: '行政许可',
          topics: [d.topic],
          aliases: [`${l}${a === '核发' ? '办理' : a}申请`],
          materials: mats(),
        });
    for (const r of d.registrations)
      for (const a of REGISTRATION_ACTIONS)
        bases.push({
          name: `${r}${a}`,
          dept,
          type: '行政确认',
          topics: [d.topic],
          aliases: [`${r}${a}申请`],
          materials: mats(),
        });
    for (const b of d.benefits)
      bases.push({
        name: `${b}申领`,
        dept,
        type: '行政给付',
        topics: [d.topic, '社会保障'],
        aliases: [`${b}发放`, `申请${b}`],
        materials: mats(),
      });
    for (const s of d.services)
      bases.push({
        name: s,
        dept,
        type: '公共服务',
        topics: [d.topic],
        aliases: [`${s}服务`],
        materials: mats(),
      });
  }
  const docs: SearchDoc[] = [];
  // Bundles at province and city level.
  for (const r of REGIONS.filter((x) => x.level !== 'county'))
    for (const [name, topic, aliases] of BUNDLES) {
      if (docs.length >= count) break;
      docs.push({
        kind: 'bundle',
        id: `B${docs.length}`,
        name,
        aliases: [...aliases],
        text: {
          guide: `${r.name}${name}：一次告知、一表申请、一套材料、一窗受理。`,
          materials: [],
          topics: [topic],
          department: '',
        },
        filters: {
          departmentId: null,
          regionCode: r.code,
          itemType: null,
          topics: [topic],
          onlineDepth: null,
          zeroVisits: rand() < 0.5,
        },
        popularity: Math.floor(Math.exp(rand() * 9)),
      });
    }
  // Items: each region publishes each base item with some probability until the count is reached.
  for (let i = 0; docs.length < count; i++) {
    const base = bases[i % bases.length]!;
    const region = pick(REGIONS);
    const deptName = `${region.name}${base.dept}`;
    const guide = pick(GUIDE_TEMPLATES)(base.name, deptName, base.materials.slice(0, 2).join('、'));
    const depth = 1 + Math.floor(rand() * 8);
    docs.push({
      kind: 'item',
      id: `I${docs.length}`,
      name: base.name,
      aliases: base.aliases,
      text: { guide, materials: base.materials, topics: base.topics, department: deptName },
      filters: {
        departmentId: `${region.code}-${base.dept}`,
        regionCode: region.code,
        itemType: base.type,
        topics: base.topics,
        onlineDepth: depth,
        zeroVisits: depth >= 4 && rand() < 0.6,
      },
      popularity: Math.floor(Math.exp(rand() * 8)),
    });
  }
  return docs;
}

// ---- the query mix ----

interface Query {
  kind: string;
  q: string;
  filters?: SearchFilters;
}

function queries(docs: SearchDoc[], synonyms: Synonym[]): Query[] {
  const rand = mulberry32(SEED + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const fillers = ['', '要办什么', '怎么办', '在哪里办', '我想', '如何办理', '需要什么材料'];
  const out: Query[] = [];
  synonyms.forEach((s, i) => {
    const f = fillers[i % fillers.length]!;
    out.push({ kind: 'colloquial', q: f === '我想' ? `${f}${s.phrase}` : `${s.phrase}${f}` });
  });
  const names = [...new Set(docs.filter((d) => d.kind === 'item').map((d) => d.name))].sort();
  for (let i = 0; i < 50; i++) out.push({ kind: 'exact name', q: pick(names) });
  for (const q of [
    '社保',
    '医保',
    '许可',
    '登记',
    '执照',
    '户口',
    '驾照',
    '护照',
    '发票',
    '低保',
    '注销',
    '补领',
    '结婚',
    '退休',
    '出生',
    '食品',
    '公积',
    '残疾',
    '税务',
    '入学',
  ])
    out.push({ kind: '2-char', q });
  const regions = REGIONS.map((r) => r.code);
  const topics = Object.values(DEPTS).map((d) => d.topic);
  for (let i = 0; i < 30; i++) {
    const filters: SearchFilters = { regionCode: pick(regions) };
    if (i % 3 === 0) filters.zeroVisits = true;
    if (i % 3 === 1) filters.onlineDepth = 4;
    if (i % 5 === 0) filters.kind = 'item';
    out.push({
      kind: 'text + filters',
      q: pick(['营业执照', '开饭店', '社保卡丢了', '许可证', '公积金提取', '生孩子', '登记']),
      filters,
    });
  }
  for (let i = 0; i < 15; i++) {
    const d = pick(docs);
    const filters: SearchFilters =
      i % 3 === 0
        ? { topic: pick(topics) }
        : i % 3 === 1
          ? { departmentId: d.filters.departmentId ?? undefined }
          : { regionCode: pick(regions), itemType: '行政许可' };
    out.push({ kind: 'filters only', q: '', filters });
  }
  for (const q of [
    '食品经营许克',
    '社会保障咔补领',
    '结婚登计',
    '住房公基金提取',
    '营业执造',
    '残疾人正',
    '不动产转移灯记',
    '出生医学证名',
    '驾驶证换正',
    '道路运输经营许可正',
  ])
    out.push({ kind: 'misspelt', q });
  return out;
}

// ---- measurement ----

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

function time(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

async function memory(): Promise<number> {
  // Twice, with a turn of the event loop between, so freed ArrayBuffer backing stores are released.
  for (let i = 0; i < 2; i++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/** Exact bytes of the index's typed arrays (postings, columns, scratch). */
function typedArrayBytes(index: SearchIndex): number {
  let bytes = 0;
  for (const v of Object.values(index)) {
    if (ArrayBuffer.isView(v)) bytes += v.byteLength;
    else if (Array.isArray(v)) for (const x of v) if (ArrayBuffer.isView(x)) bytes += x.byteLength;
  }
  return bytes;
}

const synonyms = JSON.parse(
  readFileSync(new URL('../data/catalog/synonyms.json', import.meta.url), 'utf8'),
) as Synonym[];

interface Row {
  size: number;
  buildMs: number;
  memMiB: number;
  typedMiB: number;
  terms: number;
  meanTotal: number;
  found: number;
  scanFound: number;
  queries: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  scanP50: number;
  scanP95: number;
  byKind: Map<string, number[]>;
}

const rows: Row[] = [];
for (const size of SIZES) {
  const docs = generate(size);
  const before = await memory();
  let index!: SearchIndex;
  const buildMs = time(() => (index = new SearchIndex(docs, synonyms)));
  const memMiB = ((await memory()) - before) / 2 ** 20;
  const mix = queries(docs, synonyms);
  const names = docs.map((d) => d.name);
  const scan = (q: string) => {
    const hits: number[] = [];
    for (let i = 0; i < names.length; i++) if (names[i]!.includes(q)) hits.push(i);
    return hits.length;
  };
  // Warm-up: every query three times, so the JIT has seen each path.
  for (let r = 0; r < 3; r++)
    for (const q of mix) {
      index.search(q.q, { filters: q.filters, limit: 20 });
      scan(q.q);
    }
  const lat: number[] = [];
  const scanLat: number[] = [];
  const byKind = new Map<string, number[]>();
  // What each side finds: queries with at least one hit, and the index's mean match count.
  let found = 0;
  let scanFound = 0;
  let totals = 0;
  for (const q of mix) {
    const t = index.search(q.q, { filters: q.filters, limit: 20 }).total;
    totals += t;
    if (t > 0) found++;
    if (scan(q.q) > 0) scanFound++;
  }
  let sink = 0;
  for (let r = 0; r < 5; r++)
    for (const q of mix) {
      const ms = time(() => (sink += index.search(q.q, { filters: q.filters, limit: 20 }).total));
      lat.push(ms);
      if (!byKind.has(q.kind)) byKind.set(q.kind, []);
      byKind.get(q.kind)!.push(ms);
      scanLat.push(time(() => (sink += scan(q.q))));
    }
  if (sink < 0) console.log(sink);
  lat.sort((a, b) => a - b);
  scanLat.sort((a, b) => a - b);
  rows.push({
    size,
    buildMs,
    memMiB,
    typedMiB: typedArrayBytes(index) / 2 ** 20,
    meanTotal: totals / mix.length,
    found,
    scanFound,
    terms: (index as unknown as { termIds: Map<string, number> }).termIds.size,
    queries: mix.length,
    p50: percentile(lat, 50),
    p95: percentile(lat, 95),
    p99: percentile(lat, 99),
    max: lat[lat.length - 1]!,
    scanP50: percentile(scanLat, 50),
    scanP95: percentile(scanLat, 95),
    byKind,
  });
  index = undefined as unknown as SearchIndex;
}

const f = (x: number) => x.toFixed(x < 10 ? 2 : 0);
console.log(`\nnode ${process.version}, ${cpus().length} cores, ${cpus()[0]?.model ?? '?'}\n`);
console.log(
  '| docs | build | index memory (typed arrays / heap delta) | terms | queries × runs | p50 | p95 | p99 | max | includes-scan p50 / p95 | p95 ratio (scan ÷ index) |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows)
  console.log(
    `| ${r.size.toLocaleString('en')} | ${(r.buildMs / 1000).toFixed(1)} s | ${r.typedMiB.toFixed(0)} / ${r.memMiB.toFixed(0)} MiB | ${r.terms.toLocaleString('en')} | ${r.queries} × 5 | ${f(r.p50)} ms | ${f(r.p95)} ms | ${f(r.p99)} ms | ${f(r.max)} ms | ${f(r.scanP50)} / ${f(r.scanP95)} ms | ${(r.scanP95 / r.p95).toFixed(1)}× |`,
  );
console.log(
  '\nWhat each finds (queries with at least one hit; mean matching docs per query for the index):\n',
);
console.log('| docs | index finds | includes-scan finds | mean matches per query |');
console.log('|---:|---:|---:|---:|');
for (const r of rows)
  console.log(
    `| ${r.size.toLocaleString('en')} | ${r.found} / ${r.queries} | ${r.scanFound} / ${r.queries} | ${Math.round(r.meanTotal).toLocaleString('en')} |`,
  );
console.log('\np95 by query kind (ms):\n');
const kinds = [...rows[0]!.byKind.keys()];
console.log(`| docs | ${kinds.join(' | ')} |`);
console.log(`|---:|${kinds.map(() => '---:').join('|')}|`);
for (const r of rows)
  console.log(
    `| ${r.size.toLocaleString('en')} | ${kinds
      .map((k) =>
        f(
          percentile(
            [...r.byKind.get(k)!].sort((a, b) => a - b),
            95,
          ),
        ),
      )
      .join(' | ')} |`,
  );
