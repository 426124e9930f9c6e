import type { ItemContent } from './content.ts';
import { sameContent } from './same-content.ts';

export interface Change {
  path: string;
  label: { zh: string; en: string };
  before: unknown;
  after: unknown;
}

const LABELS: Record<string, [string, string]> = {
  name: ['事项名称', 'Name'],
  baseCode: ['基本编码', 'Base code'],
  itemType: ['事项类型', 'Item type'],
  competentDepartment: ['主管部门', 'Competent department'],
  legalBasis: ['设定依据', 'Legal basis'],
  aliases: ['别名', 'Aliases'],
  exerciseLevel: ['行使层级', 'Level'],
  handlingKind: ['业务办理项类型', 'Handling kind'],
  serviceObjects: ['服务对象', 'Service objects'],
  acceptanceConditions: ['受理条件', 'Acceptance conditions'],
  handlingType: ['办件类型', 'Handling type'],
  statutoryDays: ['法定办结时限', 'Statutory time limit'],
  statutoryNote: ['法定时限说明', 'Statutory limit note'],
  promisedDays: ['承诺办结时限', 'Promised time limit'],
  promisedNote: ['承诺时限说明', 'Promised limit note'],
  fees: ['收费', 'Fees'],
  processDescription: ['办理流程', 'Process'],
  processSteps: ['办理环节', 'Process steps'],
  handlingForms: ['办理形式', 'Handling forms'],
  onlineDepth: ['网上办理深度', 'Online depth'],
  requiredVisits: ['到办事现场次数', 'Required visits'],
  visitReason: ['必须现场办理原因', 'Reason for visits'],
  appointment: ['支持预约', 'Appointments'],
  expressDelivery: ['支持物流快递', 'Express delivery'],
  onlinePayment: ['支持网上支付', 'Online payment'],
  selfServiceTerminal: ['支持自助终端', 'Self-service terminal'],
  inHall: ['进驻政务大厅', 'In the service hall'],
  crossRegionScope: ['通办范围', 'Cross-region scope'],
  result: ['审批结果', 'Result'],
  topics: ['主题分类', 'Topics'],
  location: ['办理地点', 'Location'],
  consultation: ['咨询方式', 'Consultation'],
  complaint: ['监督投诉方式', 'Complaints'],
  faq: ['常见问题', 'FAQ'],
  materials: ['申请材料', 'Materials'],
  form: ['申请表单', 'Application form'],
};

function labelOf(path: string): { zh: string; en: string } {
  const [top, ...rest] = path.split('.');
  const [zh, en] = LABELS[top!] ?? [top!, top!];
  return rest.length === 0
    ? { zh, en }
    : { zh: `${zh} › ${rest.join('.')}`, en: `${en} › ${rest.join('.')}` };
}

/** Compares records entry by entry, so an edited material or field is one change, not many. */
function diffRecord(
  path: string,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  out: Change[],
): void {
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = before[key] ?? null;
    const b = after[key] ?? null;
    if (!sameContent(a, b))
      out.push({ path: `${path}.${key}`, label: labelOf(`${path}.${key}`), before: a, after: b });
  }
}

const byKey = <T>(list: T[], keyOf: (x: T) => string) => Object.fromEntries(list.map((x) => [keyOf(x), x]));

/** What changed between two versions of an item, field by field. */
export function diffItemContent(before: ItemContent, after: ItemContent): Change[] {
  const out: Change[] = [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)] as Array<keyof ItemContent>);
  for (const key of keys) {
    if (sameContent(before[key], after[key])) continue;
    if (key === 'materials')
      diffRecord(
        key,
        byKey(before.materials, (m) => m.key),
        byKey(after.materials, (m) => m.key),
        out,
      );
    else if (key === 'fees')
      diffRecord(
        key,
        byKey(before.fees, (f) => f.name),
        byKey(after.fees, (f) => f.name),
        out,
      );
    else if (key === 'faq')
      diffRecord(
        key,
        byKey(before.faq, (f) => f.question),
        byKey(after.faq, (f) => f.question),
        out,
      );
    else if (key === 'form') {
      diffRecord('form', before.form.properties, after.form.properties, out);
      for (const part of ['required', 'x-order'] as const) {
        if (!sameContent(before.form[part], after.form[part])) {
          out.push({
            path: `form.${part}`,
            label: labelOf(`form.${part}`),
            before: before.form[part],
            after: after.form[part],
          });
        }
      }
    } else
      out.push({ path: key, label: labelOf(key), before: before[key] ?? null, after: after[key] ?? null });
  }
  return out;
}
