// Shared vocabulary of the demo catalogue: department areas, base-code rule, material and form-field
// helpers with the concept codes that bundles merge on, and the item builder that fills the defaults.
import type {
  AutoApproval,
  BundleContent,
  Commitment,
  Fee,
  FormField,
  FormSchema,
  GapAcceptance,
  ItemContent,
  ItemType,
  Material,
  ProcessBranch,
  ProcessStep,
  RowsField,
  ScalarField,
  StepKind,
  StepRole,
} from '../../server/src/modules/catalog/content.ts';

// ---- Departments -------------------------------------------------------------------------------------

/** The suffix of a demo department key (`xh-market` → `market`), naming the department's area. */
export type Area =
  | 'market'
  | 'public-security'
  | 'health'
  | 'hrss'
  | 'medical-security'
  | 'civil-affairs'
  | 'natural-resources'
  | 'data'
  | 'service-center'
  | 'fire-rescue'
  | 'housing-fund'
  | 'tax'
  | 'housing'
  | 'transport'
  | 'ecology'
  | 'urban-management'
  | 'education'
  | 'real-estate'
  | 'tobacco';

/** Level prefix of a demo department key: 浙江省, 杭州市, 西湖区. */
export type LevelPrefix = 'zj' | 'hz' | 'xh';

/**
 * 主管部门 (competent department) per area: the provincial body, which is one of the six elements
 * identical across the province. 城市管理 and 住房公积金 answer to 住建厅, 不动产登记 to 自然资源厅.
 */
export const COMPETENT_DEPARTMENT: Record<Area, string> = {
  market: '浙江省市场监督管理局',
  'public-security': '浙江省公安厅',
  health: '浙江省卫生健康委员会',
  hrss: '浙江省人力资源和社会保障厅',
  'medical-security': '浙江省医疗保障局',
  'civil-affairs': '浙江省民政厅',
  'natural-resources': '浙江省自然资源厅',
  data: '浙江省数据局',
  'service-center': '浙江省政务服务管理办公室',
  'fire-rescue': '浙江省消防救援总队',
  'housing-fund': '浙江省住房和城乡建设厅',
  tax: '国家税务总局浙江省税务局',
  housing: '浙江省住房和城乡建设厅',
  transport: '浙江省交通运输厅',
  ecology: '浙江省生态环境厅',
  'urban-management': '浙江省住房和城乡建设厅',
  education: '浙江省教育厅',
  'real-estate': '浙江省自然资源厅',
  tobacco: '浙江省烟草专卖局',
};

// ---- Base codes --------------------------------------------------------------------------------------

// The structure of the national 12-digit 基本编码 (GB/T 39554.1) was not retrievable (DOMAIN.md §11), so
// the demo uses a documented synthetic one: 2-digit item type + 3-digit competent area + 4-digit main
// item sequence + 3-digit sub-item (000 = the item itself). The type codes follow the Sichuan values
// observed in DOMAIN.md §2.2 where known (01 许可, 05 给付, 10 其他, 20 公共服务).
const TYPE_CODE: Record<ItemType, string> = {
  行政许可: '01',
  行政给付: '05',
  行政确认: '07',
  行政奖励: '08',
  行政裁决: '09',
  其他行政权力: '10',
  行政备案: '11',
  公共服务: '20',
};

const AREA_CODE: Record<Area, string> = {
  education: '101',
  'public-security': '102',
  'civil-affairs': '104',
  hrss: '106',
  'natural-resources': '107',
  ecology: '108',
  housing: '109',
  transport: '110',
  health: '112',
  market: '116',
  tax: '117',
  'medical-security': '118',
  'fire-rescue': '119',
  'housing-fund': '120',
  'urban-management': '121',
  'real-estate': '122',
  data: '123',
  'service-center': '124',
  tobacco: '125',
};

export function baseCodeFor(itemType: ItemType, area: Area, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 9999)
    throw new RangeError(`sequence ${sequence}`);
  return `${TYPE_CODE[itemType]}${AREA_CODE[area]}${String(sequence).padStart(4, '0')}000`;
}

// ---- Codes shared with other modules -------------------------------------------------------------------

export const LICENCE_TYPES = [
  'resident_id_card',
  'household_register',
  'marriage_certificate',
  'birth_medical_certificate',
  'business_licence',
  'food_business_permit',
  'public_place_hygiene_permit',
  'real_estate_certificate',
  'social_security_card',
  'death_medical_certificate',
  'construction_permit',
  'fire_safety_inspection',
  'tobacco_retail_permit',
  'driving_licence',
] as const;
export type LicenceType = (typeof LICENCE_TYPES)[number];

export const DATA_RESOURCES = [
  'household_registration',
  'marriage_registration',
  'birth_registration',
  'social_insurance',
  'enterprise_registry',
  'real_estate_registry',
  'dishonest_persons',
  'death_registration',
] as const;
export type DataResource = (typeof DATA_RESOURCES)[number];

export const PERSON_TOPICS = [
  'birth',
  'education',
  'employment',
  'marriage',
  'housing',
  'social_security',
  'medical',
  'retirement',
  'death',
  'disability',
  'travel',
  'identity',
] as const;
export const ENTERPRISE_TOPICS = [
  'startup',
  'change',
  'operating_permit',
  'construction',
  'tax',
  'employment_enterprise',
  'cancellation',
  'environment',
] as const;
export type PersonTopic = (typeof PERSON_TOPICS)[number];
export type EnterpriseTopic = (typeof ENTERPRISE_TOPICS)[number];

// ---- Materials -----------------------------------------------------------------------------------------

export type MaterialDraft = Omit<Material, 'key'> & { key?: string };

/** A document the applicant prepares (application form, contract, plan …): one paper copy or an upload. */
export function own(name: string, extra: Partial<MaterialDraft> = {}): MaterialDraft {
  return {
    name,
    necessity: 'required',
    materialType: 'original',
    form: 'paper_and_electronic',
    copies: 1,
    sourceChannel: 'applicant',
    ...extra,
  };
}

/** 申请表: generated from the online form when applying online. */
export function applicationForm(name: string, extra: Partial<MaterialDraft> = {}): MaterialDraft {
  return own(name, {
    sourceNote: '网上申请时由系统根据填报内容自动生成，申请人电子签名确认；窗口申请时现场填写',
    fillingNote: '如实填写，申请人签字（盖章）',
    ...extra,
  });
}

/** 告知承诺书 (国办发〔2020〕42号): signed instead of proving a condition. */
export function commitmentLetter(name: string, extra: Partial<MaterialDraft> = {}): MaterialDraft {
  return own(name, {
    sourceNote: '按告知承诺制办理时提供，格式文本由受理部门提供',
    basis: '《国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》（国办发〔2020〕42号）',
    ...extra,
  });
}

type Supplied = { concept: string; licenceType?: LicenceType; dataResource?: DataResource };

/** A document issued by a government body, which the platform can fetch instead of the applicant. */
function issued(
  name: string,
  supply: Supplied,
  sourceNote: string,
  extra: Partial<MaterialDraft>,
): MaterialDraft {
  return {
    name,
    necessity: 'required',
    materialType: 'original',
    form: 'electronic',
    copies: 0,
    sourceChannel: 'government',
    sourceNote,
    ...supply,
    ...extra,
  };
}

const viaLicence = '可通过电子证照库调取，已归集电子证照的免于提交';

/** Concept codes of documents with their licence type and data resource (if any): used by MAT below. */
export const MATERIAL_CONCEPTS: Record<string, { licenceType?: LicenceType; dataResource?: DataResource }> = {
  id_card: { licenceType: 'resident_id_card' },
  legal_representative_id_card: { licenceType: 'resident_id_card' },
  parents_id_card: { licenceType: 'resident_id_card' },
  spouse_id_card: { licenceType: 'resident_id_card' },
  deceased_id_card: { licenceType: 'resident_id_card' },
  household_register: { licenceType: 'household_register', dataResource: 'household_registration' },
  deceased_household_register: { licenceType: 'household_register', dataResource: 'household_registration' },
  marriage_certificate: { licenceType: 'marriage_certificate', dataResource: 'marriage_registration' },
  birth_medical_certificate: { licenceType: 'birth_medical_certificate', dataResource: 'birth_registration' },
  business_licence: { licenceType: 'business_licence', dataResource: 'enterprise_registry' },
  real_estate_certificate: { licenceType: 'real_estate_certificate', dataResource: 'real_estate_registry' },
  death_medical_certificate: { licenceType: 'death_medical_certificate', dataResource: 'death_registration' },
  social_security_card: { licenceType: 'social_security_card', dataResource: 'social_insurance' },
  social_insurance_record: { dataResource: 'social_insurance' },
  retirement_approval: { dataResource: 'social_insurance' },
  household_registration_record: { dataResource: 'household_registration' },
  property_record: { dataResource: 'real_estate_registry' },
  death_registration_record: { dataResource: 'death_registration' },
  credit_record: { dataResource: 'dishonest_persons' },
  food_business_permit: { licenceType: 'food_business_permit' },
  public_place_hygiene_permit: { licenceType: 'public_place_hygiene_permit' },
  fire_safety_certificate: { licenceType: 'fire_safety_inspection' },
  construction_permit: { licenceType: 'construction_permit' },
  tobacco_retail_permit: { licenceType: 'tobacco_retail_permit' },
  driving_licence: { licenceType: 'driving_licence' },
};

const supply = (concept: string): Supplied => ({ concept, ...MATERIAL_CONCEPTS[concept] });

/** The documents shared across items, with their concept and where the platform can get them. */
export const MAT = {
  idCard: (who = '申请人', extra: Partial<MaterialDraft> = {}) =>
    issued(`${who}居民身份证`, supply('id_card'), `公安机关核发；${viaLicence}`, {
      acceptanceStandard: '在有效期内，与申请人信息一致',
      ...extra,
    }),
  legalRepresentativeIdCard: (extra: Partial<MaterialDraft> = {}) =>
    issued(
      '法定代表人（负责人）居民身份证',
      supply('legal_representative_id_card'),
      `公安机关核发；${viaLicence}`,
      {
        acceptanceStandard: '在有效期内，与登记的法定代表人（负责人）一致',
        ...extra,
      },
    ),
  parentsIdCards: (extra: Partial<MaterialDraft> = {}) =>
    issued('父母双方居民身份证', supply('parents_id_card'), `公安机关核发；${viaLicence}`, extra),
  spouseIdCard: (extra: Partial<MaterialDraft> = {}) =>
    issued('配偶居民身份证', supply('spouse_id_card'), `公安机关核发；${viaLicence}`, extra),
  deceasedIdCard: (extra: Partial<MaterialDraft> = {}) =>
    issued('死者居民身份证', supply('deceased_id_card'), `公安机关核发；${viaLicence}`, {
      necessity: 'conditional',
      condition: '能够提供的',
      ...extra,
    }),
  householdRegister: (who = '申请人', extra: Partial<MaterialDraft> = {}) =>
    issued(
      `${who}居民户口簿`,
      supply('household_register'),
      `公安机关核发；${viaLicence}，或通过户籍信息共享核验`,
      {
        acceptanceStandard: '户口簿首页和本人页',
        ...extra,
      },
    ),
  deceasedHouseholdRegister: (extra: Partial<MaterialDraft> = {}) =>
    issued(
      '死者居民户口簿',
      supply('deceased_household_register'),
      `公安机关核发；可通过户籍信息共享核验`,
      extra,
    ),
  marriageCertificate: (extra: Partial<MaterialDraft> = {}) =>
    issued(
      '结婚证',
      supply('marriage_certificate'),
      `民政部门婚姻登记机关核发；${viaLicence}，或通过婚姻登记信息共享核验`,
      extra,
    ),
  birthMedicalCertificate: (extra: Partial<MaterialDraft> = {}) =>
    issued(
      '出生医学证明',
      supply('birth_medical_certificate'),
      `助产医疗机构签发；${viaLicence}，或通过出生信息共享核验`,
      extra,
    ),
  businessLicence: (extra: Partial<MaterialDraft> = {}) =>
    issued(
      '营业执照',
      supply('business_licence'),
      `市场监督管理部门核发；${viaLicence}，或通过市场主体登记信息共享核验`,
      extra,
    ),
  realEstateCertificate: (extra: Partial<MaterialDraft> = {}) =>
    issued(
      '不动产权证书（或房屋所有权证）',
      supply('real_estate_certificate'),
      `不动产登记机构核发；${viaLicence}，或通过不动产登记信息共享核验`,
      extra,
    ),
  deathMedicalCertificate: (extra: Partial<MaterialDraft> = {}) =>
    issued(
      '居民死亡医学证明（推断）书',
      supply('death_medical_certificate'),
      `医疗卫生机构签发；${viaLicence}，或通过死亡登记信息共享核验`,
      extra,
    ),
  socialSecurityCard: (extra: Partial<MaterialDraft> = {}) =>
    issued('社会保障卡', supply('social_security_card'), `人力资源社会保障部门发放；可使用电子社保卡`, {
      necessity: 'optional',
      ...extra,
    }),
  socialInsuranceRecord: (name = '社会保险参保缴费记录', extra: Partial<MaterialDraft> = {}) =>
    issued(name, supply('social_insurance'), '社会保险经办机构通过参保信息共享核验，申请人无需提供', extra),
  retirementApproval: (extra: Partial<MaterialDraft> = {}) =>
    issued(
      '退休审批（基本养老保险待遇核定）信息',
      supply('retirement_approval'),
      '人力资源社会保障部门通过社会保险信息共享核验，申请人无需提供',
      extra,
    ),
  householdRecord: (name = '户籍信息', extra: Partial<MaterialDraft> = {}) =>
    issued(
      name,
      supply('household_registration_record'),
      '公安机关通过户籍信息共享核验，申请人无需提供',
      extra,
    ),
  propertyRecord: (name = '不动产登记信息', extra: Partial<MaterialDraft> = {}) =>
    issued(name, supply('property_record'), '通过不动产登记信息共享核验，申请人无需提供', extra),
  deathRecord: (extra: Partial<MaterialDraft> = {}) =>
    issued(
      '死亡信息（户籍注销或火化信息）',
      supply('death_registration_record'),
      '通过死亡登记信息共享核验，申请人无需提供',
      extra,
    ),
  creditRecord: (who = '申请人', extra: Partial<MaterialDraft> = {}) =>
    issued(
      `${who}未被列入失信被执行人名单的信息`,
      supply('credit_record'),
      '通过失信被执行人信息共享核验，申请人无需提供',
      extra,
    ),
  foodBusinessPermit: (extra: Partial<MaterialDraft> = {}) =>
    issued('食品经营许可证', supply('food_business_permit'), `市场监督管理部门核发；${viaLicence}`, extra),
  publicPlaceHygienePermit: (extra: Partial<MaterialDraft> = {}) =>
    issued(
      '公共场所卫生许可证',
      supply('public_place_hygiene_permit'),
      `卫生健康部门核发；${viaLicence}`,
      extra,
    ),
  fireSafetyCertificate: (extra: Partial<MaterialDraft> = {}) =>
    issued(
      '公众聚集场所投入使用、营业消防安全检查合格证',
      supply('fire_safety_certificate'),
      `消防救援机构核发；${viaLicence}`,
      extra,
    ),
  constructionPermit: (extra: Partial<MaterialDraft> = {}) =>
    issued('建筑工程施工许可证', supply('construction_permit'), `住房城乡建设部门核发；${viaLicence}`, extra),
  tobaccoRetailPermit: (extra: Partial<MaterialDraft> = {}) =>
    issued('烟草专卖零售许可证', supply('tobacco_retail_permit'), `烟草专卖局核发；${viaLicence}`, extra),
  drivingLicence: (extra: Partial<MaterialDraft> = {}) =>
    issued('机动车驾驶证', supply('driving_licence'), `公安机关交通管理部门核发；${viaLicence}`, extra),
  // Documents the applicant prepares, shared across items by concept but supplied by nobody else.
  leaseContract: (extra: Partial<MaterialDraft> = {}) =>
    own('经营场所使用证明（房屋租赁合同或自有产权证明）', {
      concept: 'lease_contract',
      acceptanceStandard:
        '租赁合同在有效期内，出租人与不动产权利人一致；自有房屋的提供不动产权证书（可免交，由系统核验）',
      ...extra,
    }),
  foodSafetyManagementSystem: (extra: Partial<MaterialDraft> = {}) =>
    own('食品安全管理制度', {
      concept: 'food_safety_management_system',
      sourceNote: '可使用市场监督管理部门提供的示范文本',
      ...extra,
    }),
  premisesLayout: (extra: Partial<MaterialDraft> = {}) =>
    own('经营场所平面布局图及设备布局、操作流程说明', { concept: 'premises_layout', ...extra }),
  healthCertificates: (extra: Partial<MaterialDraft> = {}) =>
    own('从业人员健康合格证明', {
      concept: 'staff_health_certificate',
      sourceChannel: 'government',
      sourceNote: '由承担从业人员健康检查的医疗卫生机构出具',
      ...extra,
    }),
  photo: (spec = '近期免冠正面彩色证件照片（白底）', extra: Partial<MaterialDraft> = {}) =>
    own(spec, { concept: 'photo', form: 'paper_and_electronic', ...extra }),
  bankAccount: (extra: Partial<MaterialDraft> = {}) =>
    own('本人银行账户信息（社会保障卡金融账户或本人银行借记卡）', {
      concept: 'bank_account',
      form: 'electronic',
      copies: 0,
      ...extra,
    }),
  powerOfAttorney: (extra: Partial<MaterialDraft> = {}) =>
    own('授权委托书及受托人居民身份证', {
      concept: 'power_of_attorney',
      necessity: 'conditional',
      condition: '委托他人代为办理的',
      ...extra,
    }),
  planningPermit: (extra: Partial<MaterialDraft> = {}) =>
    issued(
      '建设工程规划许可证',
      { concept: 'planning_permit' },
      '自然资源（规划）部门核发，通过工程建设项目审批管理系统共享，申请人无需提供',
      extra,
    ),
  projectCode: (extra: Partial<MaterialDraft> = {}) =>
    issued(
      '投资项目代码（审批、核准或备案信息）',
      { concept: 'project_code' },
      '通过浙江省投资项目在线审批监管平台共享，申请人无需提供',
      extra,
    ),
};

// ---- Form fields ---------------------------------------------------------------------------------------

type ScalarExtra = Partial<Omit<ScalarField, 'x-kind' | 'type' | 'title'>>;

const scalar = (
  kind: ScalarField['x-kind'],
  title: string,
  concept?: string,
  extra: ScalarExtra = {},
  type: ScalarField['type'] = 'string',
): ScalarField => ({ type, 'x-kind': kind, title, ...(concept ? { 'x-concept': concept } : {}), ...extra });

export const text = (title: string, concept?: string, extra: ScalarExtra = {}) =>
  scalar('text', title, concept, { maxLength: 100, ...extra });
export const textarea = (title: string, concept?: string, extra: ScalarExtra = {}) =>
  scalar('textarea', title, concept, { maxLength: 2000, ...extra });
export const date = (title: string, concept?: string, extra: ScalarExtra = {}) =>
  scalar('date', title, concept, extra);
export const select = (title: string, options: string[], concept?: string, extra: ScalarExtra = {}) =>
  scalar('select', title, concept, { enum: options, ...extra });
export const number = (title: string, concept?: string, extra: ScalarExtra = {}) =>
  scalar('number', title, concept, { minimum: 0, ...extra }, 'number');
export const integer = (title: string, concept?: string, extra: ScalarExtra = {}) =>
  scalar('number', title, concept, { minimum: 0, ...extra }, 'integer');
export const idNumber = (title: string, concept?: string, extra: ScalarExtra = {}) =>
  scalar('id_number', title, concept, extra);
export const mobile = (title: string, concept?: string, extra: ScalarExtra = {}) =>
  scalar('mobile', title, concept, extra);
export const address = (title: string, concept?: string, extra: ScalarExtra = {}) =>
  scalar('address', title, concept, { maxLength: 200, ...extra });
export const region = (title: string, concept?: string, extra: ScalarExtra = {}) =>
  scalar('region', title, concept, extra);
export const uscc = (title: string, concept?: string, extra: ScalarExtra = {}) =>
  scalar('uscc', title, concept, extra);

export function rows(
  title: string,
  fields: Record<string, ScalarField>,
  options: {
    concept?: string;
    minItems?: number;
    maxItems?: number;
    optional?: string[];
    description?: string;
  } = {},
): RowsField {
  const keys = Object.keys(fields);
  return {
    type: 'array',
    'x-kind': 'rows',
    title,
    ...(options.description ? { description: options.description } : {}),
    ...(options.concept ? { 'x-concept': options.concept } : {}),
    minItems: options.minItems ?? 1,
    maxItems: options.maxItems ?? 50,
    items: {
      type: 'object',
      properties: fields,
      required: keys.filter((k) => !(options.optional ?? []).includes(k)),
      'x-order': keys,
    },
  };
}

/** The fields that mean the same across items, with their concept codes. */
export const F = {
  applicantName: () => text('申请人姓名', 'applicant.name', { maxLength: 50 }),
  applicantIdNumber: () => idNumber('申请人身份证号码', 'applicant.idNumber'),
  applicantMobile: () => mobile('联系电话', 'applicant.mobile'),
  applicantAddress: () => address('联系地址', 'applicant.address'),
  applicantHouseholdAddress: () => address('户籍地址', 'applicant.householdAddress'),
  applicantResidence: () => region('现居住地', 'applicant.residenceRegion'),
  applicantSex: () => select('性别', ['男', '女'], 'applicant.sex'),
  applicantEmployer: () => text('工作单位', 'applicant.employer'),
  bankName: () => text('开户银行', 'applicant.bankName', { maxLength: 60 }),
  bankAccount: () => text('银行账号', 'applicant.bankAccount', { maxLength: 32, minLength: 8 }),
  enterpriseName: () => text('单位名称', 'enterprise.name', { maxLength: 100 }),
  enterpriseUscc: () => uscc('统一社会信用代码', 'enterprise.uscc'),
  enterpriseAddress: () => address('住所（经营场所）', 'enterprise.address'),
  enterpriseType: () =>
    select(
      '市场主体类型',
      ['有限责任公司', '股份有限公司', '个人独资企业', '合伙企业', '个体工商户', '农民专业合作社'],
      'enterprise.type',
    ),
  businessScope: () => textarea('经营范围', 'enterprise.businessScope', { maxLength: 1000 }),
  registeredCapital: () => number('注册资本（万元）', 'enterprise.registeredCapital'),
  employeeCount: () => integer('从业人数', 'enterprise.employeeCount', { maximum: 100000 }),
  legalRepName: () => text('法定代表人（负责人）姓名', 'legalRepresentative.name', { maxLength: 50 }),
  legalRepIdNumber: () => idNumber('法定代表人（负责人）身份证号码', 'legalRepresentative.idNumber'),
  legalRepMobile: () => mobile('法定代表人（负责人）手机号码', 'legalRepresentative.mobile'),
  contactName: () => text('联系人姓名', 'contact.name', { maxLength: 50 }),
  contactMobile: () => mobile('联系人手机号码', 'contact.mobile'),
  newbornName: () => text('新生儿姓名', 'newborn.name', { maxLength: 30 }),
  newbornSex: () => select('新生儿性别', ['男', '女'], 'newborn.sex'),
  newbornBirthDate: () => date('出生日期', 'newborn.birthDate'),
  newbornBirthPlace: () => text('出生地点（医疗机构）', 'newborn.birthPlace'),
  newbornIdNumber: () =>
    idNumber('新生儿公民身份号码', 'newborn.idNumber', { description: '出生登记后取得' }),
  motherName: () => text('母亲姓名', 'mother.name', { maxLength: 50 }),
  motherIdNumber: () => idNumber('母亲身份证号码', 'mother.idNumber'),
  fatherName: () => text('父亲姓名', 'father.name', { maxLength: 50 }),
  fatherIdNumber: () => idNumber('父亲身份证号码', 'father.idNumber'),
  spouseName: () => text('配偶姓名', 'spouse.name', { maxLength: 50 }),
  spouseIdNumber: () => idNumber('配偶身份证号码', 'spouse.idNumber'),
  deceasedName: () => text('死者姓名', 'deceased.name', { maxLength: 50 }),
  deceasedIdNumber: () => idNumber('死者身份证号码', 'deceased.idNumber'),
  deathDate: () => date('死亡日期', 'deceased.deathDate'),
  relationToDeceased: () =>
    select(
      '申请人与死者关系',
      ['配偶', '子女', '父母', '兄弟姐妹', '其他亲属', '单位或组织'],
      'deceased.applicantRelation',
    ),
  propertyCertificateNo: () => text('不动产权证书号', 'property.certificateNo', { maxLength: 60 }),
  propertyAddress: () => address('房屋坐落', 'property.address'),
  propertyUnitNo: () => text('不动产单元号', 'property.unitNo', { maxLength: 28 }),
  propertyArea: () => number('建筑面积（平方米）', 'property.area'),
  projectName: () => text('项目名称', 'project.name', { maxLength: 150 }),
  projectCode: () => text('投资项目代码', 'project.code', { maxLength: 24 }),
  projectAddress: () => address('建设地点', 'project.address'),
  projectFloorArea: () => number('总建筑面积（平方米）', 'project.floorArea'),
  vehicleCount: () => integer('车辆数（辆）', 'transport.vehicleCount', { minimum: 1 }),
  childName: () => text('儿童姓名', 'child.name', { maxLength: 30 }),
  childIdNumber: () => idNumber('儿童身份证号码', 'child.idNumber'),
  guardianRelation: () =>
    select('申请人与儿童关系', ['父亲', '母亲', '其他监护人'], 'child.guardianRelation'),
  housingFundAccount: () => text('住房公积金个人账号', 'housingFund.accountNo', { maxLength: 30 }),
  taxpayerType: () => select('纳税人类型', ['小规模纳税人', '一般纳税人'], 'enterprise.taxpayerType'),
};

/** A form whose fields keep the order given; every field is required unless listed as optional. */
export function form(fields: Record<string, FormField>, optional: string[] = []): FormSchema {
  const keys = Object.keys(fields);
  for (const key of optional)
    if (!keys.includes(key)) throw new Error(`optional field ${key} is not in the form`);
  return {
    type: 'object',
    properties: fields,
    required: keys.filter((k) => !optional.includes(k)),
    'x-order': keys,
  };
}

/** Common row shapes. */
export const ROWS = {
  shareholders: () =>
    rows(
      '股东（发起人）及出资情况',
      {
        name: text('股东名称或姓名'),
        idType: select('证照类型', [
          '居民身份证',
          '统一社会信用代码',
          '护照',
          '港澳居民来往内地通行证',
          '其他',
        ]),
        idNo: text('证照号码', undefined, { maxLength: 30 }),
        amount: number('认缴出资额（万元）'),
        method: select('出资方式', ['货币', '实物', '知识产权', '土地使用权', '股权', '债权']),
        deadline: date('出资期限'),
      },
      {
        concept: 'enterprise.shareholders',
        maxItems: 50,
        description: '认缴出资额应在公司成立之日起五年内缴足',
      },
    ),
  staff: (title = '从业人员') =>
    rows(
      title,
      {
        name: text('姓名', undefined, { maxLength: 50 }),
        idNumber: idNumber('身份证号码'),
        post: text('岗位', undefined, { maxLength: 30 }),
        healthCertificateNo: text('健康证明编号', undefined, { maxLength: 40 }),
        healthCertificateExpiry: date('健康证明有效期至'),
      },
      {
        concept: 'enterprise.staff',
        maxItems: 500,
        optional: ['healthCertificateNo', 'healthCertificateExpiry'],
      },
    ),
  employees: () =>
    rows(
      '参保职工',
      {
        name: text('姓名', undefined, { maxLength: 50 }),
        idNumber: idNumber('身份证号码'),
        startDate: date('用工（参保）起始日期'),
        wage: number('月缴费工资（元）'),
      },
      { concept: 'enterprise.employees', maxItems: 500 },
    ),
  familyMembers: () =>
    rows(
      '共同生活家庭成员',
      {
        name: text('姓名', undefined, { maxLength: 50 }),
        idNumber: idNumber('身份证号码'),
        relation: select('与申请人关系', ['本人', '配偶', '子女', '父母', '其他']),
        income: number('月收入（元）'),
      },
      { concept: 'applicant.familyMembers', maxItems: 20 },
    ),
  heirs: () =>
    rows(
      '继承人（受益人）',
      {
        name: text('姓名', undefined, { maxLength: 50 }),
        idNumber: idNumber('身份证号码'),
        relation: select('与死者关系', ['配偶', '子女', '父母', '其他']),
        share: number('分配比例（%）', undefined, { maximum: 100 }),
      },
      { concept: 'deceased.heirs', maxItems: 20 },
    ),
  rightHolders: (title: string, concept: string) =>
    rows(
      title,
      {
        name: text('姓名或名称'),
        idType: select('证件类型', ['居民身份证', '统一社会信用代码', '护照', '其他']),
        idNo: text('证件号码', undefined, { maxLength: 30 }),
        share: select('共有方式', ['单独所有', '共同共有', '按份共有']),
        portion: number('份额（%）', undefined, { maximum: 100 }),
      },
      { concept, maxItems: 20, optional: ['portion'] },
    ),
  vehicles: () =>
    rows(
      '营运车辆',
      {
        plate: text('号牌号码', undefined, { maxLength: 10 }),
        vehicleType: select('车辆类型', ['重型货车', '中型货车', '轻型货车', '牵引车', '挂车', '客车']),
        tonnage: number('核定载质量（吨）'),
      },
      { concept: 'transport.vehicles', maxItems: 200 },
    ),
};

// ---- Items ---------------------------------------------------------------------------------------------

export type HandlingKind = NonNullable<ItemContent['handlingKind']>;
export const HANDLING_KIND_LABEL: Record<HandlingKind, string> = {
  new: '新设',
  change: '变更',
  renewal: '延续',
  cancellation: '注销',
};
export const CHILD_SUFFIX: Record<HandlingKind, string> = {
  new: '01',
  change: '02',
  renewal: '03',
  cancellation: '04',
};

/** What varies per implementation: content overrides (location, promised days …). */
export type ContentOverride = Partial<Omit<ItemContent, 'location'>> & {
  location?: Partial<ItemContent['location']>;
};

export interface Implementation {
  level: LevelPrefix;
  /** Implementing department area when not the item's own area (e.g. 不动产登记中心 for 自然资源 items). */
  area?: Area;
  override?: ContentOverride;
}

export interface ChildDraft {
  kind: HandlingKind;
  override?: ContentOverride;
  /** The 业务办理项's own handling rules; null for none; the item's when absent. */
  handling?: HandlingDraft | null;
}

/**
 * A process step of a demo item. Departments are named by area and resolved at the level of each
 * implementation (a 西湖区 item's branch to `natural-resources` goes to 西湖分局).
 */
export interface StepDraft extends Omit<ProcessStep, 'departmentUscc' | 'branches'> {
  /** The step's department when not the implementing one. */
  area?: Area;
  branches?: Array<Omit<ProcessBranch, 'departmentUscc'> & { area: Area }>;
}

/** 办理流程, 告知承诺, 容缺受理 and 秒批 of a demo item (see content.ts). */
export interface HandlingDraft {
  process?: StepDraft[];
  commitment?: Commitment;
  gapAcceptance?: GapAcceptance;
  autoApproval?: AutoApproval;
}

/** A process step keyed by its kind unless `extra.key` says otherwise. */
export function step(
  kind: StepKind,
  name: string,
  role: StepRole,
  budgetDays: number,
  extra: Partial<StepDraft> = {},
): StepDraft {
  return { key: kind, name, kind, role, budgetDays, ...extra };
}

export interface ItemDraft {
  /** Stable key, referenced by bundles: `<file>.<slug>`. */
  key: string;
  area: Area;
  /** Sequence in the base code, unique within the area and item type. */
  seq: number;
  name: string;
  itemType: ItemType;
  legalBasis: string;
  aliases?: string[];
  serviceObjects: ItemContent['serviceObjects'];
  acceptanceConditions: string;
  statutoryDays: number | null;
  statutoryNote?: string;
  promisedDays: number;
  promisedNote?: string;
  handlingType?: ItemContent['handlingType'];
  fees?: Fee[];
  processDescription?: string;
  processSteps?: ItemContent['processSteps'];
  handlingForms?: ItemContent['handlingForms'];
  onlineDepth?: number;
  requiredVisits?: number;
  visitReason?: string;
  appointment?: boolean;
  expressDelivery?: boolean;
  selfServiceTerminal?: boolean;
  inHall?: boolean;
  crossRegionScope?: ItemContent['crossRegionScope'];
  result: ItemContent['result'];
  topics: { person?: PersonTopic[]; enterprise?: EnterpriseTopic[] };
  faq?: Array<[string, string]>;
  materials: MaterialDraft[];
  form: FormSchema;
  /** Overrides the department's default hall location for every implementation. */
  location?: Partial<ItemContent['location']>;
  at: Array<LevelPrefix | Implementation>;
  /** 业务办理项 (新设/变更/延续/注销) under this item at every implementation. */
  children?: ChildDraft[];
  /** Process, 告知承诺, 容缺受理 and 秒批; the 业务办理项 inherit them unless they say otherwise. */
  handling?: HandlingDraft;
}

/** A base item, with the content every implementation shares (level and location are filled per department). */
export interface ItemSpec {
  key: string;
  area: Area;
  content: Omit<ItemContent, 'exerciseLevel' | 'location' | 'consultation' | 'complaint'>;
  location?: Partial<ItemContent['location']>;
  at: Implementation[];
  children: ChildDraft[];
  handling?: HandlingDraft;
}

const INSTANT_STEPS = [
  {
    name: '申请',
    description: '通过浙江政务服务网、浙里办APP或政务服务中心窗口提交申请，可调用电子证照和共享数据免交材料',
  },
  { name: '受理', description: '对申请材料进行审核，材料齐全、符合法定形式的当场受理' },
  { name: '办结', description: '当场作出决定并出具办理结果，结果信息实时推送至申请人“我的办件”' },
];

const PROMISED_STEPS = [
  {
    name: '申请',
    description: '通过浙江政务服务网、浙里办APP或政务服务中心窗口提交申请，可调用电子证照和共享数据免交材料',
  },
  {
    name: '受理',
    description:
      '材料齐全、符合法定形式的予以受理；材料不齐全的，当场或者在5个工作日内一次性告知需要补正的全部内容',
  },
  { name: '审查', description: '对申请材料进行审查，需要现场核查的组织现场核查' },
  {
    name: '决定',
    description: '在承诺时限内作出准予或者不予办理的决定，不予办理的书面说明理由并告知救济途径',
  },
  { name: '送达', description: '办理结果可选择窗口领取、免费邮寄或电子证照方式送达' },
];

export function item(d: ItemDraft): ItemSpec {
  const handlingType = d.handlingType ?? (d.promisedDays === 0 ? 'instant' : 'promised');
  const requiredVisits = d.requiredVisits ?? 0;
  const handlingForms = d.handlingForms ?? ['online', 'window'];
  const onlineDepth =
    d.onlineDepth ??
    (requiredVisits > 0 ? 4 : d.result.licenceType ? 7 : handlingForms.includes('online') ? 6 : 2);
  const fees = d.fees ?? [];
  const steps = d.processSteps ?? (handlingType === 'instant' ? INSTANT_STEPS : PROMISED_STEPS);
  return {
    key: d.key,
    area: d.area,
    location: d.location,
    at: d.at.map((a) => (typeof a === 'string' ? { level: a } : a)),
    children: d.children ?? [],
    ...(d.handling ? { handling: d.handling } : {}),
    content: {
      name: d.name,
      baseCode: baseCodeFor(d.itemType, d.area, d.seq),
      itemType: d.itemType,
      competentDepartment: COMPETENT_DEPARTMENT[d.area],
      legalBasis: d.legalBasis,
      aliases: d.aliases ?? [],
      serviceObjects: d.serviceObjects,
      acceptanceConditions: d.acceptanceConditions,
      handlingType,
      statutoryDays: d.statutoryDays,
      ...(d.statutoryNote ? { statutoryNote: d.statutoryNote } : {}),
      promisedDays: d.promisedDays,
      ...(d.promisedNote
        ? { promisedNote: d.promisedNote }
        : handlingType === 'instant'
          ? { promisedNote: '即办件，材料齐全当场办结' }
          : {}),
      fees,
      processDescription: d.processDescription ?? steps.map((s) => s.name).join('→'),
      processSteps: steps,
      handlingForms,
      onlineDepth,
      requiredVisits,
      ...(d.visitReason ? { visitReason: d.visitReason } : {}),
      appointment: d.appointment ?? true,
      expressDelivery: d.expressDelivery ?? d.result.type === 'certificate',
      onlinePayment: fees.some((f) => f.amountFen > 0),
      selfServiceTerminal: d.selfServiceTerminal ?? false,
      inHall: d.inHall ?? true,
      crossRegionScope: d.crossRegionScope ?? 'province',
      result: d.result,
      topics: { person: d.topics.person ?? [], enterprise: d.topics.enterprise ?? [] },
      faq: (d.faq ?? []).map(([question, answer]) => ({ question, answer })),
      materials: d.materials.map(({ key, ...m }, i) => ({
        key: key ?? `M${String(i + 1).padStart(2, '0')}`,
        ...m,
      })),
      form: d.form,
    },
  };
}

// ---- Bundles -------------------------------------------------------------------------------------------

/** A component of a bundle: an item key at a department, optionally one of its 业务办理项. */
export interface ItemRef {
  item: string;
  level: LevelPrefix;
  area?: Area;
  child?: HandlingKind;
}

export interface BundleDraft {
  code: string;
  content: Omit<BundleContent, 'items'>;
  items: Array<{ ref: ItemRef; dependsOn?: ItemRef[]; optional?: boolean }>;
}

export const ref = (
  item: string,
  level: LevelPrefix,
  extra: Omit<ItemRef, 'item' | 'level'> = {},
): ItemRef => ({
  item,
  level,
  ...extra,
});

// ---- Repeated legal texts ------------------------------------------------------------------------------

export const LAW = {
  socialInsurance: '《中华人民共和国社会保险法》',
  adminLicensing42: '《中华人民共和国行政许可法》第四十二条',
  commitment:
    '《国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》（国办发〔2020〕42号）',
};

/** 法定时限 note for items the law sets no deadline for: the province's list sets one. */
export const NO_STATUTORY_LIMIT = '法律、法规未规定办理时限，按本省实施清单确定的时限办理';
