import type { CatalogWorkbook } from './workbook.ts';

// A small, realistic catalogue for tests: two county-level licences of 杭州市西湖区 (the first with a
// process and 告知承诺, the second with 容缺受理) and the bundle that combines them. Departments and
// USCCs are those of data/demo/departments.json; base codes, licence type codes and data resource
// codes are illustrative.

export const FOOD_LICENCE_CODE = '1133010602024312244000117002000';
export const HYGIENE_LICENCE_CODE = '11330106020263385E4000118003000';
export const HOTEL_BUNDLE_CODE = 'YJS-330106-0001';

export function workbookFixture(): CatalogWorkbook {
  return {
    items: [
      {
        implementationCode: FOOD_LICENCE_CODE,
        parentImplementationCode: null,
        departmentUscc: '113301060202431224',
        departmentName: '杭州市西湖区市场监督管理局',
        regionCode: '330106',
        content: {
          name: '食品经营许可证核发',
          baseCode: '000117002000',
          itemType: '行政许可',
          competentDepartment: '浙江省市场监督管理局',
          legalBasis:
            '《中华人民共和国食品安全法》第三十五条：国家对食品生产经营实行许可制度。从事食品销售和餐饮服务活动，应当依法取得许可。\n' +
            '《食品经营许可和备案管理办法》（国家市场监督管理总局令第78号）',
          aliases: ['食品经营许可', '餐饮许可证'],
          exerciseLevel: '县级',
          serviceObjects: ['natural_person', 'legal_person'],
          acceptanceConditions:
            '1. 具有与经营的食品品种、数量相适应的食品原料处理和食品加工、销售、贮存等场所；\n' +
            '2. 具有与经营的食品品种、数量相适应的经营设备或者设施；\n' +
            '3. 有专职或者兼职的食品安全管理人员和保证食品安全的规章制度。',
          handlingType: 'promised',
          statutoryDays: 10,
          statutoryNote: '因特殊原因需要延长的，经本行政机关负责人批准，可以延长5个工作日',
          promisedDays: 3,
          promisedNote: '现场核查时间不计算在内',
          fees: [],
          processDescription:
            '申请人提交申请，市场监管部门受理、审查，作出准予许可或不予许可的决定，并送达许可证。',
          processSteps: [
            { name: '申请', description: '申请人通过浙江政务服务网或政务服务中心窗口提交申请材料' },
            { name: '受理', description: '材料齐全、符合法定形式的，当场受理' },
            { name: '审查', description: '对申请材料进行审查，必要时进行现场核查' },
            { name: '决定', description: '作出准予许可或不予许可的决定' },
            { name: '送达', description: '通过电子证照、邮寄或窗口领取方式送达' },
          ],
          handlingForms: ['window', 'online', 'postal'],
          onlineDepth: 4,
          requiredVisits: 0,
          appointment: true,
          expressDelivery: true,
          onlinePayment: false,
          selfServiceTerminal: false,
          inHall: true,
          crossRegionScope: 'city',
          result: { type: 'certificate', name: '食品经营许可证', licenceType: 'SPJYXKZ' },
          topics: { person: [], enterprise: ['business_startup', 'catering'] },
          location: {
            address: '杭州市西湖区政务服务中心市场监管窗口',
            hours: '工作日 9:00-12:00，13:30-17:00（法定节假日除外）',
            phone: '0571-12345',
            townCode: '330106004',
          },
          consultation: '拨打 12345 政务服务便民热线，或到西湖区政务服务中心市场监管窗口咨询',
          complaint: '拨打 12315 投诉举报热线',
          faq: [
            {
              question: '仅销售预包装食品需要办理食品经营许可证吗？',
              answer: '仅销售预包装食品的，无需取得许可，向所在地县级市场监管部门备案即可。',
            },
            {
              question: '许可证有效期是多久？',
              answer:
                '食品经营许可证有效期为5年，期满需继续经营的，应在届满前90个工作日至15个工作日期间申请延续。',
            },
          ],
          materials: [
            {
              key: 'M01',
              name: '食品经营许可申请书',
              necessity: 'required',
              materialType: 'original',
              form: 'paper_and_electronic',
              copies: 1,
              sourceChannel: 'applicant',
              acceptanceStandard: '内容填写完整，经营者签字或盖章',
              basis: '《食品经营许可和备案管理办法》第十二条',
              fillingNote: '网上申请的，在线填写即可，无需另行上传',
            },
            {
              key: 'M02',
              name: '营业执照',
              necessity: 'required',
              materialType: 'copy',
              form: 'electronic',
              copies: 1,
              sourceChannel: 'government',
              sourceNote: '市场监督管理部门核发',
              concept: 'business_licence',
              licenceType: 'YYZZ',
              dataResource: 'ZJ-SCJG-YYZZ',
            },
            {
              key: 'M03',
              name: '法定代表人（负责人）身份证件',
              necessity: 'required',
              materialType: 'copy',
              form: 'paper',
              copies: 1,
              sourceChannel: 'government',
              concept: 'id_card',
              licenceType: 'JMSFZ',
            },
            {
              key: 'M04',
              name: '食品安全自查、从业人员健康管理等食品安全管理制度',
              necessity: 'conditional',
              condition: '从事餐饮服务的提供',
              materialType: 'original',
              form: 'paper',
              copies: 1,
              sourceChannel: 'applicant',
              sourceNote: '申请人自行制定',
            },
          ],
          form: {
            type: 'object',
            properties: {
              operatorName: {
                title: '经营者名称',
                titleEn: 'Operator name',
                'x-kind': 'text',
                type: 'string',
                maxLength: 100,
                'x-concept': 'enterprise.name',
              },
              uscc: {
                title: '统一社会信用代码',
                'x-kind': 'uscc',
                type: 'string',
                'x-concept': 'enterprise.uscc',
              },
              businessType: {
                title: '主体业态',
                'x-kind': 'select',
                type: 'string',
                enum: ['食品销售经营者', '餐饮服务经营者', '单位食堂'],
              },
              premises: {
                title: '经营场所',
                'x-kind': 'address',
                type: 'string',
                description: '与营业执照住所一致',
              },
              area: { title: '经营场所面积（平方米）', 'x-kind': 'number', type: 'number', minimum: 0 },
              safetyStaff: {
                title: '食品安全管理人员',
                'x-kind': 'rows',
                type: 'array',
                minItems: 1,
                maxItems: 10,
                items: {
                  type: 'object',
                  properties: {
                    name: { title: '姓名', 'x-kind': 'text', type: 'string' },
                    idNumber: { title: '身份证号码', 'x-kind': 'id_number', type: 'string' },
                    mobile: { title: '手机号码', 'x-kind': 'mobile', type: 'string' },
                  },
                  required: ['name', 'idNumber'],
                  'x-order': ['name', 'idNumber', 'mobile'],
                },
              },
            },
            required: ['operatorName', 'uscc', 'businessType', 'premises'],
            'x-order': ['operatorName', 'uscc', 'businessType', 'premises', 'area', 'safetyStaff'],
          },
          process: {
            steps: [
              { key: 'accept', name: '受理', kind: 'accept', role: 'window', budgetDays: 0 },
              { key: 'review', name: '审查', kind: 'review', role: 'reviewer', budgetDays: 2 },
              { key: 'decide', name: '决定', kind: 'decide', role: 'leader', budgetDays: 1 },
              { key: 'issue', name: '发证', kind: 'issue', role: 'window', budgetDays: 0 },
            ],
          },
          commitment: {
            text:
              '本人承诺：已按要求建立食品安全自查、从业人员健康管理等食品安全管理制度并有效实施。\n' +
              '如承诺不实，愿承担撤销许可等法律责任，并记入信用记录。',
            materialKeys: ['M04'],
            verification: { withinDays: 20, method: 'site_inspection' },
          },
        },
      },
      {
        implementationCode: HYGIENE_LICENCE_CODE,
        parentImplementationCode: null,
        departmentUscc: '11330106020263385E',
        departmentName: '杭州市西湖区卫生健康局',
        regionCode: '330106',
        content: {
          name: '公共场所卫生许可证核发',
          baseCode: '000118003000',
          itemType: '行政许可',
          competentDepartment: '浙江省卫生健康委员会',
          legalBasis:
            '《公共场所卫生管理条例》第八条：除公园、体育场（馆）、公共交通工具外，经营单位应当取得"卫生许可证"后，方可向工商行政管理部门申请登记，办理营业执照。',
          aliases: [],
          exerciseLevel: '县级',
          serviceObjects: ['legal_person'],
          acceptanceConditions: '经营场所的卫生条件符合《公共场所卫生管理条例》及有关卫生标准的要求。',
          handlingType: 'promised',
          statutoryDays: 20,
          promisedDays: 5,
          fees: [],
          processDescription: '申请、受理、审查、决定、发证。',
          processSteps: [
            { name: '受理', description: '窗口或网上受理申请' },
            { name: '审查', description: '审查申请材料' },
          ],
          handlingForms: ['window', 'online'],
          onlineDepth: 5,
          requiredVisits: 0,
          appointment: false,
          expressDelivery: false,
          onlinePayment: false,
          selfServiceTerminal: false,
          inHall: true,
          crossRegionScope: 'none',
          result: { type: 'certificate', name: '公共场所卫生许可证' },
          topics: { person: [], enterprise: ['business_startup'] },
          location: {
            address: '杭州市西湖区政务服务中心卫生健康窗口',
            hours: '工作日 9:00-17:00',
            phone: '0571-12345',
          },
          consultation: '拨打 12345 政务服务便民热线',
          complaint: '拨打 12345 政务服务便民热线',
          faq: [],
          materials: [
            {
              key: 'M01',
              name: '公共场所卫生许可申请表',
              necessity: 'required',
              materialType: 'original',
              form: 'paper_and_electronic',
              copies: 1,
              sourceChannel: 'applicant',
            },
            {
              key: 'M02',
              name: '公共场所卫生检测或者评价报告',
              necessity: 'required',
              materialType: 'original',
              form: 'paper',
              copies: 1,
              sourceChannel: 'intermediary',
            },
          ],
          form: {
            type: 'object',
            properties: {
              placeName: {
                title: '场所名称',
                'x-kind': 'text',
                type: 'string',
                'x-concept': 'enterprise.name',
              },
              address: { title: '场所地址', 'x-kind': 'address', type: 'string' },
            },
            required: ['placeName', 'address'],
            'x-order': ['placeName', 'address'],
          },
          gapAcceptance: { materialKeys: ['M02'] },
        },
      },
    ],
    bundles: [
      {
        code: HOTEL_BUNDLE_CODE,
        content: {
          name: '开办宾馆一件事',
          aliases: ['开宾馆', '开酒店'],
          audience: 'enterprise',
          topic: 'business_startup',
          description: '一次告知、一表申请、一套材料，同时办理公共场所卫生许可和（附设餐饮的）食品经营许可。',
          promisedDays: 5,
          items: [
            { itemCode: HYGIENE_LICENCE_CODE, dependsOn: [], optional: false },
            { itemCode: FOOD_LICENCE_CODE, dependsOn: [HYGIENE_LICENCE_CODE], optional: true },
          ],
        },
      },
    ],
  };
}
