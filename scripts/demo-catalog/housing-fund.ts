// 住房公积金: employer and employee accounts, withdrawals (retirement, renting, buying, death), loans.
import {
  F,
  MAT,
  ROWS,
  applicationForm,
  date,
  form,
  item,
  number,
  own,
  select,
  text,
  type ItemDraft,
} from './common.ts';

const REGULATION = '《住房公积金管理条例》';
const WITHDRAWAL_STATUTORY = `${REGULATION}第二十五条：住房公积金管理中心应当自受理申请之日起3日内作出准予提取或者不准提取的决定`;
const FUND_HALL = {
  address: '杭州住房公积金管理中心西湖分中心服务大厅（西湖区政务服务中心内）；浙里办、公积金APP网上办理',
};

/** 住房公积金提取: one base item per withdrawal ground (条例第二十四条), all decided within 3 days. */
function withdrawal({
  clause,
  extraFields = {},
  promisedDays = 0,
  ...d
}: Pick<
  ItemDraft,
  | 'key'
  | 'seq'
  | 'name'
  | 'aliases'
  | 'acceptanceConditions'
  | 'topics'
  | 'faq'
  | 'at'
  | 'materials'
  | 'location'
> & {
  clause: string;
  extraFields?: ItemDraft['form']['properties'];
  promisedDays?: number;
}) {
  return item({
    ...d,
    area: 'housing-fund',
    itemType: '公共服务',
    legalBasis: `${REGULATION}第二十四条${clause}、第二十五条`,
    serviceObjects: ['natural_person'],
    statutoryDays: 3,
    statutoryNote: WITHDRAWAL_STATUTORY,
    promisedDays,
    result: { type: 'other', name: '住房公积金提取（转入本人银行账户）' },
    form: form({
      applicantName: F.applicantName(),
      applicantIdNumber: F.applicantIdNumber(),
      housingFundAccount: F.housingFundAccount(),
      ...extraFields,
      amount: number('申请提取金额（元）'),
      bankName: F.bankName(),
      bankAccount: F.bankAccount(),
      applicantMobile: F.applicantMobile(),
    }),
  });
}

export const housingFundItems = [
  item({
    key: 'fund.employer-registration',
    area: 'housing-fund',
    seq: 1,
    name: '住房公积金单位缴存登记',
    itemType: '公共服务',
    legalBasis: `${REGULATION}第十三条、第十四条`,
    aliases: ['公积金开户', '单位公积金开户', '公司开公积金'],
    serviceObjects: ['legal_person'],
    acceptanceConditions:
      '新设立的单位应当自设立之日起30日内到住房公积金管理中心办理住房公积金缴存登记，并为本单位职工办理住房公积金账户设立手续。',
    statutoryDays: null,
    promisedDays: 0,
    result: { type: 'other', name: '住房公积金单位缴存登记信息' },
    topics: { enterprise: ['startup', 'employment_enterprise'] },
    faq: [
      [
        '新公司一定要开公积金账户吗？',
        '是的。《住房公积金管理条例》第十四条规定新设立的单位应当自设立之日起30日内办理缴存登记；可在“企业开办一件事”中与营业执照同步办理。',
      ],
    ],
    materials: [
      MAT.businessLicence(),
      MAT.legalRepresentativeIdCard(),
      applicationForm('住房公积金单位缴存登记表'),
    ],
    form: form({
      enterpriseName: F.enterpriseName(),
      enterpriseUscc: F.enterpriseUscc(),
      legalRepName: F.legalRepName(),
      contributionRate: select('缴存比例', ['5%', '6%', '7%', '8%', '9%', '10%', '11%', '12%']),
      contactName: F.contactName(),
      contactMobile: F.contactMobile(),
    }),
    at: ['xh', 'hz'],
  }),
  item({
    key: 'fund.employee-account',
    area: 'housing-fund',
    seq: 2,
    name: '住房公积金个人账户设立',
    itemType: '公共服务',
    legalBasis: `${REGULATION}第十五条`,
    aliases: ['员工公积金开户', '公积金增员', '个人公积金开户'],
    serviceObjects: ['legal_person'],
    acceptanceConditions:
      '单位录用职工的，应当自录用之日起30日内到住房公积金管理中心办理缴存登记，并办理职工住房公积金账户的设立或者转移手续。',
    statutoryDays: null,
    promisedDays: 0,
    result: { type: 'other', name: '职工住房公积金账户' },
    topics: { enterprise: ['employment_enterprise'] },
    location: FUND_HALL,
    materials: [own('职工名单及身份证明', { form: 'electronic', copies: 0, sourceNote: '单位网厅在线提交' })],
    form: form({
      enterpriseName: F.enterpriseName(),
      enterpriseUscc: F.enterpriseUscc(),
      employees: ROWS.employees(),
      contactMobile: F.contactMobile(),
    }),
    at: ['xh'],
  }),
  withdrawal({
    key: 'fund.withdrawal-retirement',
    seq: 3,
    name: '住房公积金提取（离休、退休）',
    clause: '第一款第（二）项',
    aliases: ['退休提取公积金', '退休取公积金', '公积金销户提取'],
    acceptanceConditions:
      '职工离休、退休的，可以提取职工住房公积金账户内的存储余额，同时注销职工住房公积金账户。',
    topics: { person: ['retirement', 'housing'] },
    faq: [
      [
        '退休后公积金什么时候可以取？',
        '办理退休手续后即可申请，退休信息由人力社保部门共享，通过“退休一件事”可自动触发提取。',
      ],
    ],
    materials: [MAT.idCard(), MAT.retirementApproval(), MAT.bankAccount()],
    extraFields: { retirementDate: date('退休日期', 'retirement.date') },
    at: ['xh', 'zj'],
  }),
  withdrawal({
    key: 'fund.withdrawal-rent',
    seq: 4,
    name: '住房公积金提取（租赁住房）',
    clause: '第一款第（六）项',
    aliases: ['租房提取公积金', '房租提取', '租房取公积金'],
    acceptanceConditions:
      '职工本人及配偶在本市无自有住房且租赁住房的，可以按规定额度提取住房公积金支付房租。',
    topics: { person: ['housing'] },
    faq: [
      ['租房提取一次能取多少？', '按杭州市规定的月提取限额按季度或按年提取，具体额度以当年公布标准为准。'],
    ],
    materials: [MAT.idCard(), MAT.propertyRecord('本人及配偶在本市无自有住房的核验信息'), MAT.bankAccount()],
    extraFields: { rentAddress: F.propertyAddress() },
    location: FUND_HALL,
    at: ['xh'],
  }),
  withdrawal({
    key: 'fund.withdrawal-purchase',
    seq: 5,
    name: '住房公积金提取（购买自住住房）',
    clause: '第一款第（一）项',
    aliases: ['买房提取公积金', '购房提取', '首付提取公积金'],
    acceptanceConditions:
      '职工购买、建造、翻建、大修自住住房的，可以提取本人及配偶住房公积金账户内的存储余额。',
    topics: { person: ['housing'] },
    materials: [
      MAT.idCard(),
      MAT.realEstateCertificate({ name: '购房合同或不动产权证书' }),
      MAT.marriageCertificate({ necessity: 'conditional', condition: '提取配偶住房公积金的' }),
      MAT.bankAccount(),
    ],
    extraFields: { propertyCertificateNo: F.propertyCertificateNo(), propertyAddress: F.propertyAddress() },
    promisedDays: 1,
    location: FUND_HALL,
    at: ['xh'],
  }),
  withdrawal({
    key: 'fund.withdrawal-death',
    seq: 6,
    name: '住房公积金提取（职工死亡或被宣告死亡）',
    clause: '第三款',
    aliases: ['去世提取公积金', '继承公积金', '死亡提取公积金'],
    acceptanceConditions:
      '职工死亡或者被宣告死亡的，职工的继承人、受遗赠人可以提取职工住房公积金账户内的存储余额；无继承人也无受遗赠人的，存储余额纳入住房公积金的增值收益。',
    topics: { person: ['death', 'housing'] },
    materials: [
      MAT.deathRecord(),
      MAT.idCard('继承人'),
      own('继承权证明（继承权公证书、人民法院判决书等或亲属关系证明）', { concept: 'inheritance_proof' }),
      MAT.bankAccount(),
    ],
    extraFields: {
      deceasedName: F.deceasedName(),
      deceasedIdNumber: F.deceasedIdNumber(),
      relation: F.relationToDeceased(),
      heirs: ROWS.heirs(),
    },
    promisedDays: 1,
    location: FUND_HALL,
    at: ['xh'],
  }),
  item({
    key: 'fund.loan',
    area: 'housing-fund',
    seq: 7,
    name: '住房公积金个人住房贷款',
    itemType: '公共服务',
    legalBasis: `${REGULATION}第二十六条`,
    aliases: ['公积金贷款', '公积金买房贷款', '组合贷款'],
    serviceObjects: ['natural_person'],
    acceptanceConditions:
      '缴存住房公积金的职工，在购买、建造、翻建、大修自住住房时，符合本市住房公积金贷款条件（连续足额缴存时间、还款能力等）的，可以申请住房公积金贷款。',
    statutoryDays: 15,
    statutoryNote: `${REGULATION}第二十六条：住房公积金管理中心应当自受理申请之日起15日内作出准予贷款或者不准贷款的决定`,
    promisedDays: 5,
    result: { type: 'other', name: '住房公积金贷款审批结果' },
    topics: { person: ['housing'] },
    location: FUND_HALL,
    materials: [
      applicationForm('住房公积金个人住房贷款申请表'),
      MAT.idCard('借款人及配偶', { name: '借款人及配偶居民身份证' }),
      MAT.marriageCertificate({ necessity: 'conditional', condition: '借款人已婚的' }),
      own('购房合同（网签）', {
        sourceChannel: 'government',
        form: 'electronic',
        copies: 0,
        concept: 'house_sale_contract',
      }),
      own('首付款证明'),
    ],
    form: form({
      applicantName: F.applicantName(),
      applicantIdNumber: F.applicantIdNumber(),
      housingFundAccount: F.housingFundAccount(),
      propertyAddress: F.propertyAddress(),
      price: number('房屋总价（万元）'),
      loanAmount: number('申请贷款金额（万元）'),
      term: select('贷款期限', ['5年', '10年', '15年', '20年', '25年', '30年']),
      bank: text('受托银行', undefined, { maxLength: 60 }),
      applicantMobile: F.applicantMobile(),
    }),
    at: ['xh'],
  }),
];
