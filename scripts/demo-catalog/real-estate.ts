// 不动产登记: transfer, mortgage and first registration, and searches of the register.
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
  type MaterialDraft,
} from './common.ts';
import type { Fee } from '../../server/src/modules/catalog/content.ts';

const REGISTRATION_BASIS =
  '《中华人民共和国民法典》第二百零九条至第二百一十四条；《不动产登记暂行条例》第三条、第十四条、第二十条、第二十一条；《不动产登记暂行条例实施细则》';
const STATUTORY = '《不动产登记暂行条例》第二十条：自受理登记申请之日起30个工作日内办结不动产登记手续';
const FEE_BASIS =
  '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）；《财政部 国家发展改革委关于不动产登记收费有关政策问题的通知》（财税〔2016〕79号）';
const REGISTRATION_FEES: Fee[] = [
  {
    name: '不动产登记费（住宅类）',
    amountFen: 8000,
    standard: '住宅类每件80元；非住宅类每件550元',
    basis: FEE_BASIS,
    waivable: true,
    waiverBasis:
      '《财政部 国家发展改革委关于不动产登记收费有关政策问题的通知》（财税〔2016〕79号）规定的免收、减半收取情形',
  },
  {
    name: '不动产权属证书工本费',
    amountFen: 0,
    standard: '核发一本证书免收；每增加一本加收证书工本费10元',
    basis: FEE_BASIS,
    waivable: false,
  },
];
const HALL = { address: '不动产登记“一窗受理”窗口（交易、缴税、登记集成办理）' };
const propertyFields = () => ({
  propertyCertificateNo: F.propertyCertificateNo(),
  propertyUnitNo: F.propertyUnitNo(),
  propertyAddress: F.propertyAddress(),
  propertyArea: F.propertyArea(),
  use: select('房屋用途', ['住宅', '商业', '办公', '工业', '车位', '其他']),
});
const marriage = (who: string): MaterialDraft =>
  MAT.marriageCertificate({
    name: `${who}婚姻状况证明（结婚证或离婚证等）`,
    necessity: 'conditional',
    condition: '涉及夫妻共同财产的',
  });

export const realEstateItems = [
  item({
    key: 'estate.transfer',
    area: 'real-estate',
    seq: 1,
    name: '不动产转移登记（存量房买卖）',
    itemType: '行政确认',
    legalBasis: REGISTRATION_BASIS,
    aliases: ['二手房过户', '房产过户', '买卖过户', '二手房交易登记', '房屋过户'],
    serviceObjects: ['natural_person', 'legal_person'],
    acceptanceConditions:
      '已经登记的不动产因买卖发生权利转移，买卖双方共同申请；房屋已完成存量房买卖合同网签，依法缴纳税费，不存在查封、异议登记等限制转移的情形。',
    statutoryDays: 30,
    statutoryNote: STATUTORY,
    promisedDays: 1,
    promisedNote: '交易、缴税、登记“一窗受理、集成服务”，材料齐全当日办结并核发电子不动产权证书',
    fees: REGISTRATION_FEES,
    selfServiceTerminal: true,
    result: { type: 'certificate', name: '不动产权证书', licenceType: 'real_estate_certificate' },
    topics: { person: ['housing'], enterprise: ['change'] },
    location: HALL,
    faq: [
      [
        '二手房过户要多久？',
        '材料齐全、税费缴清后当日办结，可当场领取不动产权证书或选择电子证书和邮寄送达。',
      ],
      [
        '过户后水电气要另外去办吗？',
        '不用。申请“二手房转移登记及水电气过户一件事”，登簿后信息自动推送供水、供电、供气企业同步过户。',
      ],
      [
        '卖方不能到场怎么办？',
        '可委托代理人办理（授权委托书需公证），或双方通过浙里办在线人脸识别、电子签名全程网办。',
      ],
    ],
    materials: [
      applicationForm('不动产登记申请书'),
      MAT.idCard('买卖双方', { name: '买卖双方身份证明' }),
      MAT.realEstateCertificate(),
      own('存量房买卖合同（网签备案）', {
        sourceChannel: 'government',
        form: 'electronic',
        copies: 0,
        sourceNote: '网签备案信息由系统共享',
        concept: 'house_sale_contract',
      }),
      own('完税凭证', {
        sourceChannel: 'government',
        form: 'electronic',
        copies: 0,
        sourceNote: '税务部门完税信息实时共享',
        concept: 'tax_payment_record',
      }),
      marriage('买卖双方'),
      MAT.powerOfAttorney({ name: '经公证的授权委托书及受托人身份证明' }),
    ],
    form: form({
      ...propertyFields(),
      price: number('成交价格（万元）'),
      contractNo: text('网签合同编号', 'property.contractNo', { maxLength: 40 }),
      sellers: ROWS.rightHolders('转让方（卖方）', 'property.sellers'),
      buyers: ROWS.rightHolders('受让方（买方）', 'property.buyers'),
      applicantMobile: F.applicantMobile(),
    }),
    at: ['hz', 'xh'],
  }),
  item({
    key: 'estate.mortgage',
    area: 'real-estate',
    seq: 2,
    name: '不动产抵押权首次登记',
    itemType: '行政确认',
    legalBasis: REGISTRATION_BASIS + '；《中华人民共和国民法典》第三百九十五条、第四百零二条',
    aliases: ['房屋抵押登记', '按揭登记', '抵押贷款登记', '房产抵押'],
    serviceObjects: ['natural_person', 'legal_person'],
    acceptanceConditions:
      '以建设用地使用权、房屋等不动产设定抵押的，抵押人与抵押权人共同申请抵押权首次登记；抵押物已办理所有权登记且不存在查封等限制。',
    statutoryDays: 30,
    statutoryNote: STATUTORY,
    promisedDays: 1,
    promisedNote: '银行端“不动产抵押登记”延伸服务，线上申请1个工作日内办结',
    fees: [REGISTRATION_FEES[0]!],
    result: { type: 'certificate', name: '不动产登记证明（抵押权）' },
    topics: { person: ['housing'], enterprise: ['change'] },
    materials: [
      applicationForm('不动产登记申请书'),
      MAT.idCard('抵押人', { name: '抵押人身份证明' }),
      MAT.realEstateCertificate(),
      own('主债权合同和抵押合同', { sourceNote: '合作银行可在线推送' }),
    ],
    form: form({
      ...propertyFields(),
      mortgagee: text('抵押权人（银行）', 'mortgage.mortgagee', { maxLength: 100 }),
      amount: number('被担保主债权数额（万元）'),
      termStart: date('债务履行期限起'),
      termEnd: date('债务履行期限止'),
      applicantName: F.applicantName(),
      applicantIdNumber: F.applicantIdNumber(),
      applicantMobile: F.applicantMobile(),
    }),
    at: ['hz', 'xh'],
  }),
  item({
    key: 'estate.first-registration',
    area: 'real-estate',
    seq: 3,
    name: '国有建设用地使用权及房屋所有权首次登记',
    itemType: '行政确认',
    legalBasis: REGISTRATION_BASIS,
    aliases: ['新房办证', '商品房首次登记', '大产证', '初始登记'],
    serviceObjects: ['legal_person'],
    acceptanceConditions:
      '依法利用国有建设用地建造房屋的，房屋竣工验收合格后，建设单位申请国有建设用地使用权及房屋所有权首次登记。',
    statutoryDays: 30,
    statutoryNote: STATUTORY,
    promisedDays: 5,
    fees: REGISTRATION_FEES,
    result: { type: 'certificate', name: '不动产权证书', licenceType: 'real_estate_certificate' },
    topics: { enterprise: ['construction'] },
    materials: [
      applicationForm('不动产登记申请书'),
      MAT.businessLicence(),
      MAT.realEstateCertificate({ name: '国有建设用地使用权不动产权证书' }),
      own('建设工程符合规划的材料（规划核实意见）', {
        sourceChannel: 'government',
        form: 'electronic',
        copies: 0,
      }),
      own('建设工程竣工验收备案材料', { sourceChannel: 'government', form: 'electronic', copies: 0 }),
      own('房屋测绘报告', { sourceChannel: 'intermediary' }),
    ],
    form: form({
      enterpriseName: F.enterpriseName(),
      enterpriseUscc: F.enterpriseUscc(),
      projectName: F.projectName(),
      projectAddress: F.projectAddress(),
      projectFloorArea: F.projectFloorArea(),
      contactMobile: F.contactMobile(),
    }),
    at: ['hz', 'xh'],
  }),
  item({
    key: 'estate.search',
    area: 'real-estate',
    seq: 4,
    name: '不动产登记资料查询',
    itemType: '公共服务',
    legalBasis: '《不动产登记暂行条例》第二十七条；《不动产登记资料查询暂行办法》',
    aliases: ['查房产', '房产证明', '无房证明', '有房证明', '不动产权属查询'],
    serviceObjects: ['natural_person', 'legal_person'],
    acceptanceConditions:
      '权利人、利害关系人可以依法查询、复制不动产登记资料；权利人可查询本人名下全部不动产登记结果。',
    statutoryDays: null,
    promisedDays: 0,
    selfServiceTerminal: true,
    result: { type: 'document', name: '不动产登记资料查询结果证明' },
    topics: { person: ['housing'] },
    crossRegionScope: 'province',
    faq: [
      [
        '无房证明怎么开？',
        '通过浙里办“不动产查询”按身份证号查询本人名下不动产，生成带电子签章的查询结果证明，可在线验真。',
      ],
    ],
    materials: [MAT.idCard('查询人')],
    form: form(
      {
        applicantName: F.applicantName(),
        applicantIdNumber: F.applicantIdNumber(),
        scope: select('查询范围', ['本人名下全部不动产', '指定不动产']),
        propertyAddress: F.propertyAddress(),
        purpose: select('查询目的', ['购房资格审核', '子女入学', '公积金提取', '贷款', '诉讼', '其他']),
        applicantMobile: F.applicantMobile(),
      },
      ['propertyAddress'],
    ),
    at: ['hz', 'xh'],
  }),
];
