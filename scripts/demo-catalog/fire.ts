// 消防救援: safety inspection of crowded places before opening.
import { F, MAT, commitmentLetter, form, idNumber, item, mobile, own, rows, select, text } from './common.ts';

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
    at: ['xh', 'hz'],
  }),
];
