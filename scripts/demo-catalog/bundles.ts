// 一件事 (bundles) of 西湖区: real component items with their prerequisites (DOMAIN.md §6).
import { ref, type BundleDraft } from './common.ts';

// Components mostly at 西湖区 (xh), where these are handled; utilities, tobacco licences and
// social-security-card making are city-wide services (hz).
const companyLicence = ref('market.company-establishment', 'xh');
const birthCertificate = ref('health.birth-certificate', 'xh');
const birthRegistration = ref('ps.birth-registration', 'xh');
const residentInsurance = ref('medical.resident-enrolment', 'xh');
const deathCertificate = ref('health.death-certificate', 'xh');
const deathDeregistration = ref('ps.death-deregistration', 'xh');
const pensionClaim = ref('hrss.pension-claim', 'xh');
const employmentRegistration = ref('hrss.employment-registration', 'xh');
const planningPermit = ref('planning.construction-planning-permit', 'xh');
const fireDesignReview = ref('housing.fire-design-review', 'xh');
const deedTax = ref('tax.deed-tax', 'xh');
const estateTransfer = ref('estate.transfer', 'xh');
const newTaxpayer = ref('tax.new-taxpayer', 'xh');
const employerRegistration = ref('hrss.employer-registration', 'xh');
const taxClearance = ref('tax.clearance', 'xh');

export const bundles: BundleDraft[] = [
  {
    code: 'YJS330106001',
    content: {
      name: '企业开办一件事',
      aliases: ['开公司', '注册公司', '办营业执照', '开办企业', '新办企业', '创业开公司'],
      audience: 'enterprise',
      topic: 'startup',
      description:
        '一次申请、一表填报，同步办理企业设立登记、印章刻制、新办纳税人涉税事项和发票领用、单位社保和职工参保登记、医保登记、住房公积金缴存登记及银行开户预约。营业执照核发后，其余事项并联办理，全程1个工作日内办结，电子营业执照、电子印章同步发放。',
      promisedDays: 1,
    },
    items: [
      { ref: companyLicence },
      { ref: ref('ps.seal-filing', 'xh'), dependsOn: [companyLicence] },
      { ref: newTaxpayer, dependsOn: [companyLicence] },
      { ref: ref('tax.invoice', 'xh'), dependsOn: [newTaxpayer] },
      { ref: employerRegistration, dependsOn: [companyLicence] },
      { ref: ref('hrss.employee-enrolment', 'xh'), dependsOn: [employerRegistration], optional: true },
      { ref: ref('medical.employer-enrolment', 'xh'), dependsOn: [companyLicence], optional: true },
      { ref: ref('fund.employer-registration', 'xh'), dependsOn: [companyLicence] },
      { ref: ref('center.bank-account-booking', 'xh'), dependsOn: [companyLicence], optional: true },
    ],
  },
  {
    code: 'YJS330106002',
    content: {
      name: '新生儿出生一件事',
      aliases: ['生孩子', '生小孩', '宝宝出生', '新生儿落户', '报户口', '出生一件事', '生娃要办什么'],
      audience: 'person',
      topic: 'birth',
      description:
        '宝宝出生后，父母在浙里办一次申请，即可办理出生医学证明、预防接种证、出生登记（户口）、城乡居民医保参保登记和社会保障卡申领，可选办理生育津贴申领。出生医学证明、父母身份证、户口簿和结婚证信息由系统共享，无需重复提交，户口簿和社保卡可邮寄到家。',
      promisedDays: 3,
    },
    items: [
      { ref: birthCertificate },
      { ref: ref('health.vaccination-certificate', 'xh'), dependsOn: [birthCertificate] },
      { ref: birthRegistration, dependsOn: [birthCertificate] },
      { ref: residentInsurance, dependsOn: [birthRegistration] },
      { ref: ref('hrss.ss-card-application', 'xh'), dependsOn: [residentInsurance] },
      { ref: ref('medical.maternity-allowance', 'xh'), dependsOn: [birthCertificate], optional: true },
    ],
  },
  {
    code: 'YJS330106003',
    content: {
      name: '开办餐饮店一件事',
      aliases: ['开饭店', '开餐馆', '开饭馆', '开小吃店', '开奶茶店', '开餐厅', '餐饮开店'],
      audience: 'enterprise',
      topic: 'operating_permit',
      description:
        '开办餐饮店一次申请：营业执照核发后，并联办理食品经营许可（新设）、户外招牌设置、公众聚集场所投入使用营业前消防安全检查，可选办理城镇污水排入排水管网许可和烟草专卖零售许可。经营场所、从业人员等信息一次填报，各部门共享；符合条件的实行告知承诺，5个工作日内全部办结。',
      promisedDays: 5,
    },
    items: [
      { ref: companyLicence },
      { ref: ref('market.food-business-permit', 'xh', { child: 'new' }), dependsOn: [companyLicence] },
      { ref: ref('urban.shop-sign', 'xh'), dependsOn: [companyLicence] },
      { ref: ref('fire.pre-opening-inspection', 'xh'), dependsOn: [companyLicence] },
      { ref: ref('urban.drainage-permit', 'xh'), dependsOn: [companyLicence], optional: true },
      {
        ref: ref('tobacco.retail-licence', 'hz', { child: 'new' }),
        dependsOn: [companyLicence],
        optional: true,
      },
    ],
  },
  {
    code: 'YJS330106004',
    content: {
      name: '二手房转移登记及水电气过户一件事',
      aliases: ['二手房过户', '买二手房', '房屋过户', '水电气过户', '卖房过户'],
      audience: 'person',
      topic: 'housing',
      description:
        '存量房买卖双方一次申请，契税申报、不动产转移登记“一窗受理”，登簿后自动推送供水、供电、供气企业同步办理过户，无需再跑营业厅。材料齐全、税费缴清的当日办结，核发电子不动产权证书。',
      promisedDays: 1,
    },
    items: [
      { ref: deedTax },
      { ref: estateTransfer, dependsOn: [deedTax] },
      { ref: ref('urban.water-transfer', 'hz'), dependsOn: [estateTransfer] },
      { ref: ref('housing.electricity-transfer', 'hz'), dependsOn: [estateTransfer] },
      { ref: ref('urban.gas-transfer', 'hz'), dependsOn: [estateTransfer] },
    ],
  },
  {
    code: 'YJS330106005',
    content: {
      name: '退休一件事',
      aliases: ['办退休', '退休手续', '领养老金', '退休要办什么', '退休提取公积金'],
      audience: 'person',
      topic: 'retirement',
      description:
        '达到退休年龄的职工一次申请，办理职工基本养老保险待遇申领；待遇核定后自动办理职工医保退休人员待遇核定和住房公积金退休提取，养老金和公积金直接发放至本人社会保障卡或银行账户。',
      promisedDays: 5,
    },
    items: [
      { ref: pensionClaim },
      { ref: ref('medical.retiree-benefit', 'xh'), dependsOn: [pensionClaim] },
      { ref: ref('fund.withdrawal-retirement', 'xh'), dependsOn: [pensionClaim] },
    ],
  },
  {
    code: 'YJS330106006',
    content: {
      name: '身后一件事',
      aliases: ['老人去世', '人去世了要办什么', '身后事', '死亡一件事', '丧事办理', '亲人离世'],
      audience: 'person',
      topic: 'death',
      description:
        '亲人离世后，家属一次申请：居民死亡医学证明（推断）书签发后，自动办理户口注销，并联办理丧葬补助金、遗属待遇（抚恤金）申领、社会保障卡注销和住房公积金提取，可选办理基本殡葬服务费用减免和养老保险个人账户余额继承。死亡信息由卫健、公安、民政共享，免交死亡证明复印件。',
      promisedDays: 5,
    },
    items: [
      { ref: deathCertificate },
      { ref: deathDeregistration, dependsOn: [deathCertificate] },
      { ref: ref('civil.basic-funeral-waiver', 'xh'), dependsOn: [deathCertificate], optional: true },
      { ref: ref('hrss.funeral-grant', 'xh'), dependsOn: [deathDeregistration] },
      { ref: ref('hrss.survivor-benefit', 'xh'), dependsOn: [deathDeregistration] },
      {
        ref: ref('hrss.personal-account-inheritance', 'xh'),
        dependsOn: [deathDeregistration],
        optional: true,
      },
      { ref: ref('hrss.ss-card-cancellation', 'xh'), dependsOn: [deathDeregistration] },
      { ref: ref('fund.withdrawal-death', 'xh'), dependsOn: [deathDeregistration] },
    ],
  },
  {
    code: 'YJS330106007',
    content: {
      name: '灵活就业一件事',
      aliases: ['自由职业交社保', '灵活就业参保', '个人交社保', '打零工交社保', '外卖骑手社保'],
      audience: 'person',
      topic: 'employment',
      description:
        '灵活就业人员一次申请，办理就业登记，并同步办理职工基本养老保险和职工基本医疗保险参保登记，签订缴费协议后按月自动扣缴。浙江已取消灵活就业人员在就业地参保的户籍限制。',
      promisedDays: 1,
    },
    items: [
      { ref: employmentRegistration },
      { ref: ref('hrss.flexible-pension-enrolment', 'xh'), dependsOn: [employmentRegistration] },
      { ref: ref('medical.flexible-enrolment', 'xh'), dependsOn: [employmentRegistration] },
    ],
  },
  {
    code: 'YJS330106008',
    content: {
      name: '工程建设项目施工许可一件事',
      aliases: ['施工许可', '项目开工', '工程报建', '拿施工证'],
      audience: 'enterprise',
      topic: 'construction',
      description:
        '社会投资项目在施工许可阶段一次申请：建设工程规划许可证核发与特殊建设工程消防设计审查并联推进，完成后核发建筑工程施工许可证；可选同步办理城市建筑垃圾处置核准和建设项目环境影响报告表审批。项目信息通过浙江省工程建设项目审批管理系统共享。',
      promisedDays: 15,
    },
    items: [
      { ref: planningPermit },
      { ref: fireDesignReview },
      { ref: ref('housing.construction-permit', 'xh'), dependsOn: [planningPermit, fireDesignReview] },
      { ref: ref('urban.construction-waste', 'xh'), optional: true },
      { ref: ref('ecology.eia-form', 'xh'), optional: true },
    ],
  },
  {
    code: 'YJS330106009',
    content: {
      name: '企业注销一件事',
      aliases: ['公司注销', '关闭公司', '企业退出', '简易注销'],
      audience: 'enterprise',
      topic: 'cancellation',
      description:
        '企业一次申请，税务部门出具清税证明后，信息自动推送市场监督管理部门办理注销登记。符合简易注销条件的，公示期满无异议即可办结（公示期不计入承诺时限）。',
      promisedDays: 2,
    },
    items: [
      { ref: taxClearance },
      { ref: ref('market.company-cancellation', 'xh'), dependsOn: [taxClearance] },
    ],
  },
];
