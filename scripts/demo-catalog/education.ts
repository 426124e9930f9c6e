// 教育: compulsory-education enrolment and transfers, kindergarten places, teacher qualifications.
import { F, MAT, applicationForm, date, form, item, own, select, text } from './common.ts';

const EDU_HALL = { address: '杭州市西湖区教育局招生服务窗口；“杭州市义务教育招生入学服务平台”网上报名' };
const childFields = () => ({
  childName: F.childName(),
  childIdNumber: F.childIdNumber(),
  childBirthDate: date('儿童出生日期', 'child.birthDate'),
  guardianName: F.applicantName(),
  guardianIdNumber: F.applicantIdNumber(),
  guardianRelation: F.guardianRelation(),
});

export const educationItems = [
  item({
    key: 'education.compulsory-enrolment',
    area: 'education',
    seq: 1,
    name: '义务教育入学登记',
    itemType: '公共服务',
    legalBasis: '《中华人民共和国义务教育法》第十一条、第十二条；《浙江省义务教育条例》',
    aliases: ['小学报名', '初中报名', '幼升小', '小升初', '入学报名', '新生入学'],
    serviceObjects: ['natural_person'],
    acceptanceConditions:
      '年满六周岁的适龄儿童（小学一年级）及小学毕业生（初中一年级），在户籍所在地学校就近入学；非本市户籍随迁子女按本市积分入学等规定申请。',
    statutoryDays: null,
    promisedDays: 20,
    promisedNote: '按年度招生工作日程（一般5月报名、7月公布结果）',
    result: { type: 'other', name: '义务教育学校入学安排结果' },
    topics: { person: ['education'] },
    location: EDU_HALL,
    faq: [
      [
        '报名需要提交房产证吗？',
        '户籍和房产信息由平台通过公安、不动产登记数据自动比对，比对通过的无需上传纸质材料。',
      ],
      [
        '随迁子女怎么入学？',
        '符合条件的随迁子女按杭州市积分入学办法申请，居住证、社保缴纳和租赁备案信息由系统核验。',
      ],
    ],
    materials: [
      MAT.householdRegister('儿童及其父母', { name: '儿童及其父母居民户口簿' }),
      MAT.realEstateCertificate({
        name: '实际居住房屋的不动产权证书',
        necessity: 'conditional',
        condition: '以自有住房报名的',
      }),
      own('房屋租赁登记备案证明', {
        necessity: 'conditional',
        condition: '以租赁住房报名的',
        concept: 'rental_filing',
      }),
      own('浙江省居住证', {
        necessity: 'conditional',
        condition: '非本市户籍随迁子女',
        sourceChannel: 'government',
        form: 'electronic',
        copies: 0,
        concept: 'residence_permit',
      }),
      MAT.socialInsuranceRecord('父母在杭社会保险缴纳记录', {
        necessity: 'conditional',
        condition: '非本市户籍随迁子女',
      }),
      MAT.birthMedicalCertificate({ necessity: 'optional' }),
    ],
    form: form(
      {
        ...childFields(),
        grade: select('报名学段', ['小学一年级', '初中一年级']),
        householdAddress: F.applicantHouseholdAddress(),
        residenceAddress: F.applicantAddress(),
        applicantMobile: F.applicantMobile(),
      },
      ['residenceAddress'],
    ),
    at: ['xh'],
  }),
  item({
    key: 'education.transfer',
    area: 'education',
    seq: 2,
    name: '义务教育阶段学生转学',
    itemType: '公共服务',
    legalBasis: '《中华人民共和国义务教育法》；《中小学生学籍管理办法》',
    aliases: ['转学', '插班', '转学籍'],
    serviceObjects: ['natural_person'],
    acceptanceConditions:
      '义务教育阶段学生因户籍迁移、家庭住址变动等原因需要转学的，经转入学校同意、转出学校核办，通过全国中小学生学籍信息管理系统办理学籍转接。',
    statutoryDays: null,
    promisedDays: 10,
    result: { type: 'other', name: '学籍转接结果' },
    topics: { person: ['education'] },
    location: EDU_HALL,
    materials: [
      applicationForm('义务教育阶段学生转学申请表'),
      MAT.householdRegister('学生'),
      own('转入学校接收意见', { sourceChannel: 'other' }),
    ],
    form: form({
      ...childFields(),
      fromSchool: text('转出学校', undefined, { maxLength: 100 }),
      toSchool: text('拟转入学校', undefined, { maxLength: 100 }),
      grade: select('年级', [
        '一年级',
        '二年级',
        '三年级',
        '四年级',
        '五年级',
        '六年级',
        '七年级',
        '八年级',
        '九年级',
      ]),
      reason: select('转学原因', ['户籍迁移', '家庭住址变动', '父母工作调动', '其他']),
      applicantMobile: F.applicantMobile(),
    }),
    at: ['xh'],
  }),
  item({
    key: 'education.kindergarten-enrolment',
    area: 'education',
    seq: 3,
    name: '幼儿园入园登记',
    itemType: '公共服务',
    legalBasis: '《中华人民共和国学前教育法》',
    aliases: ['幼儿园报名', '入园报名', '小班报名'],
    serviceObjects: ['natural_person'],
    acceptanceConditions: '年满三周岁的适龄幼儿，按照公办幼儿园招生范围和本区招生政策报名。',
    statutoryDays: null,
    promisedDays: 20,
    promisedNote: '按年度招生工作日程',
    result: { type: 'other', name: '幼儿园入园安排结果' },
    topics: { person: ['education', 'birth'] },
    location: EDU_HALL,
    materials: [
      MAT.householdRegister('幼儿及其父母', { name: '幼儿及其父母居民户口簿' }),
      MAT.realEstateCertificate({
        name: '实际居住房屋的不动产权证书',
        necessity: 'conditional',
        condition: '以自有住房报名的',
      }),
      own('预防接种证查验证明', {
        sourceChannel: 'government',
        sourceNote: '由接种单位出具或通过免疫规划信息系统核验',
        concept: 'vaccination_check',
      }),
    ],
    form: form({
      ...childFields(),
      householdAddress: F.applicantHouseholdAddress(),
      applicantMobile: F.applicantMobile(),
    }),
    at: ['xh'],
  }),
  item({
    key: 'education.teacher-qualification',
    area: 'education',
    seq: 4,
    name: '教师资格认定',
    itemType: '行政许可',
    legalBasis: '《中华人民共和国教师法》第十条至第十三条；《教师资格条例》；《〈教师资格条例〉实施办法》',
    aliases: ['教师资格证', '认定教师资格', '考教资认定'],
    serviceObjects: ['natural_person'],
    acceptanceConditions:
      '遵守宪法和法律，热爱教育事业，具有良好的思想品德；具备《中华人民共和国教师法》规定的相应学历；通过中小学教师资格考试或符合免试条件；具有教育教学能力；普通话水平达到二级乙等以上；体检合格。',
    statutoryDays: 30,
    statutoryNote: '《〈教师资格条例〉实施办法》：自受理申请期限终止之日起30个法定工作日内作出是否认定的决定',
    promisedDays: 20,
    result: { type: 'certificate', name: '教师资格证书' },
    topics: { person: ['employment', 'education'] },
    faq: [
      ['认定需要提交普通话证书吗？', '普通话水平测试等级证书、学历和考试合格信息均可在线核验，无需上传。'],
    ],
    materials: [
      applicationForm('教师资格认定申请表'),
      MAT.idCard(),
      own('学历证书', {
        sourceChannel: 'government',
        form: 'electronic',
        copies: 0,
        sourceNote: '学信网在线核验',
        concept: 'education_certificate',
      }),
      own('中小学教师资格考试合格证明', {
        sourceChannel: 'government',
        form: 'electronic',
        copies: 0,
        concept: 'teacher_exam',
      }),
      own('普通话水平测试等级证书', {
        sourceChannel: 'government',
        form: 'electronic',
        copies: 0,
        concept: 'mandarin_certificate',
      }),
      own('体检合格证明', { sourceChannel: 'intermediary', sourceNote: '在认定机构指定的县级以上医院体检' }),
      MAT.photo(),
    ],
    form: form(
      {
        applicantName: F.applicantName(),
        applicantIdNumber: F.applicantIdNumber(),
        type: select('资格种类', [
          '幼儿园',
          '小学',
          '初级中学',
          '高级中学',
          '中等职业学校',
          '中等职业学校实习指导',
        ]),
        subject: text('任教学科', undefined, { maxLength: 30 }),
        applicantEmployer: F.applicantEmployer(),
        applicantMobile: F.applicantMobile(),
      },
      ['applicantEmployer'],
    ),
    at: [
      {
        level: 'hz',
        override: {
          acceptanceConditions:
            '杭州市教育局认定高级中学、中等职业学校教师及中等职业学校实习指导教师资格。符合《中华人民共和国教师法》规定的思想品德、学历、考试、普通话和体检条件。',
        },
      },
      {
        level: 'xh',
        override: {
          acceptanceConditions:
            '西湖区教育局认定幼儿园、小学和初级中学教师资格（户籍、居住证或在读学校在本区）。符合《中华人民共和国教师法》规定的思想品德、学历、考试、普通话和体检条件。',
        },
      },
    ],
  }),
];
