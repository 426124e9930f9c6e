// 生态环境: pollutant discharge permits and registration, environmental impact assessment, hazardous waste, radiation.
import { F, MAT, applicationForm, form, item, number, own, select, text } from './common.ts';

const PERMIT_BASIS =
  '《中华人民共和国环境保护法》第四十五条；《排污许可管理条例》第二条至第十五条；《排污许可管理办法》';
const EIA_BASIS = '《中华人民共和国环境影响评价法》第十六条、第二十二条；《建设项目环境保护管理条例》第九条';
const projectFields = () => ({
  projectName: F.projectName(),
  projectCode: F.projectCode(),
  projectAddress: F.projectAddress(),
  enterpriseName: text('建设单位名称', 'enterprise.name', { maxLength: 100 }),
  enterpriseUscc: F.enterpriseUscc(),
  investment: number('总投资（万元）'),
  industry: text('国民经济行业类别', 'enterprise.industry', { maxLength: 60 }),
  contactMobile: F.contactMobile(),
});

export const environmentItems = [
  item({
    key: 'ecology.discharge-permit',
    area: 'ecology',
    seq: 1,
    name: '排污许可证核发',
    itemType: '行政许可',
    legalBasis: PERMIT_BASIS,
    aliases: ['排污许可', '排污证', '排污许可证申请', '固定污染源排污许可'],
    serviceObjects: ['legal_person'],
    acceptanceConditions:
      '依照法律规定实行排污许可管理的企业事业单位和其他生产经营者（依据《固定污染源排污许可分类管理名录》实行重点管理或简化管理）；依法取得建设项目环境影响评价文件审批意见或按规定办理备案；污染物排放符合国家或地方排放标准和重点污染物排放总量控制要求；自行监测方案符合规定。',
    statutoryDays: 30,
    statutoryNote:
      '《排污许可管理条例》第十二条：简化管理的自受理申请之日起20日内、重点管理的30日内作出审批决定；需要进行现场核查的45日内',
    promisedDays: 10,
    result: { type: 'certificate', name: '排污许可证' },
    topics: { enterprise: ['environment', 'operating_permit'] },
    faq: [
      [
        '排污许可证有效期多久？',
        '排污许可证有效期为5年；需要继续排放污染物的，应当于有效期届满60日前申请延续。',
      ],
      [
        '不需要申领排污许可证的怎么办？',
        '污染物产生量、排放量和对环境的影响程度很小的，实行排污登记管理，在全国排污许可证管理信息平台填报排污登记表即可。',
      ],
    ],
    materials: [
      applicationForm('排污许可证申请表', { sourceNote: '通过全国排污许可证管理信息平台填报' }),
      own('自行监测方案'),
      own('守法承诺书'),
      own('排污单位有关排污口规范化的情况说明'),
      own('建设项目环境影响评价文件审批文号或者备案编号', {
        sourceChannel: 'government',
        form: 'electronic',
        copies: 0,
        sourceNote: '由系统关联环评审批信息',
        concept: 'eia_approval',
      }),
      MAT.businessLicence(),
    ],
    form: form({
      enterpriseName: F.enterpriseName(),
      enterpriseUscc: F.enterpriseUscc(),
      enterpriseAddress: F.enterpriseAddress(),
      industry: text('国民经济行业类别', 'enterprise.industry', { maxLength: 60 }),
      management: select('管理类别', ['重点管理', '简化管理']),
      pollutants: select('主要排放污染物类别', ['废气', '废水', '废气和废水', '工业固体废物']),
      contactMobile: F.contactMobile(),
    }),
    at: ['hz', 'xh'],
    children: [
      { kind: 'new' },
      {
        kind: 'change',
        override: {
          promisedDays: 5,
          acceptanceConditions:
            '排污单位名称、住所、法定代表人等事项，或排放污染物的种类、浓度、排放量等许可事项发生变化的，依法申请变更排污许可证。',
        },
      },
      {
        kind: 'renewal',
        override: {
          promisedDays: 10,
          acceptanceConditions:
            '排污许可证有效期届满，排污单位需要继续排放污染物的，应当于排污许可证有效期届满60日前向审批部门提出申请。',
        },
      },
      {
        kind: 'cancellation',
        override: {
          promisedDays: 0,
          handlingType: 'instant',
          promisedNote: '即办件，材料齐全当场办结',
          acceptanceConditions: '排污单位终止排污、有效期届满未延续，或者排污许可证依法被撤销、吊销的。',
          result: { type: 'document', name: '排污许可证注销通知' },
        },
      },
    ],
  }),
  item({
    key: 'ecology.discharge-registration',
    area: 'ecology',
    seq: 2,
    name: '固定污染源排污登记',
    itemType: '行政备案',
    legalBasis: '《排污许可管理条例》第二十四条；《固定污染源排污许可分类管理名录》',
    aliases: ['排污登记', '排污登记表', '小微企业排污'],
    serviceObjects: ['legal_person'],
    acceptanceConditions:
      '依照《固定污染源排污许可分类管理名录》实行排污登记管理的排污单位，在全国排污许可证管理信息平台填报排污登记表。',
    statutoryDays: 0,
    statutoryNote: '在线填报后即时生成登记编号',
    promisedDays: 0,
    result: { type: 'other', name: '固定污染源排污登记回执' },
    topics: { enterprise: ['environment'] },
    materials: [applicationForm('固定污染源排污登记表'), MAT.businessLicence()],
    form: form({
      enterpriseName: F.enterpriseName(),
      enterpriseUscc: F.enterpriseUscc(),
      enterpriseAddress: F.enterpriseAddress(),
      industry: text('国民经济行业类别', 'enterprise.industry', { maxLength: 60 }),
      contactMobile: F.contactMobile(),
    }),
    at: ['xh'],
  }),
  item({
    key: 'ecology.eia-report',
    area: 'ecology',
    seq: 3,
    name: '建设项目环境影响报告书审批',
    itemType: '行政许可',
    legalBasis: EIA_BASIS,
    aliases: ['环评审批', '环评报告书', '环境影响评价审批'],
    serviceObjects: ['legal_person'],
    acceptanceConditions:
      '依据《建设项目环境影响评价分类管理名录》应当编制环境影响报告书的建设项目，在开工建设前报批；项目符合生态环境保护法律法规和相关法定规划，满足区域环境质量改善目标管理要求。',
    statutoryDays: 60,
    statutoryNote:
      '《中华人民共和国环境影响评价法》第二十二条：自收到环境影响报告书之日起六十日内作出审批决定',
    promisedDays: 20,
    promisedNote: '不含技术评估和公示时间',
    result: { type: 'approval', name: '建设项目环境影响报告书的审批批复' },
    topics: { enterprise: ['environment', 'construction'] },
    materials: [
      applicationForm('建设项目环境影响评价文件报批申请书'),
      own('建设项目环境影响报告书（全本）', {
        sourceChannel: 'intermediary',
        sourceNote: '由建设单位或其委托的技术单位编制',
      }),
      own('公众参与说明'),
      own('删除涉及国家秘密、商业秘密内容的说明', {
        necessity: 'conditional',
        condition: '报告书涉及国家秘密、商业秘密的',
      }),
    ],
    form: form(projectFields()),
    at: ['zj', 'hz'],
  }),
  item({
    key: 'ecology.eia-form',
    area: 'ecology',
    seq: 4,
    name: '建设项目环境影响报告表审批',
    itemType: '行政许可',
    legalBasis: EIA_BASIS,
    aliases: ['环评报告表', '环评审批'],
    serviceObjects: ['legal_person'],
    acceptanceConditions:
      '依据《建设项目环境影响评价分类管理名录》应当编制环境影响报告表的建设项目，在开工建设前报批。',
    statutoryDays: 30,
    statutoryNote:
      '《中华人民共和国环境影响评价法》第二十二条：自收到环境影响报告表之日起三十日内作出审批决定',
    promisedDays: 10,
    promisedNote: '不含技术评估和公示时间；符合“区域环评+环境标准”改革条件的可实行告知承诺',
    result: { type: 'approval', name: '建设项目环境影响报告表的审批批复' },
    topics: { enterprise: ['environment', 'construction'] },
    materials: [
      applicationForm('建设项目环境影响评价文件报批申请书'),
      own('建设项目环境影响报告表', { sourceChannel: 'intermediary' }),
    ],
    form: form(projectFields()),
    at: ['hz', 'xh'],
  }),
  item({
    key: 'ecology.eia-registration',
    area: 'ecology',
    seq: 5,
    name: '建设项目环境影响登记表备案',
    itemType: '行政备案',
    legalBasis:
      '《中华人民共和国环境影响评价法》第十六条、第二十二条；《建设项目环境影响登记表备案管理办法》',
    aliases: ['环评登记表', '环评备案'],
    serviceObjects: ['legal_person'],
    acceptanceConditions:
      '依据《建设项目环境影响评价分类管理名录》应当填报环境影响登记表的建设项目，在建成并投入生产运营前通过网上备案系统填报。',
    statutoryDays: 0,
    statutoryNote: '网上填报提交后即时生成备案编号',
    promisedDays: 0,
    result: { type: 'other', name: '建设项目环境影响登记表备案回执' },
    topics: { enterprise: ['environment', 'construction'] },
    materials: [applicationForm('建设项目环境影响登记表')],
    form: form(projectFields()),
    at: ['xh'],
  }),
  item({
    key: 'ecology.hazardous-waste-permit',
    area: 'ecology',
    seq: 6,
    name: '危险废物经营许可证核发',
    itemType: '行政许可',
    legalBasis: '《中华人民共和国固体废物污染环境防治法》第八十条；《危险废物经营许可证管理办法》',
    aliases: ['危废经营许可', '危险废物处置许可', '危废收集许可'],
    serviceObjects: ['legal_person'],
    acceptanceConditions:
      '有符合规定的技术人员、运输工具、包装工具、贮存设施和处置设施；有保证危险废物经营安全的规章制度、污染防治措施和事故应急救援措施；有与所经营危险废物类别相适应的处置技术和工艺。',
    statutoryDays: 20,
    statutoryNote:
      '《危险废物经营许可证管理办法》：自受理申请之日起20个工作日内审查并作出决定（不含现场核查、专家评审时间）',
    promisedDays: 15,
    result: { type: 'certificate', name: '危险废物经营许可证' },
    topics: { enterprise: ['environment', 'operating_permit'] },
    materials: [
      applicationForm('危险废物经营许可证申请书'),
      MAT.businessLicence(),
      own('专业技术人员的职称证明和社保缴纳证明'),
      own('贮存、处置设施的有关证明材料和检测报告', { sourceChannel: 'intermediary' }),
      own('安全管理制度、污染防治措施和危险废物事故应急预案'),
    ],
    form: form({
      enterpriseName: F.enterpriseName(),
      enterpriseUscc: F.enterpriseUscc(),
      enterpriseAddress: F.enterpriseAddress(),
      mode: select('经营方式', ['收集、贮存、利用', '收集、贮存、处置', '收集、贮存、利用、处置', '收集']),
      capacity: number('年经营规模（吨）'),
      contactMobile: F.contactMobile(),
    }),
    at: ['zj'],
  }),
  item({
    key: 'ecology.radiation-permit',
    area: 'ecology',
    seq: 7,
    name: '辐射安全许可证核发',
    itemType: '行政许可',
    legalBasis:
      '《中华人民共和国放射性污染防治法》第二十八条；《放射性同位素与射线装置安全和防护条例》；《放射性同位素与射线装置安全许可管理办法》',
    aliases: ['辐射安全许可', '射线装置许可', '医院放射许可'],
    serviceObjects: ['legal_person'],
    acceptanceConditions:
      '生产、销售、使用放射性同位素和射线装置的单位，有与所从事活动相适应的专业技术人员、安全和防护设施、管理制度和事故应急措施；已取得环境影响评价文件批复。',
    statutoryDays: 20,
    statutoryNote: '《放射性同位素与射线装置安全和防护条例》：自受理申请之日起20个工作日内完成审查',
    promisedDays: 10,
    result: { type: 'certificate', name: '辐射安全许可证' },
    topics: { enterprise: ['environment', 'operating_permit'] },
    materials: [
      applicationForm('辐射安全许可证申请表'),
      MAT.businessLicence(),
      own('环境影响评价文件批复', {
        sourceChannel: 'government',
        form: 'electronic',
        copies: 0,
        concept: 'eia_approval',
      }),
      own('辐射安全与防护培训考核合格人员名单'),
      own('辐射安全管理规章制度和事故应急预案'),
    ],
    form: form({
      enterpriseName: F.enterpriseName(),
      enterpriseUscc: F.enterpriseUscc(),
      enterpriseAddress: F.enterpriseAddress(),
      activity: select('活动种类和范围', [
        '使用Ⅲ类射线装置',
        '使用Ⅱ类射线装置',
        '使用放射性同位素',
        '销售射线装置',
        '生产放射性同位素',
      ]),
      contactMobile: F.contactMobile(),
    }),
    at: ['zj', 'hz'],
  }),
];
