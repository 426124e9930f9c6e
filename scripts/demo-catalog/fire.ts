// 消防救援: safety inspection of crowded places before opening.
import {
  F,
  MAT,
  commitmentLetter,
  form,
  idNumber,
  item,
  mobile,
  own,
  rows,
  select,
  step,
  text,
} from './common.ts';

export const fireItems = [
  item({
    key: 'fire.pre-opening-inspection',
    area: 'fire-rescue',
    seq: 1,
    name: '公众聚集场所投入使用、营业前消防安全检查',
    itemType: '行政许可',
    legalBasis: '《中华人民共和国消防法》第十五条；《消防监督检查规定》',
    aliases: ['消防安全检查', '消防检查合格证', '开业消防检查', '饭店消防', '消防审批'],
    serviceObjects: ['legal_person', 'natural_person'],
    acceptanceConditions:
      '宾馆、饭店、商场、集贸市场、客运车站候车室、民用机场航站楼、体育场馆、会堂、公共娱乐场所等公众聚集场所，在投入使用、营业前向场所所在地消防救援机构申请消防安全检查；依法需要消防验收或者备案的建设工程已经验收合格或者备案。',
    statutoryDays: 10,
    statutoryNote:
      '《中华人民共和国消防法》第十五条：选择不采用告知承诺方式的，自受理申请之日起十日内对场所进行检查',
    promisedDays: 3,
    promisedNote:
      '采用告知承诺方式的，材料齐全当场作出许可决定，并在许可后依法核查；不采用告知承诺的3个工作日内检查并作出决定',
    result: {
      type: 'certificate',
      name: '公众聚集场所投入使用、营业消防安全检查合格证',
      licenceType: 'fire_safety_inspection',
    },
    topics: { enterprise: ['operating_permit', 'startup'] },
    faq: [
      [
        '小饭店也要办消防安全检查吗？',
        '属于公众聚集场所的饭店需要办理；具体以建筑面积和用途判定，可在申请前通过浙里办自查。',
      ],
      [
        '什么是告知承诺方式？',
        '申请人书面承诺场所符合消防技术标准和管理规定，消防救援机构对材料审查合格即予许可，之后进行核查；发现与承诺不符的依法撤销许可。',
      ],
    ],
    materials: [
      commitmentLetter('公众聚集场所投入使用、营业消防安全告知承诺书', {
        basis: '《中华人民共和国消防法》第十五条',
      }),
      MAT.businessLicence(),
      own('消防验收合格或备案证明材料', {
        sourceChannel: 'government',
        form: 'electronic',
        copies: 0,
        sourceNote: '住房城乡建设部门消防验收（备案）信息共享',
        concept: 'fire_acceptance',
      }),
      own('场所平面布置图、场所消防设施平面图', { concept: 'premises_layout' }),
      own('消防安全制度、灭火和应急疏散预案'),
      own('室内装修消防设计施工图、消防产品质量合格证明文件及装修材料防火性能符合消防技术标准的证明文件', {
        necessity: 'conditional',
        condition: '场所进行室内装修的',
      }),
    ],
    form: form({
      enterpriseName: F.enterpriseName(),
      enterpriseUscc: F.enterpriseUscc(),
      enterpriseAddress: F.enterpriseAddress(),
      placeType: select('场所类型', [
        '饭店',
        '宾馆',
        '商场',
        '集贸市场',
        '公共娱乐场所',
        '体育场馆',
        '会堂',
        '客运车站候车室',
        '其他',
      ]),
      premisesArea: F.propertyArea(),
      floors: text('所在楼层', undefined, { maxLength: 30 }),
      safetyManagers: rows(
        '消防安全责任人和管理人',
        {
          name: text('姓名', undefined, { maxLength: 50 }),
          idNumber: idNumber('身份证号码'),
          role: select('职责', ['消防安全责任人', '消防安全管理人']),
          mobile: mobile('手机号码'),
        },
        { concept: 'fire.safetyManagers', maxItems: 5 },
      ),
      commitment: select('办理方式', ['告知承诺', '不采用告知承诺（现场检查后决定）']),
      contactMobile: F.contactMobile(),
    }),
    handling: {
      // Without a commitment: inspection on site, then the decision.
      process: [
        step('accept', '受理', 'window', 0),
        step('review', '现场检查', 'reviewer', 2),
        step('decide', '许可决定', 'leader', 1),
        step('issue', '送达', 'window', 0),
      ],
      // 消防法 第十五条 (2021): 告知承诺 by default; the plans and the rules are shown at the site check,
      // which the brigade makes within 20 working days of the permit (《公众聚集场所投入使用、营业消防安全检查规则》).
      commitment: {
        text:
          '本单位（本人）郑重承诺：\n' +
          '1. 场所已依法通过建设工程消防验收或者备案，符合消防技术标准和管理规定；\n' +
          '2. 已建立消防安全制度、灭火和应急疏散预案，消防设施、器材和消防安全标志完好有效，疏散通道、安全出口畅通；\n' +
          '3. 室内装修使用的装修材料防火性能符合消防技术标准；所提交材料真实、有效。\n' +
          '本单位知晓消防救援机构将自作出许可决定之日起20个工作日内进行现场核查；核查发现与承诺内容不符的，依法承担责令停止使用或者停产停业、罚款、撤销许可等法律责任。',
        // 场所平面布置图和消防设施平面图; 消防安全制度和预案; 室内装修证明文件.
        materialKeys: ['M04', 'M05', 'M06'],
        verification: { withinDays: 20, method: 'site_inspection' },
      },
    },
    at: ['xh', 'hz'],
  }),
];
