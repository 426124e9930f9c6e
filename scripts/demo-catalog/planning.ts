// 自然资源（规划）: land-use pre-approval and site selection, land-use and construction planning permits.
import { F, MAT, applicationForm, form, item, number, own, select } from './common.ts';

const PLANNING_LAW = '《中华人民共和国城乡规划法》';
const LICENSING_42 = '《中华人民共和国行政许可法》第四十二条：自受理之日起二十日内作出决定';
const projectFields = () => ({
  projectName: F.projectName(),
  projectCode: F.projectCode(),
  projectAddress: F.projectAddress(),
  enterpriseName: { ...F.enterpriseName(), title: '建设单位名称' },
  enterpriseUscc: F.enterpriseUscc(),
  contactMobile: F.contactMobile(),
});

export const planningItems = [
  item({
    key: 'planning.site-selection',
    area: 'natural-resources',
    seq: 1,
    name: '建设项目用地预审与选址意见书核发',
    itemType: '行政许可',
    legalBasis: `《中华人民共和国土地管理法》第五十二条；${PLANNING_LAW}第三十六条；《建设项目用地预审管理办法》`,
    aliases: ['用地预审', '选址意见书', '多审合一'],
    serviceObjects: ['legal_person'],
    acceptanceConditions:
      '以划拨方式取得国有土地使用权的建设项目，以及需审批、核准的建设项目在可行性研究或项目申请报告阶段申请用地预审与选址；项目符合国土空间规划和用途管制要求。',
    statutoryDays: 20,
    statutoryNote: LICENSING_42,
    promisedDays: 10,
    result: { type: 'document', name: '建设项目用地预审与选址意见书' },
    topics: { enterprise: ['construction'] },
    materials: [
      applicationForm('建设项目用地预审与选址申请表'),
      MAT.projectCode(),
      own('建设项目拟选址位置及用地范围图'),
      own('项目建设依据（项目建议书批复等）', {
        necessity: 'conditional',
        condition: '需审批的政府投资项目',
      }),
    ],
    form: form({ ...projectFields(), landArea: number('拟用地面积（平方米）', 'project.landArea') }),
    at: ['zj', 'hz'],
  }),
  item({
    key: 'planning.land-use-permit',
    area: 'natural-resources',
    seq: 2,
    name: '建设用地规划许可证核发',
    itemType: '行政许可',
    legalBasis: `${PLANNING_LAW}第三十七条、第三十八条`,
    aliases: ['用地规划许可', '建设用地规划许可证'],
    serviceObjects: ['legal_person'],
    acceptanceConditions:
      '以划拨方式提供国有土地使用权的建设项目，经有关部门批准、核准、备案后申请；以出让方式取得国有土地使用权的，签订国有建设用地使用权出让合同后申请。',
    statutoryDays: 20,
    statutoryNote: LICENSING_42,
    promisedDays: 5,
    promisedNote: '以出让方式取得土地的，与签订出让合同同步核发',
    result: { type: 'certificate', name: '建设用地规划许可证' },
    topics: { enterprise: ['construction'] },
    materials: [
      applicationForm('建设用地规划许可申请表'),
      own('国有建设用地使用权出让合同或划拨决定书'),
      MAT.projectCode(),
    ],
    form: form({ ...projectFields(), landArea: number('用地面积（平方米）', 'project.landArea') }),
    at: ['hz'],
  }),
  item({
    key: 'planning.construction-planning-permit',
    area: 'natural-resources',
    seq: 3,
    name: '建设工程规划许可证核发',
    itemType: '行政许可',
    legalBasis: `${PLANNING_LAW}第四十条`,
    aliases: ['工程规划许可证', '规划许可', '方案审批'],
    serviceObjects: ['legal_person'],
    acceptanceConditions:
      '在城市、镇规划区内进行建筑物、构筑物、道路、管线和其他工程建设的，建设单位或者个人已取得土地使用权证明文件，建设工程设计方案符合控制性详细规划和规划条件。',
    statutoryDays: 20,
    statutoryNote: LICENSING_42,
    promisedDays: 5,
    result: { type: 'certificate', name: '建设工程规划许可证' },
    topics: { enterprise: ['construction'] },
    faq: [
      [
        '规划许可证和施工许可证可以一起办吗？',
        '可以。通过“工程建设项目施工许可一件事”，规划许可核发后施工许可自动启动并联审查。',
      ],
    ],
    materials: [
      applicationForm('建设工程规划许可申请表'),
      MAT.realEstateCertificate({ name: '使用土地的有关证明文件（国有建设用地使用权不动产权证书）' }),
      own('建设工程设计方案', { form: 'electronic', copies: 0 }),
      MAT.projectCode(),
    ],
    form: form({
      ...projectFields(),
      projectFloorArea: F.projectFloorArea(),
      height: number('建筑高度（米）'),
      use: select('建筑性质', ['居住', '商业', '办公', '工业', '公共服务设施', '其他']),
    }),
    at: ['hz', 'xh'],
  }),
  item({
    key: 'planning.rural-planning-permit',
    area: 'natural-resources',
    seq: 4,
    name: '乡村建设规划许可证核发',
    itemType: '行政许可',
    legalBasis: `${PLANNING_LAW}第四十一条；《浙江省城乡规划条例》`,
    aliases: ['农房建设许可', '农村建房审批', '乡村规划许可'],
    serviceObjects: ['natural_person', 'legal_person'],
    acceptanceConditions:
      '在乡、村庄规划区内进行乡镇企业、乡村公共设施和公益事业建设以及农村村民住宅建设的，符合村庄规划；占用农用地的已依法办理农用地转用审批。',
    statutoryDays: 20,
    statutoryNote: LICENSING_42,
    promisedDays: 10,
    result: { type: 'certificate', name: '乡村建设规划许可证' },
    topics: { person: ['housing'], enterprise: ['construction'] },
    materials: [
      applicationForm('乡村建设规划许可申请表'),
      MAT.idCard(),
      own('村民委员会意见', { sourceChannel: 'other' }),
      own('建设工程设计图或农房通用图集选用说明'),
    ],
    form: form({
      applicantName: F.applicantName(),
      applicantIdNumber: F.applicantIdNumber(),
      projectAddress: F.projectAddress(),
      projectFloorArea: F.projectFloorArea(),
      floors: select('建筑层数', ['一层', '二层', '三层']),
      applicantMobile: F.applicantMobile(),
    }),
    at: ['xh'],
  }),
];
