import path from 'node:path';
import { systemContext } from '../platform/audit/audit.ts';
import { inTransaction } from '../platform/db/database.ts';
import { repoRoot, type Tongban } from '../app.ts';

// Demo licences, issued through the same path as a bulk import of licences issued before Tongban:
// 张三's ID card, household register and marriage certificate, and 杭州西子湖餐饮管理有限公司's business licence.

const XH_PUBLIC_SECURITY = '11330106020253259A';
const XH_CIVIL_AFFAIRS = '11330106020293779P';
const XH_MARKET = '113301060202431224';

const ZHANGSAN = { name: '张三', idNumber: '330106198805120111' };
const ADDRESS = '浙江省杭州市西湖区文三路100号';

export async function seedDemoLicences(tongban: Tongban): Promise<void> {
  const { licenses } = tongban;
  await licenses.seedTypes(path.join(repoRoot, 'data', 'demo', 'licence-types.json'));
  const audit = systemContext('tongban seed');
  const person = (face: Record<string, string>) => ({
    holderName: ZHANGSAN.name,
    holderCode: ZHANGSAN.idNumber,
    face,
  });
  const rows = [
    {
      type: 'resident_id_card',
      issuerCode: XH_PUBLIC_SECURITY,
      issuedOn: '2018-06-01',
      validUntil: null,
      ...person({
        name: ZHANGSAN.name,
        sex: '男',
        birthDate: '1988-05-12',
        address: ADDRESS,
        idNumber: ZHANGSAN.idNumber,
      }),
    },
    {
      type: 'household_register',
      issuerCode: XH_PUBLIC_SECURITY,
      issuedOn: '2015-03-20',
      validUntil: null,
      ...person({
        name: ZHANGSAN.name,
        idNumber: ZHANGSAN.idNumber,
        sex: '男',
        birthDate: '1988-05-12',
        householdAddress: ADDRESS,
      }),
    },
    {
      type: 'marriage_certificate',
      issuerCode: XH_CIVIL_AFFAIRS,
      issuedOn: '2019-10-01',
      validUntil: null,
      ...person({
        name: ZHANGSAN.name,
        idNumber: ZHANGSAN.idNumber,
        spouseName: '陈静',
        spouseIdNumber: '330106199202143060',
        registrationDate: '2019-10-01',
      }),
    },
    {
      type: 'business_licence',
      issuerCode: XH_MARKET,
      issuedOn: '2021-04-15',
      validUntil: null,
      holderName: '杭州西子湖餐饮管理有限公司',
      holderCode: '91330106600000004G',
      face: {
        name: '杭州西子湖餐饮管理有限公司',
        uscc: '91330106600000004G',
        type: '有限责任公司',
        legalRepresentative: ZHANGSAN.name,
        registeredCapital: '100',
        address: '浙江省杭州市西湖区西溪路88号',
        businessScope: '餐饮服务；食品销售（仅销售预包装食品）；餐饮管理；会议及展览服务。',
      },
    },
  ];
  await inTransaction(tongban.platform.db, async (tx) => {
    for (const row of rows) await licenses.issueImported(tx, audit, row, { notify: false });
  });
}
