// Generated people and organisations for the dataset: valid ID numbers (GB 11643 check character) and
// credit codes (GB 32100, both check characters), Chinese names with a realistic surname skew.
import { idNumberCheckChar } from '../../server/src/modules/identity/id-number.ts';
import { makeUscc } from '../../server/src/modules/identity/uscc.ts';
import { Rng } from './random.ts';

// The commonest surnames first, so a skewed pick gives 王/李/张 their real share.
const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const GIVEN = [
  ...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉文斌浩宇子涵欣怡梓萱俊杰诗雨嘉豪雅婷晨阳思远佳琪一鸣雪梅海燕晓东春生丹凤家豪天佑若曦语桐',
];
const ORG_WORDS = [...'杭州西湖钱塘之江云栖龙井灵隐紫金华星恒泰鼎盛瑞丰宏达新禾远景博雅'];
const ORG_TRADES = [
  '餐饮管理',
  '科技',
  '贸易',
  '建筑工程',
  '物流',
  '文化传媒',
  '医疗器械',
  '电子商务',
  '物业服务',
  '教育咨询',
];
const ORG_FORMS = ['有限公司', '有限责任公司', '股份有限公司'];

export interface GeneratedPerson {
  name: string;
  idNumber: string;
  mobile: string;
}

export interface GeneratedOrganisation {
  name: string;
  uscc: string;
  kind: string;
  regionCode: string;
}

/**
 * Person `index` of the pool: born 1950–2006 in one of the counties, 11-digit mobile. A later `attempt`
 * draws another ID number, for the rare pair of indexes that drew the same one.
 */
export function generatedPerson(
  seed: number,
  index: number,
  counties: readonly string[],
  attempt = 0,
): GeneratedPerson {
  const rng = new Rng(seed, 101 + attempt * 1000, index);
  const surname = SURNAMES[Math.min(SURNAMES.length - 1, Math.floor(rng.exponential(12)))]!;
  const given = rng.pick(GIVEN) + (rng.chance(0.7) ? rng.pick(GIVEN) : '');
  const region = rng.pick(counties);
  const birth = new Date(Date.UTC(1950, 0, 1) + rng.int(0, 56 * 365) * 86_400_000).toISOString().slice(0, 10);
  // The sequence's last digit is odd for men, even for women; make it unique per index.
  const sequence = String((index % 500) * 2 + rng.int(0, 1)).padStart(3, '0');
  const first17 = `${region}${birth.replaceAll('-', '')}${sequence}`;
  const mobile = `1${rng.pick(['3', '5', '7', '8', '9'])}${String(index).padStart(9, '0')}`;
  return { name: surname + given, idNumber: first17 + idNumberCheckChar(first17), mobile };
}

/** Organisation `index`: 杭州… limited companies with a valid credit code registered in a county. */
export function generatedOrganisation(
  seed: number,
  index: number,
  counties: readonly string[],
): GeneratedOrganisation {
  const rng = new Rng(seed, 102, index);
  const regionCode = rng.pick(counties);
  const brand = rng.pick(ORG_WORDS) + rng.pick(ORG_WORDS);
  return {
    name: `杭州${brand}${rng.pick(ORG_TRADES)}${ORG_FORMS[rng.int(0, 2)]}（${index + 1}号）`,
    uscc: makeUscc({ registrationAuthority: '9', category: '1', regionCode, sequence: 70_000_000 + index }),
    kind: 'enterprise',
    regionCode,
  };
}
