// 市场监督管理: market entity registration, food permits, special equipment.
import {
  F,
  MAT,
  NO_STATUTORY_LIMIT,
  ROWS,
  address,
  applicationForm,
  commitmentLetter,
  date,
  form,
  item,
  own,
  select,
  step,
  text,
  type HandlingDraft,
} from './common.ts';

const REGISTRATION_BASIS =
  '《中华人民共和国公司法》第二十九条、第三十条；《中华人民共和国市场主体登记管理条例》第三条、第十九条；《中华人民共和国市场主体登记管理条例实施细则》';
const REGISTRATION_STATUTORY_NOTE =
  '《中华人民共和国市场主体登记管理条例》第十九条：材料齐全、符合法定形式的予以确认并当场登记；不能当场登记的，应当在3个工作日内予以登记';
const BUSINESS_LICENCE = { type: 'certificate', name: '营业执照', licenceType: 'business_licence' } as const;
const INDIVIDUAL_BASIS =
  '《促进个体工商户发展条例》；《中华人民共和国市场主体登记管理条例》第三条、第十九条；《中华人民共和国市场主体登记管理条例实施细则》';
const FOOD_BUSINESS_BASIS =
  '《中华人民共和国食品安全法》第三十五条；《中华人民共和国食品安全法实施条例》；《食品经营许可和备案管理办法》（国家市场监督管理总局令第78号）';

/**
 * 食品经营许可: 告知承诺 for the layout and the safety rules (国办发〔2020〕42号; 市场监管总局令第78号),
 * checked on site within 20 working days; the list of safety managers may follow (容缺).
 */
const FOOD_HANDLING: HandlingDraft = {
  process: [
    step('accept', '受理', 'window', 1),
    step('review', '审查（必要时现场核查）', 'reviewer', 3),
    step('decide', '许可决定', 'leader', 1),
    step('issue', '发证', 'window', 0),
  ],
  commitment: {
    text:
      '本人（本单位）已知晓食品经营许可的条件和要求，郑重承诺：\n' +
      '1. 经营场所、设备设施布局和操作流程符合《食品经营许可和备案管理办法》及食品安全国家标准的要求；\n' +
      '2. 已建立食品安全自查、从业人员健康管理、进货查验记录等食品安全管理制度并有效实施；\n' +
      '3. 所填报的信息和提交的材料真实、有效。\n' +
      '本人（本单位）同意市场监督管理部门在作出许可决定后20个工作日内进行现场核查。如承诺不实，愿承担许可被依法撤销、记入信用记录等法律责任。',
    // 经营场所平面布局图及设备布局、操作流程说明; 食品安全管理制度.
    materialKeys: ['M04', 'M05'],
    verification: { withinDays: 20, method: 'site_inspection' },
  },
  // 食品安全管理人员名单及培训考核情况.
  gapAcceptance: { materialKeys: ['M06'] },
};

/** 变更 and 延续 are promised in 1 working day. */
const FOOD_ONE_DAY_HANDLING: HandlingDraft = {
  ...FOOD_HANDLING,
  process: [
    step('accept', '受理', 'window', 0),
    step('review', '审查', 'reviewer', 1),
    step('decide', '许可决定', 'leader', 0),
    step('issue', '发证', 'window', 0),
  ],
};

export const marketItems = [
  item({
    key: 'market.company-establishment',
    area: 'market',
    seq: 1,
    name: '企业设立登记',
    itemType: '行政许可',
    legalBasis: REGISTRATION_BASIS,
    aliases: ['公司注册', '注册公司', '开公司', '办营业执照', '有限责任公司设立登记', '企业开办'],
    serviceObjects: ['natural_person', 'legal_person'],
    acceptanceConditions:
      '1. 企业名称符合《企业名称登记管理规定》，经自主申报通过；2. 住所（经营场所）真实、合法；3. 股东、法定代表人等符合法律、行政法规规定的任职资格，法定代表人未被列入失信被执行人名单；4. 公司章程符合《中华人民共和国公司法》规定；5. 申请材料齐全、符合法定形式。',
    statutoryDays: 3,
    statutoryNote: REGISTRATION_STATUTORY_NOTE,
    promisedDays: 1,
    promisedNote: '企业开办全流程1个工作日内办结，营业执照材料齐全当日核发',
    result: BUSINESS_LICENCE,
    topics: { enterprise: ['startup'] },
    selfServiceTerminal: true,
    crossRegionScope: 'province',
    faq: [
      [
        '注册公司需要实缴注册资本吗？',
        '不需要在登记时实缴。根据2023年修订的《中华人民共和国公司法》第四十七条，有限责任公司全体股东认缴的出资额应当自公司成立之日起五年内缴足。',
      ],
      [
        '可以用住宅作为公司住所吗？',
        '浙江省实行住所（经营场所）申报承诺制，申请人对住所的真实性、合法性作出承诺即可；法律法规禁止在住宅内从事的经营活动除外。',
      ],
      [
        '拿到营业执照后还要办什么？',
        '可在“企业开办一件事”中一并办理公章刻制、涉税事项、员工参保登记、住房公积金缴存登记和银行开户预约，全程1个工作日。',
      ],
      [
        '营业执照有电子版吗？',
        '有。营业执照核发后同步生成电子营业执照，可在浙里办或电子营业执照小程序中下载、亮照和授权使用。',
      ],
    ],
    materials: [
      applicationForm('公司登记（备案）申请书'),
      own('公司章程', { acceptanceStandard: '全体股东签署；可使用登记机关提供的章程示范文本' }),
      MAT.idCard('股东（自然人）', { name: '股东主体资格证明（自然人股东居民身份证或法人股东营业执照）' }),
      MAT.legalRepresentativeIdCard(),
      own('法定代表人、董事、监事和经理的任职文件', {
        sourceNote: '网上申请时可在线签署股东会决议或任职文件',
      }),
      MAT.creditRecord('法定代表人'),
      MAT.leaseContract({ name: '住所（经营场所）使用证明或住所申报承诺书' }),
      MAT.powerOfAttorney(),
    ],
    form: form(
      {
        enterpriseName: F.enterpriseName(),
        enterpriseType: F.enterpriseType(),
        enterpriseAddress: F.enterpriseAddress(),
        registeredCapital: F.registeredCapital(),
        businessScope: F.businessScope(),
        legalRepName: F.legalRepName(),
        legalRepIdNumber: F.legalRepIdNumber(),
        legalRepMobile: F.legalRepMobile(),
        shareholders: ROWS.shareholders(),
        employeeCount: F.employeeCount(),
        applicantMobile: F.applicantMobile(),
      },
      ['employeeCount'],
    ),
    // Registration stays with a person: 审核 by a registrar, 核准 by the chief, then the licence, all
    // on the day (营业执照材料齐全当日核发).
    handling: {
      process: [
        step('accept', '受理', 'window', 0),
        step('review', '登记审核', 'reviewer', 0),
        step('decide', '核准登记', 'leader', 0),
        step('issue', '核发营业执照', 'window', 0),
      ],
    },
    at: [
      {
        level: 'zj',
        override: {
          acceptanceConditions:
            '由浙江省市场监督管理局登记的企业（省属国有企业等）：名称、住所、股东和章程符合法律法规规定，材料齐全、符合法定形式。',
        },
      },
      'hz',
      'xh',
    ],
  }),
  item({
    key: 'market.company-change',
    area: 'market',
    seq: 2,
    name: '企业变更登记',
    itemType: '行政许可',
    legalBasis: REGISTRATION_BASIS + '；《中华人民共和国市场主体登记管理条例》第二十四条',
    aliases: ['公司变更', '变更法人', '变更地址', '增资', '股权转让登记', '经营范围变更'],
    serviceObjects: ['legal_person'],
    acceptanceConditions:
      '企业登记事项发生变更的，应当自作出变更决议、决定或者法定变更事项发生之日起30日内申请变更登记；变更事项符合法律法规规定，材料齐全、符合法定形式。',
    statutoryDays: 3,
    statutoryNote: REGISTRATION_STATUTORY_NOTE,
    promisedDays: 1,
    result: BUSINESS_LICENCE,
    topics: { enterprise: ['change'] },
    faq: [
      ['变更登记后要换营业执照吗？', '变更营业执照记载事项的，登记机关换发营业执照；电子营业执照同步更新。'],
      [
        '变更住所到其他区需要迁移吗？',
        '跨登记机关辖区变更住所的，向迁入地登记机关申请变更登记，档案由系统自动迁移。',
      ],
    ],
    materials: [
      applicationForm('公司登记（备案）申请书（变更）'),
      own('关于变更事项的股东会决议或股东决定'),
      own('修改后的公司章程或章程修正案', { necessity: 'conditional', condition: '变更事项涉及章程修改的' }),
      MAT.businessLicence(),
      MAT.leaseContract({ necessity: 'conditional', condition: '变更住所的' }),
      MAT.powerOfAttorney(),
    ],
    form: form({
      enterpriseName: F.enterpriseName(),
      enterpriseUscc: F.enterpriseUscc(),
      changeItems: select('变更事项', [
        '名称',
        '住所',
        '法定代表人',
        '注册资本',
        '经营范围',
        '股东',
        '企业类型',
        '其他',
      ]),
      before: text('变更前内容', undefined, { maxLength: 500 }),
      after: text('变更后内容', undefined, { maxLength: 500 }),
      resolutionDate: date('决议（决定）日期'),
      applicantMobile: F.applicantMobile(),
    }),
    at: ['hz', 'xh'],
  }),
  item({
    key: 'market.company-cancellation',
    area: 'market',
    seq: 3,
    name: '企业注销登记',
    itemType: '行政许可',
    legalBasis:
      '《中华人民共和国公司法》第二百三十九条、第二百四十条；《中华人民共和国市场主体登记管理条例》第三十一条至第三十三条',
    aliases: ['公司注销', '简易注销', '注销营业执照', '关闭公司'],
    serviceObjects: ['legal_person'],
    acceptanceConditions:
      '企业已依法完成清算，或者符合简易注销条件（未发生债权债务或者已将债权债务清偿完结，未发生或者已结清清偿费用、职工工资、社会保险费用、法定补偿金、应缴纳税款，并由全体投资人书面承诺对上述情况的真实性承担法律责任）；已办理清税手续。',
    statutoryDays: 3,
    statutoryNote: REGISTRATION_STATUTORY_NOTE,
    promisedDays: 1,
    promisedNote: '简易注销公示期（20日）届满无异议的，1个工作日内办结',
    result: { type: 'document', name: '准予注销登记通知书' },
    topics: { enterprise: ['cancellation'] },
    faq: [
      ['简易注销要公示多久？', '简易注销公告期为20日，公告期内无异议的，可以申请简易注销登记。'],
      ['注销前需要先去税务局吗？', '需要清税。通过“企业注销一件事”，清税证明由税务部门推送，无需另行提交。'],
    ],
    materials: [
      applicationForm('企业注销登记申请书'),
      own('清算报告或全体投资人承诺书', {
        sourceNote: '一般注销提交经确认的清算报告；简易注销提交全体投资人承诺书',
      }),
      own('清税证明', {
        sourceChannel: 'government',
        form: 'electronic',
        copies: 0,
        sourceNote: '税务部门出具，通过部门间信息共享获取，申请人无需提供',
        concept: 'tax_clearance',
      }),
      MAT.businessLicence({ name: '营业执照正、副本（电子营业执照自动作废）' }),
    ],
    form: form({
      enterpriseName: F.enterpriseName(),
      enterpriseUscc: F.enterpriseUscc(),
      cancellationType: select('注销类型', ['一般注销', '简易注销']),
      reason: select('注销原因', [
        '章程规定的营业期限届满',
        '股东会决议解散',
        '依法被吊销营业执照或者责令关闭',
        '其他',
      ]),
      applicantMobile: F.applicantMobile(),
    }),
    at: ['hz', 'xh'],
  }),
  item({
    key: 'market.individual-establishment',
    area: 'market',
    seq: 4,
    name: '个体工商户设立登记',
    itemType: '行政许可',
    legalBasis: INDIVIDUAL_BASIS,
    aliases: ['个体户注册', '办个体执照', '开店执照', '个体工商户营业执照'],
    serviceObjects: ['natural_person'],
    acceptanceConditions:
      '有经营能力的公民；名称、经营场所、经营范围符合规定；申请材料齐全、符合法定形式。法律、行政法规禁止从事营利性活动的人员不得申请。',
    statutoryDays: 3,
    statutoryNote: REGISTRATION_STATUTORY_NOTE,
    promisedDays: 0,
    result: BUSINESS_LICENCE,
    topics: { enterprise: ['startup'] },
    selfServiceTerminal: true,
    faq: [
      ['个体工商户可以不起名字吗？', '可以。个体工商户可以不使用名称，营业执照上的名称栏以“*”表示。'],
      [
        '个体户开饭店还要办什么？',
        '从事餐饮服务的还需办理食品经营许可（或浙江省小餐饮店登记），可通过“开办餐饮店一件事”一并申请。',
      ],
    ],
    materials: [applicationForm('个体工商户登记（备案）申请书'), MAT.idCard('经营者'), MAT.leaseContract()],
    form: form(
      {
        enterpriseName: text('个体工商户名称（可不填）', 'enterprise.name', { maxLength: 100 }),
        operatorName: F.applicantName(),
        operatorIdNumber: F.applicantIdNumber(),
        enterpriseAddress: F.enterpriseAddress(),
        businessScope: F.businessScope(),
        formOfOrganisation: select('组成形式', ['个人经营', '家庭经营']),
        capital: text('资金数额（万元）', undefined, { maxLength: 20 }),
        applicantMobile: F.applicantMobile(),
      },
      ['enterpriseName'],
    ),
    at: ['xh'],
  }),
  item({
    key: 'market.individual-change',
    area: 'market',
    seq: 5,
    name: '个体工商户变更登记',
    itemType: '行政许可',
    legalBasis: INDIVIDUAL_BASIS,
    aliases: ['个体户变更', '个体户转企业', '个体户换经营者'],
    serviceObjects: ['natural_person'],
    acceptanceConditions: '登记事项发生变更，变更后的事项符合规定，材料齐全、符合法定形式。',
    statutoryDays: 3,
    statutoryNote: REGISTRATION_STATUTORY_NOTE,
    promisedDays: 0,
    result: BUSINESS_LICENCE,
    topics: { enterprise: ['change'] },
    faq: [
      [
        '个体户可以直接变更经营者吗？',
        '可以。根据《促进个体工商户发展条例》，个体工商户可以直接申请变更经营者，无需先注销再设立。',
      ],
    ],
    materials: [applicationForm('个体工商户变更登记申请书'), MAT.businessLicence(), MAT.idCard('经营者')],
    form: form({
      enterpriseName: F.enterpriseName(),
      enterpriseUscc: F.enterpriseUscc(),
      changeItems: select('变更事项', ['名称', '经营者', '经营场所', '经营范围', '组成形式']),
      after: text('变更后内容', undefined, { maxLength: 500 }),
      applicantMobile: F.applicantMobile(),
    }),
    at: ['xh'],
  }),
  item({
    key: 'market.individual-cancellation',
    area: 'market',
    seq: 6,
    name: '个体工商户注销登记',
    itemType: '行政许可',
    legalBasis: INDIVIDUAL_BASIS,
    aliases: ['个体户注销', '关店注销'],
    serviceObjects: ['natural_person'],
    acceptanceConditions: '个体工商户不再从事经营活动，已结清税款等，材料齐全、符合法定形式。',
    statutoryDays: 3,
    statutoryNote: REGISTRATION_STATUTORY_NOTE,
    promisedDays: 0,
    result: { type: 'document', name: '准予注销登记通知书' },
    topics: { enterprise: ['cancellation'] },
    materials: [applicationForm('个体工商户注销登记申请书'), MAT.businessLicence()],
    form: form({
      enterpriseName: F.enterpriseName(),
      enterpriseUscc: F.enterpriseUscc(),
      applicantName: F.applicantName(),
      applicantMobile: F.applicantMobile(),
    }),
    at: ['xh'],
  }),
  item({
    key: 'market.food-business-permit',
    area: 'market',
    seq: 7,
    name: '食品经营许可证核发',
    itemType: '行政许可',
    legalBasis: FOOD_BUSINESS_BASIS,
    aliases: ['食品经营许可', '餐饮许可证', '食品许可证', '开饭店许可', '卖食品许可'],
    serviceObjects: ['natural_person', 'legal_person'],
    acceptanceConditions:
      '1. 具有与经营的食品品种、数量相适应的食品原料处理和食品加工、销售、贮存等场所，保持该场所环境整洁，并与有毒、有害场所以及其他污染源保持规定的距离；2. 具有与经营的食品品种、数量相适应的经营设备或者设施；3. 有专职或者兼职的食品安全总监、食品安全员等食品安全管理人员和保证食品安全的规章制度；4. 具有合理的设备布局和工艺流程；5. 已取得营业执照或者其他主体资格证明文件。',
    statutoryDays: 20,
    statutoryNote:
      '《中华人民共和国食品安全法》第三十五条：应当自受理申请之日起二十日内作出是否准予许可的决定',
    promisedDays: 5,
    promisedNote: '需现场核查的5个工作日；选择告知承诺方式的当场发证，事后依法现场核查',
    result: { type: 'certificate', name: '食品经营许可证', licenceType: 'food_business_permit' },
    topics: { enterprise: ['operating_permit', 'startup'] },
    faq: [
      [
        '只卖预包装食品要办许可证吗？',
        '不需要。仅销售预包装食品的，办理“仅销售预包装食品备案”即可，当场办结。',
      ],
      [
        '食品经营许可证有效期多久？',
        '食品经营许可证有效期为5年。需要延续的，应当在有效期届满前90个工作日至15个工作日期间提出延续申请。',
      ],
      [
        '小餐饮店也要办食品经营许可证吗？',
        '符合《浙江省食品小作坊小餐饮店小食杂店和食品摊贩管理规定》的小餐饮店，可以办理小餐饮店登记；其他餐饮服务经营者办理食品经营许可。',
      ],
      [
        '可以告知承诺办理吗？',
        '可以。申请人书面承诺符合许可条件的，当场作出许可决定，监管部门事后依法进行现场核查，发现不符合承诺的依法处理。',
      ],
    ],
    materials: [
      applicationForm('食品经营许可申请书'),
      MAT.businessLicence(),
      MAT.legalRepresentativeIdCard(),
      MAT.premisesLayout(),
      MAT.foodSafetyManagementSystem(),
      own('食品安全管理人员名单及培训考核情况', { concept: 'food_safety_manager' }),
      MAT.healthCertificates({ necessity: 'required' }),
      commitmentLetter('食品经营许可告知承诺书', {
        necessity: 'conditional',
        condition: '选择告知承诺方式办理的',
      }),
      MAT.powerOfAttorney(),
    ],
    form: form(
      {
        enterpriseName: F.enterpriseName(),
        enterpriseUscc: F.enterpriseUscc(),
        enterpriseAddress: F.enterpriseAddress(),
        legalRepName: F.legalRepName(),
        legalRepIdNumber: F.legalRepIdNumber(),
        businessType: select('主体业态', ['食品销售经营者', '餐饮服务经营者', '集中用餐单位食堂']),
        businessItems: select('经营项目', [
          '预包装食品销售（含冷藏冷冻食品）',
          '散装食品销售',
          '热食类食品制售',
          '冷食类食品制售',
          '生食类食品制售',
          '半成品制售',
          '自制饮品制售',
        ]),
        premisesArea: F.propertyArea(),
        foodSafetyManager: text('食品安全管理人员姓名', undefined, { maxLength: 50 }),
        staff: ROWS.staff(),
        applicantMobile: F.applicantMobile(),
      },
      ['premisesArea'],
    ),
    handling: FOOD_HANDLING,
    at: ['hz', 'xh'],
    children: [
      { kind: 'new' },
      {
        kind: 'change',
        handling: FOOD_ONE_DAY_HANDLING,
        override: {
          promisedDays: 1,
          promisedNote: '不涉及场所、设备布局变化的当场办结；需现场核查的1个工作日',
          acceptanceConditions:
            '食品经营许可证载明的事项发生变化的，应当在变化后10个工作日内向原发证部门申请变更；变更后仍符合许可条件。',
          aliases: ['食品经营许可变更'],
        },
      },
      {
        kind: 'renewal',
        handling: FOOD_ONE_DAY_HANDLING,
        override: {
          promisedDays: 1,
          acceptanceConditions:
            '食品经营许可证有效期届满需要继续经营的，在有效期届满前90个工作日至15个工作日期间提出延续申请，许可条件未发生变化。',
          aliases: ['食品经营许可证到期换证', '食品经营许可延续'],
        },
      },
      {
        kind: 'cancellation',
        handling: null,
        override: {
          promisedDays: 0,
          handlingType: 'instant',
          promisedNote: '即办件，材料齐全当场办结',
          onlineDepth: 6,
          acceptanceConditions:
            '食品经营者终止食品经营，或食品经营许可被撤回、撤销，或营业执照被依法吊销、注销的。',
          result: { type: 'document', name: '食品经营许可注销通知书' },
          aliases: ['注销食品经营许可证'],
        },
      },
    ],
  }),
  item({
    key: 'market.prepackaged-food-filing',
    area: 'market',
    seq: 8,
    name: '仅销售预包装食品备案',
    itemType: '行政备案',
    legalBasis:
      '《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》（国家市场监督管理总局令第78号）',
    aliases: ['预包装食品备案', '便利店卖食品', '卖零食备案'],
    serviceObjects: ['natural_person', 'legal_person'],
    acceptanceConditions:
      '已取得营业执照，仅从事预包装食品销售（含保健食品、特殊医学用途配方食品、婴幼儿配方乳粉以外的婴幼儿配方食品等）。',
    statutoryDays: 0,
    statutoryNote: '备案材料齐全的当场备案',
    promisedDays: 0,
    result: { type: 'other', name: '仅销售预包装食品备案信息采集表' },
    topics: { enterprise: ['operating_permit'] },
    materials: [applicationForm('仅销售预包装食品备案信息采集表'), MAT.businessLicence()],
    form: form({
      enterpriseName: F.enterpriseName(),
      enterpriseUscc: F.enterpriseUscc(),
      enterpriseAddress: F.enterpriseAddress(),
      storage: select('是否含冷藏冷冻食品', ['是', '否']),
      applicantMobile: F.applicantMobile(),
    }),
    at: ['xh'],
  }),
  item({
    key: 'market.small-catering-registration',
    area: 'market',
    seq: 9,
    name: '小餐饮店登记',
    itemType: '行政确认',
    legalBasis:
      '《中华人民共和国食品安全法》第三十六条；《浙江省食品小作坊小餐饮店小食杂店和食品摊贩管理规定》',
    aliases: ['小餐饮登记证', '小吃店登记', '小餐饮'],
    serviceObjects: ['natural_person', 'legal_person'],
    acceptanceConditions:
      '经营场所面积较小、从业人员较少、有固定经营场所的餐饮服务经营者，具备与经营规模相适应的场所、设施和卫生条件。',
    statutoryDays: 10,
    statutoryNote: NO_STATUTORY_LIMIT,
    promisedDays: 3,
    result: { type: 'certificate', name: '小餐饮店登记证' },
    topics: { enterprise: ['operating_permit', 'startup'] },
    materials: [
      applicationForm('小餐饮店登记申请表'),
      MAT.businessLicence(),
      MAT.premisesLayout(),
      MAT.healthCertificates(),
    ],
    form: form({
      enterpriseName: F.enterpriseName(),
      enterpriseUscc: F.enterpriseUscc(),
      enterpriseAddress: F.enterpriseAddress(),
      premisesArea: F.propertyArea(),
      staff: ROWS.staff(),
      applicantMobile: F.applicantMobile(),
    }),
    at: ['xh'],
  }),
  item({
    key: 'market.food-production-permit',
    area: 'market',
    seq: 10,
    name: '食品生产许可证核发',
    itemType: '行政许可',
    legalBasis:
      '《中华人民共和国食品安全法》第三十五条；《食品生产许可管理办法》（国家市场监督管理总局令第24号）',
    aliases: ['食品生产许可', 'SC证', '食品厂许可'],
    serviceObjects: ['legal_person'],
    acceptanceConditions:
      '具有与生产的食品品种、数量相适应的生产场所、生产设备或者设施、专职或者兼职的食品安全管理人员和保证食品安全的规章制度，具有合理的设备布局和工艺流程；已取得营业执照。省级市场监督管理部门负责保健食品、特殊医学用途配方食品、婴幼儿配方食品等生产许可。',
    statutoryDays: 20,
    statutoryNote: '《中华人民共和国食品安全法》第三十五条：自受理申请之日起二十日内作出决定',
    promisedDays: 10,
    promisedNote: '含现场核查',
    requiredVisits: 0,
    result: { type: 'certificate', name: '食品生产许可证' },
    topics: { enterprise: ['operating_permit'] },
    faq: [['食品生产许可证有效期多久？', '食品生产许可证有效期为5年。']],
    materials: [
      applicationForm('食品生产许可申请书'),
      MAT.businessLicence(),
      own('食品生产设备布局图和食品生产工艺流程图', { concept: 'production_layout' }),
      own('食品生产主要设备、设施清单'),
      own('专职或者兼职的食品安全专业技术人员、食品安全管理人员信息和食品安全管理制度'),
    ],
    form: form({
      enterpriseName: F.enterpriseName(),
      enterpriseUscc: F.enterpriseUscc(),
      productionAddress: F.enterpriseAddress(),
      foodCategory: select('食品类别', [
        '粮食加工品',
        '食用油、油脂及其制品',
        '调味品',
        '肉制品',
        '乳制品',
        '饮料',
        '茶叶及相关制品',
        '糕点',
        '保健食品',
        '特殊医学用途配方食品',
        '婴幼儿配方食品',
      ]),
      applicantMobile: F.applicantMobile(),
    }),
    at: ['zj', 'hz'],
  }),
  item({
    key: 'market.special-equipment-use-registration',
    area: 'market',
    seq: 11,
    name: '特种设备使用登记',
    itemType: '行政许可',
    legalBasis: '《中华人民共和国特种设备安全法》第三十三条；《特种设备使用管理规则》（TSG 08）',
    aliases: ['电梯使用登记', '锅炉使用登记', '压力容器登记', '叉车上牌'],
    serviceObjects: ['legal_person'],
    acceptanceConditions:
      '特种设备在投入使用前或者投入使用后30日内，使用单位向负责特种设备安全监督管理的部门办理使用登记；设备经监督检验合格。',
    statutoryDays: 15,
    statutoryNote: '《特种设备使用管理规则》规定登记机关自受理之日起15个工作日内完成审查',
    promisedDays: 1,
    result: { type: 'certificate', name: '特种设备使用登记证' },
    topics: { enterprise: ['operating_permit'] },
    materials: [
      applicationForm('特种设备使用登记表'),
      MAT.businessLicence(),
      own('特种设备产品合格证（含产品数据表）'),
      own('特种设备监督检验证明', { sourceChannel: 'intermediary', sourceNote: '由特种设备检验机构出具' }),
    ],
    form: form({
      enterpriseName: F.enterpriseName(),
      enterpriseUscc: F.enterpriseUscc(),
      equipmentType: select('设备类别', [
        '电梯',
        '锅炉',
        '压力容器',
        '起重机械',
        '场（厂）内专用机动车辆',
        '客运索道',
        '大型游乐设施',
      ]),
      equipmentCode: text('设备代码', undefined, { maxLength: 40 }),
      installAddress: address('设备使用地点', 'equipment.address'),
      applicantMobile: F.applicantMobile(),
    }),
    at: ['hz', 'xh'],
  }),
];
