// 烟草专卖: tobacco retail licence (杭州市烟草专卖局 licenses Hangzhou's urban districts).
import { F, MAT, applicationForm, form, item, select } from './common.ts';

export const tobaccoItems = [
  item({
    key: 'tobacco.retail-licence',
    area: 'tobacco',
    seq: 1,
    name: '烟草专卖零售许可证核发',
    itemType: '行政许可',
    legalBasis:
      '《中华人民共和国烟草专卖法》第十六条；《中华人民共和国烟草专卖法实施条例》；《烟草专卖许可证管理办法》（工业和信息化部令第37号）',
    aliases: ['烟草证', '卖烟许可证', '烟草零售许可', '小店卖烟'],
    serviceObjects: ['natural_person', 'legal_person'],
    acceptanceConditions:
      '有与经营烟草制品零售业务相适应的资金；有与住所相独立的固定经营场所；符合当地烟草制品零售点合理布局的要求；国务院烟草专卖行政主管部门规定的其他条件。经营场所所在地未设立县级烟草专卖局的，向地市级烟草专卖局申请。',
    statutoryDays: 20,
    statutoryNote:
      '《烟草专卖许可证管理办法》：自受理申请之日起20日内作出决定（20日内不能作出的，经负责人批准可延长10日）',
    promisedDays: 5,
    promisedNote: '含实地核查',
    result: { type: 'certificate', name: '烟草专卖零售许可证', licenceType: 'tobacco_retail_permit' },
    topics: { enterprise: ['operating_permit'] },
    faq: [
      [
        '烟草专卖零售许可证有效期多久？',
        '烟草专卖许可证有效期最长为5年；有效期届满需要继续经营的，在届满前申请延续。',
      ],
    ],
    materials: [
      applicationForm('烟草专卖零售许可证申请表'),
      MAT.businessLicence(),
      MAT.idCard('经营者（负责人）'),
      MAT.leaseContract(),
    ],
    form: form({
      enterpriseName: F.enterpriseName(),
      enterpriseUscc: F.enterpriseUscc(),
      enterpriseAddress: F.enterpriseAddress(),
      operatorName: F.legalRepName(),
      operatorIdNumber: F.legalRepIdNumber(),
      businessType: select('经营业态', ['便利店', '超市', '食杂店', '餐饮店', '娱乐服务类', '其他']),
      contactMobile: F.contactMobile(),
    }),
    at: ['hz'],
    children: [
      { kind: 'new' },
      {
        kind: 'change',
        override: {
          promisedDays: 3,
          acceptanceConditions:
            '企业名称、负责人（经营者）、经营地址等许可事项发生变化的，向原发证机关申请变更。',
        },
      },
      {
        kind: 'renewal',
        override: {
          promisedDays: 3,
          acceptanceConditions:
            '烟草专卖零售许可证有效期届满需要继续经营的，在有效期届满30日前向原发证机关申请延续。',
        },
      },
      {
        kind: 'cancellation',
        override: {
          promisedDays: 0,
          handlingType: 'instant',
          promisedNote: '即办件，材料齐全当场办结',
          onlineDepth: 6,
          acceptanceConditions: '持证人歇业、停业或者营业执照被注销、吊销的。',
          result: { type: 'document', name: '烟草专卖零售许可证注销通知书' },
        },
      },
    ],
  }),
];
