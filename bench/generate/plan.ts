// One generated case and everything that hangs off it — tasks, materials, the rating invitation and
// evaluations, a rectification for a 差评, complaints, consultations and the licence — as rows of the
// product's own table types. Pure: the same world, seed and index give the same plan. What needs the
// master key or a counter (form cipher, case and inquiry numbers, licence serials and seal signatures)
// is left to the writer (../generate.ts).
import type { ApplicableItem } from '../../server/src/modules/catalog/service.ts';
import type { ProcessStep } from '../../server/src/modules/catalog/content.ts';
import { prefillForm, type FormData, type Profile } from '../../server/src/modules/cases/form-data.ts';
import {
  resolveMaterials,
  type MaterialChoice,
  type SupplyOffer,
} from '../../server/src/modules/cases/materials.ts';
import { materialCounts, materialRows } from '../../server/src/modules/cases/store.ts';
import type { CaseStatus, Channel } from '../../server/src/modules/cases/tables.ts';
import {
  optionsForLevel,
  type Level,
  type RatingOption,
  type Stage,
} from '../../server/src/modules/feedback/levels.ts';
import type { FeedbackSettings } from '../../server/src/modules/feedback/settings.ts';
import type { FeedbackTables, ResultRating } from '../../server/src/modules/feedback/tables.ts';
import type { HolderKind, LicenceStatus } from '../../server/src/modules/licenses/tables.ts';
import { validUntilFor } from '../../server/src/modules/licenses/validity.ts';
import { resolveProcess } from '../../server/src/modules/workflow/process.ts';
import type { TaskKind, WorkflowTables } from '../../server/src/modules/workflow/tables.ts';
import type { Tables } from '../../server/src/platform/db/tables.ts';
import { DAY_MS, HOUR_MS, beijingDay, instantOn, type FastCalendar } from './calendar.ts';
import { Rng, pickCumulative, uuidV7 } from './random.ts';

type CaseRow = Tables['cases'];
type TaskRow = WorkflowTables['tasks'];
type MaterialRow = Tables['case_materials'];
type InvitationRow = FeedbackTables['feedback_invitations'];
type EvaluationRow = FeedbackTables['feedback_evaluations'];
type RectificationRow = FeedbackTables['feedback_rectifications'];
type RectificationStepRow = FeedbackTables['feedback_rectification_steps'];
type InquiryRow = FeedbackTables['feedback_inquiries'];

export interface LicenceTypeFacts {
  code: string;
  typeCode: string;
  name: string;
  holderKind: HolderKind;
  validityYears: number | null;
  faceFields: Array<{ key: string; concept: string }>;
}

/** A published item (as the catalogue hands it to other modules) with what the generator needs of it. */
export interface ItemSpec extends ApplicableItem {
  /** Department of each step's (or branch's) credit code; the item's department when absent. */
  departmentByUscc: ReadonlyMap<string, string>;
  licence: LicenceTypeFacts | null;
}

export interface PersonRef {
  id: string;
  accountId: string;
  name: string;
  idNumber: string;
  mobile: string;
}

export interface OrganisationRef {
  id: string;
  name: string;
  uscc: string;
  /** Index in people of its legal representative, who applies for it. */
  representative: number;
}

export interface OptionSetRef {
  id: string;
  version: number;
  options: RatingOption[];
}

/** Status mix: `realistic` (≈70% decided) or `backlog` (every case still open: the overdue scan's 1M open tasks). */
export type Mix = 'realistic' | 'backlog';

export interface World {
  seed: number;
  mix: Mix;
  now: number;
  /** First instant of the 24 months the cases spread over. */
  start: number;
  calendar: FastCalendar;
  items: readonly ItemSpec[];
  /** Cumulative popularity of `items`. */
  itemWeights: Float64Array;
  people: readonly PersonRef[];
  organisations: readonly OrganisationRef[];
  /** Staff accounts per department and role (window, reviewer, leader). */
  staff: ReadonlyMap<string, Readonly<Partial<Record<'window' | 'reviewer' | 'leader', string[]>>>>;
  /** Any window staff account, for departments without one of their own. */
  anyWindowStaff: readonly string[];
  fileIds: readonly string[];
  optionSets: { online: OptionSetRef; window: OptionSetRef };
  feedback: FeedbackSettings;
  acceptanceDays: number;
  warnPercent: number;
}

export interface LicencePlan {
  id: string;
  caseId: string;
  type: LicenceTypeFacts;
  issuerDepartmentId: string;
  holder: {
    kind: HolderKind;
    personId: string | null;
    organisationId: string | null;
    name: string;
    code: string;
  };
  face: Record<string, string>;
  issuedAt: string;
  validFrom: string;
  validUntil: string | null;
  status: LicenceStatus;
  statusReason: string | null;
  statusChangedAt: string | null;
}

export interface InquiryPlan {
  row: Omit<InquiryRow, 'number' | 'access_code_hash'>;
  /** Day the number is counted on (YYYYMMDD), and the anonymous asker's code to hash. */
  day: string;
  accessCode: string | null;
}

export interface CasePlan {
  row: Omit<CaseRow, 'case_number' | 'form_cipher'>;
  /** Day the case number is counted on (YYYYMMDD), null for a draft (no number yet). */
  numberDay: string | null;
  form: FormData;
  materials: MaterialRow[];
  tasks: TaskRow[];
  invitation: InvitationRow | null;
  evaluations: EvaluationRow[];
  rectifications: RectificationRow[];
  rectificationSteps: RectificationStepRow[];
  inquiries: InquiryPlan[];
  licence: LicencePlan | null;
}

type Fate =
  | 'approved'
  | 'denied'
  | 'not_accepted'
  | 'withdrawn'
  | 'draft'
  | 'submitted'
  | 'correction_requested'
  | 'in_review'
  | 'suspended';

const REALISTIC: Record<Fate, number> = {
  approved: 0.69,
  denied: 0.035,
  not_accepted: 0.03,
  withdrawn: 0.045,
  draft: 0.03,
  submitted: 0.035,
  correction_requested: 0.02,
  in_review: 0.1,
  suspended: 0.015,
};
const BACKLOG: Record<Fate, number> = {
  approved: 0,
  denied: 0,
  not_accepted: 0,
  withdrawn: 0,
  draft: 0,
  submitted: 0.1,
  correction_requested: 0,
  in_review: 0.87,
  suspended: 0.03,
};

// Active ratings lean to 非常满意, as published 好差评 figures do; a denial is rated worse.
const LEVELS_APPROVED: Record<Level, number> = { 5: 0.8, 4: 0.13, 3: 0.045, 2: 0.015, 1: 0.01 };
const LEVELS_REFUSED: Record<Level, number> = { 5: 0.42, 4: 0.2, 3: 0.16, 2: 0.13, 1: 0.09 };
const BAD_COMMENTS = [
  '材料要求反复变化，跑了好几趟',
  '窗口人员态度不好',
  '办理时间太长，超过了承诺时限',
  '网上填报系统经常出错',
  '电话一直打不通，咨询不到结果',
  '一次性告知不清楚，补正了两次',
];
const GOOD_COMMENTS = ['办事很方便，不用跑腿', '工作人员很耐心', '网上就办好了，点赞', '比以前快多了'];
const COMPLAINTS = [
  ['办件超期未办结', '提交申请已超过承诺时限，至今没有结果，也没有人告知原因。'],
  ['窗口要求提交清单外材料', '窗口工作人员要求提供办事指南中没有列出的证明材料。'],
  ['不予受理理由不清楚', '收到不予受理通知，但看不懂理由，打电话也没人解释。'],
  ['工作人员态度问题', '现场办理时工作人员态度生硬，不愿解答问题。'],
];
const CONSULTATIONS = [
  ['需要本人到场吗？', '请问这个事项可以全程网办吗，还是必须本人到窗口？'],
  ['办理需要多长时间？', '提交材料后一般多久能拿到结果？'],
  ['材料可以用电子证照吗？', '身份证和营业执照能不能用电子证照代替纸质复印件？'],
  ['外地户籍能办理吗？', '我是外省户籍，在杭州工作，可以在这里办理吗？'],
];
const REFUSAL = {
  reason: '申请材料不符合法定形式，且不属于本机关职权范围',
  basis: '《中华人民共和国行政许可法》第三十二条',
};
const DENIAL = {
  reason: '经审查，申请人不符合法定条件',
  basis: '《中华人民共和国行政许可法》第三十八条第二款',
};
const SUSPENSIONS = [
  { procedure: 'expert_review', reason: '需组织专家评审' },
  { procedure: 'inspection', reason: '需现场核查' },
  { procedure: 'hearing', reason: '申请人申请听证' },
];

const iso = (ms: number) => new Date(ms).toISOString();
const compact = (date: string) => date.replaceAll('-', '');

/** Picks a case's item by popularity (a handful of items carry most cases, as in any hall). */
export function itemWeights(count: number, seed: number): Float64Array {
  const order = Array.from({ length: count }, (_, i) => i);
  const rng = new Rng(seed, 1, 0);
  for (let i = count - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const weights = new Float64Array(count);
  order.forEach((item, rank) => (weights[item] = 1 / Math.pow(rank + 3, 0.9)));
  for (let i = 1; i < count; i++) weights[i]! += weights[i - 1]!;
  return weights;
}

/** Birth date and sex read from an ID number (GB 11643). */
function facts(idNumber: string) {
  return {
    birthDate: `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`,
    sex: Number(idNumber[16]) % 2 === 1 ? '男' : '女',
  };
}

/** A value for a form field nobody's profile fills, by its kind. */
function fieldValue(
  rng: Rng,
  kind: string,
  field: { enum?: string[]; minimum?: number; maximum?: number },
  now: number,
) {
  switch (kind) {
    case 'number':
      return rng.int(Math.max(1, field.minimum ?? 1), Math.min(field.maximum ?? 500, 500));
    case 'date':
      return iso(now - rng.int(0, 3 * 365) * DAY_MS).slice(0, 10);
    case 'select':
      return field.enum ? rng.pick(field.enum) : '其他';
    case 'region':
      return rng.pick(['330102', '330105', '330106', '330108', '330110']);
    case 'mobile':
      return `13${rng.int(100000000, 999999999)}`;
    case 'address':
      return `杭州市西湖区文三路${rng.int(1, 999)}号${rng.int(1, 30)}幢${rng.int(101, 2808)}室`;
    case 'textarea':
      return '按办事指南要求如实填写，所附材料真实有效。';
    default:
      return rng.pick(['经营', '自用', '新设', '变更', '其他']);
  }
}

export function planCase(world: World, index: number): CasePlan {
  const rng = new Rng(world.seed, 2, index);
  const cal = world.calendar;
  const nowMs = world.now;
  const today = beijingDay(nowMs);
  const item = world.items[pickCumulative(world.itemWeights, rng.next())]!;
  const content = item.content;
  const instant = content.handlingType === 'instant';
  let fate = rng.weighted(world.mix === 'backlog' ? BACKLOG : REALISTIC);

  // ---- applicant and channel ----
  const forPerson = content.serviceObjects.includes('natural_person');
  const forOrg = content.serviceObjects.includes('legal_person');
  const organisation = forOrg && (!forPerson || rng.chance(0.25)) ? rng.pick(world.organisations) : null;
  const person = organisation ? world.people[organisation.representative]! : rng.pick(world.people);
  const online = content.handlingForms.includes('online');
  let channel: Channel = online
    ? rng.weighted({ online: 0.55, mobile: 0.28, window: 0.14, self_service: 0.03 })
    : rng.weighted({ window: 0.95, self_service: 0.05 });
  if (content.requiredVisits > 0 && channel !== 'window' && rng.chance(0.5)) channel = 'window';
  const atWindow = channel === 'window';
  const departmentStaff = world.staff.get(item.departmentId) ?? {};
  const staffOf = (role: 'window' | 'reviewer' | 'leader', departmentId = item.departmentId) => {
    const accounts = (world.staff.get(departmentId) ?? {})[role];
    return accounts && accounts.length > 0 ? rng.pick(accounts) : null;
  };
  const windowStaff = atWindow
    ? departmentStaff.window?.length
      ? rng.pick(departmentStaff.window)
      : rng.pick(world.anyWindowStaff)
    : null;

  // 告知承诺 and 秒批 approve at once; only decided fates can take those paths.
  const commitmentCase =
    !!content.commitment && (fate === 'approved' || fate === 'denied') && rng.chance(0.35);
  if (commitmentCase) fate = 'approved';
  const autoCase = !commitmentCase && !!content.autoApproval && fate === 'approved' && rng.chance(0.6);
  const revokedAfterCheck = commitmentCase && !!content.commitment!.verification && rng.chance(0.03);

  // ---- when it was submitted ----
  const process = resolveProcess(content);
  const steps = process.steps;
  const budget = steps.reduce((s, step) => s + step.budgetDays, 0);
  const daytime = () => (atWindow || channel === 'self_service' ? 9 + rng.next() * 8 : 7 + rng.next() * 16);
  const spanDays = Math.floor((nowMs - world.start) / DAY_MS);
  /** A day in the 24 months, busier lately (+60% over the span) and on working days. */
  const historicDay = (endLagDays: number) => {
    for (let attempt = 0; ; attempt++) {
      const u = rng.next();
      const g = 0.6;
      const t = (-1 + Math.sqrt(1 + 2 * g * u * (1 + g / 2))) / g;
      const d = beijingDay(world.start) + Math.floor(t * (spanDays - endLagDays));
      if (cal.isWorkingDay(d) || (!atWindow && channel !== 'self_service' && rng.chance(0.3)) || attempt > 20)
        return d;
    }
  };
  const recentWorkingDay = (maxBack: number) => cal.addWorkingDays(today, -rng.int(0, Math.max(0, maxBack)));
  /** An instant on day d, not after now. */
  const onDay = (d: number, hours = daytime()) =>
    Math.min(instantOn(d, hours), nowMs - rng.int(1, 600) * 60_000);

  const open =
    fate === 'in_review' || fate === 'suspended' || fate === 'submitted' || fate === 'correction_requested';
  const overdueOpen =
    (fate === 'in_review' || fate === 'suspended') && rng.chance(world.mix === 'backlog' ? 0.12 : 0.22);
  let submittedMs: number;
  if (fate === 'draft') submittedMs = nowMs - rng.exponential(20) * DAY_MS - rng.int(1, 600) * 60_000;
  else if (fate === 'submitted') submittedMs = onDay(recentWorkingDay(world.acceptanceDays - 2));
  else if (fate === 'correction_requested') submittedMs = onDay(recentWorkingDay(40));
  else if (open) {
    // The current step started recently (on time) or long ago (overdue); earlier steps before it.
    const back = overdueOpen ? budget + 2 + Math.floor(rng.exponential(10)) : rng.int(0, Math.max(1, budget));
    submittedMs = onDay(cal.addWorkingDays(today, -Math.min(back, 200)));
  } else submittedMs = onDay(historicDay(Math.min(90, budget + 20)));
  const subDay = beijingDay(submittedMs);
  const createdMs = submittedMs - (atWindow ? rng.int(5, 40) * 60_000 : rng.int(5, 3 * 24 * 60) * 60_000);
  const caseId = uuidV7(createdMs, rng);

  // ---- form and materials ----
  const profile: Profile = {
    person: { name: person.name, idNumber: person.idNumber, mobile: person.mobile, email: null },
    organisation: organisation ? { name: organisation.name, uscc: organisation.uscc } : null,
  };
  const form = prefillForm(content.form, {}, profile);
  for (const [key, field] of Object.entries(content.form.properties)) {
    if (form[key] !== undefined || field['x-kind'] === 'rows') continue;
    if (content.form.required.includes(key) || rng.chance(0.5))
      form[key] = fieldValue(rng, field['x-kind'], field as { enum?: string[] }, nowMs);
  }

  const promisedDay = cal.addWorkingDays(subDay, content.promisedDays);
  const gapKeys = content.gapAcceptance?.materialKeys ?? [];
  const gapCase = gapKeys.length > 0 && fate === 'in_review' && promisedDay > today && rng.chance(0.4);
  const offers = new Map<string, SupplyOffer[]>();
  const choices: MaterialChoice[] = [];
  for (const m of content.materials) {
    const list: SupplyOffer[] = [];
    if (m.licenceType)
      list.push({
        kind: 'licence',
        provider: '电子证照库',
        reference: m.licenceType,
        description: `${m.name}（电子证照）`,
      });
    if (m.dataResource)
      list.push({
        kind: 'shared_data',
        provider: '政务数据共享平台',
        reference: m.dataResource,
        description: `${m.name}（共享数据）`,
      });
    offers.set(m.key, list);
    const wanted =
      m.necessity === 'required' || (m.necessity === 'conditional' ? rng.chance(0.35) : rng.chance(0.2));
    if (!wanted || (fate === 'draft' && rng.chance(0.4))) continue;
    if (gapCase && gapKeys.includes(m.key)) {
      choices.push({ key: m.key, source: 'pledge', pledgeDueDate: cal.date(promisedDay) });
    } else if (m.licenceType && rng.chance(0.62)) choices.push({ key: m.key, source: 'licence' });
    else if (m.dataResource && rng.chance(0.55)) choices.push({ key: m.key, source: 'shared_data' });
    else if (atWindow && m.necessity === 'required' && rng.chance(0.05))
      choices.push({ key: m.key, source: 'waived', note: '窗口已核验原件，免予提交复印件' });
    else choices.push({ key: m.key, source: 'upload', fileIds: [rng.pick(world.fileIds)] });
  }
  const resolved = resolveMaterials({
    materials: content.materials,
    choices,
    offers,
    committedKeys: commitmentCase ? content.commitment!.materialKeys : [],
    gapKeys: gapCase ? gapKeys : [],
    pledgeLimit: cal.date(promisedDay),
    today: cal.date(subDay),
    atWindow,
  });
  const materials: MaterialRow[] = materialRows(
    caseId,
    resolved.rows,
    iso(fate === 'draft' ? createdMs : submittedMs),
    () => uuidV7(createdMs, rng),
  );

  // ---- the case's life until now: tasks and the decision ----
  const tasks: TaskRow[] = [];
  const warnDay = (startDay: number, days: number) =>
    days === 0
      ? cal.addWorkingDays(startDay, 0)
      : cal.addWorkingDays(startDay, Math.max(1, Math.ceil((days * world.warnPercent) / 100)));
  const levelAt = (dueDay: number, warn: number, atDay: number) =>
    atDay > dueDay ? 'overdue' : atDay >= warn ? 'warning' : 'normal';
  const addTask = (
    step: Pick<ProcessStep, 'key' | 'name' | 'role' | 'budgetDays'> & { kind: TaskKind },
    startMs: number,
    end: { atMs: number; outcome: string; opinion?: string | null; cancelled?: boolean } | null,
    extra: { departmentId?: string; parentStepKey?: string | null; claimed?: boolean; data?: unknown } = {},
  ) => {
    const departmentId = extra.departmentId ?? item.departmentId;
    const startDay = beijingDay(startMs);
    const due = cal.addWorkingDays(startDay, step.budgetDays);
    const warn = warnDay(startDay, step.budgetDays);
    const assignee = end || extra.claimed ? staffOf(step.role, departmentId) : null;
    const levelDay = end ? beijingDay(end.atMs) : today;
    tasks.push({
      id: uuidV7(startMs, rng),
      case_id: caseId,
      step_key: step.key,
      step_name: step.name,
      kind: step.kind,
      department_id: departmentId,
      role: step.role,
      status: end ? (end.cancelled ? 'cancelled' : 'done') : assignee ? 'claimed' : 'open',
      assignee_account_id: assignee,
      parent_step_key: extra.parentStepKey ?? null,
      external_system: null,
      external_state: null,
      external_reference: null,
      started_at: iso(startMs),
      due_date: cal.date(due),
      warn_date: cal.date(warn),
      budget_days: step.budgetDays,
      warned_level: levelAt(due, warn, levelDay),
      completed_at: end ? iso(end.atMs) : null,
      completed_by: end && !end.cancelled ? assignee : null,
      outcome: end && !end.cancelled ? end.outcome : null,
      opinion: end?.opinion ?? null,
      data: extra.data === undefined ? null : JSON.stringify(extra.data),
      version: end ? 3 : assignee ? 2 : 1,
      created_at: iso(startMs),
      updated_at: iso(end?.atMs ?? startMs),
    });
  };
  /** An end instant after `start` and before now. */
  const clampEnd = (start: number, end: number) => Math.max(start + 30_000, Math.min(end, nowMs - 30_000));
  /** When a step started at startMs and taking `days` working days finishes. */
  const endOf = (startMs: number, days: number) =>
    Math.max(
      startMs + rng.int(10, 120) * 60_000,
      instantOn(cal.addWorkingDays(beijingDay(startMs), days), 9 + rng.next() * 8.5),
    );
  /** Records a finished step (and its parallel branches). */
  const finishStep = (
    step: ProcessStep,
    startMs: number,
    endMs: number,
    outcome: string,
    opinion: string | null = null,
  ) => {
    for (const branch of step.branches ?? [])
      addTask(
        { ...branch, kind: 'branch' },
        startMs,
        { atMs: Math.max(startMs + 60_000, endMs - rng.int(30, 240) * 60_000), outcome: 'agree' },
        {
          departmentId: item.departmentByUscc.get(branch.departmentUscc) ?? item.departmentId,
          parentStepKey: step.key,
        },
      );
    addTask(
      { ...step, kind: step.kind },
      startMs,
      { atMs: endMs, outcome, opinion },
      { departmentId: stepDepartment(step) },
    );
    return endMs;
  };
  /** Working days a step takes: within its budget mostly, late sometimes. */
  const stepDays = (step: ProcessStep) =>
    step.budgetDays === 0
      ? rng.chance(0.97)
        ? 0
        : 1
      : rng.chance(0.93)
        ? rng.int(0, step.budgetDays)
        : step.budgetDays + rng.int(1, 6);
  const stepDepartment = (step: ProcessStep) =>
    step.departmentUscc
      ? (item.departmentByUscc.get(step.departmentUscc) ?? item.departmentId)
      : item.departmentId;

  let status: CaseStatus = fate === 'approved' ? 'approved' : fate;
  let acceptedMs: number | null = null;
  let decidedMs: number | null = null;
  let closedMs: number | null = null;
  let decision: 'approved' | 'denied' | null = null;
  let decisionReason: string | null = null;
  let decisionBasis: string | null = null;
  let suspendedMs: number | null = null;
  let suspension: string | null = null;
  let correctionUsed = false;

  const acceptStep = steps[0]!;
  const later = steps.slice(1);
  if (fate === 'draft') {
    // nothing filed yet
  } else if (commitmentCase || autoCase) {
    acceptedMs = submittedMs + rng.int(5, 60) * 1000;
    decidedMs = acceptedMs;
    closedMs = decidedMs;
    decision = 'approved';
    if (commitmentCase && content.commitment!.verification) {
      const v = content.commitment!.verification;
      const step = {
        key: 'verification',
        name: '事中事后核查',
        role: 'reviewer' as const,
        budgetDays: v.withinDays,
        kind: 'verification' as const,
      };
      const doneDay = cal.addWorkingDays(subDay, rng.int(Math.floor(v.withinDays / 3), v.withinDays));
      const finished = doneDay < today;
      addTask(
        step,
        decidedMs,
        finished
          ? {
              atMs: clampEnd(decidedMs, instantOn(doneDay, 9 + rng.next() * 8)),
              outcome: revokedAfterCheck ? 'failed' : 'passed',
              opinion: revokedAfterCheck ? '现场核查发现承诺内容与实际不符' : null,
            }
          : null,
        { data: { method: v.method }, claimed: rng.chance(0.3) },
      );
      if (finished && revokedAfterCheck) {
        status = 'revoked';
        decisionReason = '现场核查发现承诺内容与实际不符';
      }
    }
  } else if (fate === 'submitted') {
    addTask({ ...acceptStep, kind: acceptStep.kind }, submittedMs, null, { claimed: rng.chance(0.3) });
  } else if (fate === 'correction_requested') {
    const endDay = cal.addWorkingDays(subDay, rng.int(0, 1));
    addTask({ ...acceptStep, kind: acceptStep.kind }, submittedMs, {
      atMs: clampEnd(submittedMs, instantOn(endDay, 9 + rng.next() * 8)),
      outcome: 'request_correction',
      opinion: '请补正：申请表签字页缺失',
    });
    correctionUsed = true;
  } else if (fate === 'not_accepted') {
    const end = clampEnd(submittedMs, endOf(submittedMs, rng.int(0, acceptStep.budgetDays)));
    finishStep(acceptStep, submittedMs, end, 'refuse', REFUSAL.reason);
    closedMs = end;
    decisionReason = REFUSAL.reason;
    decisionBasis = REFUSAL.basis;
  } else {
    // Accepted, then each later step in turn until now. Open fates stop at a current step, withdrawals
    // cancel it; a decided fate whose steps would run past now is still in review.
    acceptedMs = clampEnd(submittedMs, endOf(submittedMs, instant ? 0 : rng.chance(0.8) ? 0 : 1));
    finishStep(acceptStep, submittedMs, acceptedMs, 'accept');
    const handling = later.filter((s) => s.kind !== 'issue').length;
    const stopAt = open || fate === 'withdrawn' ? rng.int(0, Math.max(0, handling - 1)) : later.length;
    const deny = fate === 'denied';
    let at = acceptedMs;
    for (let i = 0; i < later.length; i++) {
      const step = later[i]!;
      const end = endOf(at, stepDays(step));
      if (i === stopAt || end >= nowMs) {
        if (fate === 'withdrawn') {
          const withdrawMs = clampEnd(at, at + rng.int(1, 72) * HOUR_MS);
          addTask(
            { ...step, kind: step.kind },
            at,
            { atMs: withdrawMs, outcome: 'withdrawn', cancelled: true },
            { departmentId: stepDepartment(step) },
          );
          closedMs = withdrawMs;
        } else {
          if (fate !== 'suspended') status = 'in_review';
          addTask({ ...step, kind: step.kind }, at, null, {
            departmentId: stepDepartment(step),
            claimed: rng.chance(0.45),
          });
          if (fate === 'suspended') {
            suspendedMs = clampEnd(at, at + rng.int(1, 96) * HOUR_MS);
            suspension = JSON.stringify(rng.pick(SUSPENSIONS));
          }
        }
        break;
      }
      const decides = step.kind === 'decide';
      const outcome = decides ? (deny ? 'deny' : 'approve') : step.kind === 'issue' ? 'issued' : 'agree';
      at = finishStep(step, at, end, outcome, decides && deny ? DENIAL.reason : null);
      if (decides) {
        decidedMs = at;
        decision = deny ? 'denied' : 'approved';
        if (deny) {
          decisionReason = DENIAL.reason;
          decisionBasis = DENIAL.basis;
          closedMs = at;
          break;
        }
      }
      if (i === later.length - 1) closedMs = at;
    }
  }
  const decided =
    status === 'approved' || status === 'denied' || status === 'revoked' || status === 'not_accepted';
  let trips =
    (atWindow || channel === 'self_service' ? 1 : 0) +
    (content.requiredVisits > 1 ? content.requiredVisits - 1 : 0);
  if (decided && atWindow && content.result.type === 'certificate' && rng.chance(0.3)) trips++;
  if (fate !== 'draft' && rng.chance(0.02)) trips++;
  if (fate === 'draft') trips = 0;

  const row: CasePlan['row'] = {
    id: caseId,
    check_code: rng.hex(12),
    service_kind: 'item',
    parent_id: null,
    service_id: item.id,
    service_version_id: item.versionId,
    service_code: item.code,
    service_name: item.name,
    department_id: item.departmentId,
    region_code: item.regionCode,
    applicant_kind: organisation ? 'organisation' : 'person',
    applicant_person_id: person.id,
    applicant_organisation_id: organisation?.id ?? null,
    applicant_name: organisation?.name ?? person.name,
    filed_by_account_id: atWindow && windowStaff ? windowStaff : person.accountId,
    window_staff_account_id: windowStaff,
    channel,
    status,
    commitment_signed: commitmentCase,
    correction_used: correctionUsed,
    submitted_at: fate === 'draft' ? null : iso(submittedMs),
    acceptance_due_at:
      fate === 'draft' ? null : iso(instantOn(cal.addWorkingDays(subDay, world.acceptanceDays) + 1, 0)),
    accepted_at: acceptedMs === null ? null : iso(acceptedMs),
    deemed_accepted: false,
    promised_due_date:
      acceptedMs === null ? null : cal.date(cal.addWorkingDays(beijingDay(acceptedMs), content.promisedDays)),
    statutory_due_date:
      acceptedMs === null || content.statutoryDays === null
        ? null
        : cal.date(cal.addWorkingDays(beijingDay(acceptedMs), content.statutoryDays)),
    decided_at: decidedMs === null ? null : iso(decidedMs),
    decision,
    decision_reason: decisionReason,
    decision_basis: decisionBasis,
    closed_at: closedMs === null ? null : iso(closedMs),
    suspended_at: suspendedMs === null ? null : iso(suspendedMs),
    suspension,
    suspended_working_days: 0,
    result:
      decision === 'approved'
        ? JSON.stringify({
            name: content.result.name,
            type: content.result.type,
            licenceType: content.result.licenceType ?? null,
            documentNumber: null,
            values: {},
          })
        : null,
    auto_trace: autoCase ? JSON.stringify({ passed: true, rules: content.autoApproval!.rules.length }) : null,
    trips,
    ...materialCounts(materials),
    idempotency_key: null,
    version: 1 + tasks.length,
    created_at: iso(createdMs),
    updated_at: iso(Math.max(createdMs, submittedMs, ...tasks.map((t) => Date.parse(t.updated_at)))),
  };

  // ---- 好差评: the invitation, the applicant's (or the default) rating, window ratings ----
  const evaluations: EvaluationRow[] = [];
  const rectifications: RectificationRow[] = [];
  const rectificationSteps: RectificationStepRow[] = [];
  const evaluation = (
    stage: Stage,
    level: Level,
    atMs: number,
    channelOf: EvaluationRow['channel'],
    isDefault: boolean,
  ) => {
    const set = stage === 'result' ? world.optionSets.online : world.optionSets.window;
    const offered = optionsForLevel(set.options, level);
    const chosen = isDefault ? [] : offered.filter(() => rng.chance(0.35));
    if (!isDefault && level <= 2 && chosen.length === 0 && offered.length > 0) chosen.push(rng.pick(offered));
    const e: EvaluationRow = {
      id: uuidV7(atMs, rng),
      case_id: caseId,
      stage,
      level,
      is_bad: level <= 2,
      is_default: isDefault,
      option_set_id: set.id,
      option_set_version: set.version,
      options: JSON.stringify(chosen.map((o) => o.key)),
      comment: isDefault
        ? null
        : level <= 2
          ? rng.pick(BAD_COMMENTS)
          : rng.chance(0.15)
            ? rng.pick(GOOD_COMMENTS)
            : null,
      channel: channelOf,
      evaluator_person_id: person.id,
      evaluator_organisation_id: organisation?.id ?? null,
      department_id: item.departmentId,
      region_code: item.regionCode,
      service_code: item.code,
      service_name: item.name,
      case_number: '',
      created_at: iso(atMs),
    };
    evaluations.push(e);
    if (e.is_bad) rectify(e, atMs);
  };
  const rectify = (e: EvaluationRow, openedMs: number) => {
    const openedDay = beijingDay(openedMs);
    const dueDay = cal.addWorkingDays(openedDay, world.feedback.rectificationDays);
    const age = cal.workingDaysBetween(openedDay, today);
    const verdict = rng.weighted({ valid: 0.86, invalid: 0.1, malicious: 0.04 });
    let statusNow: RectificationRow['status'];
    if (age < 1) statusNow = 'verifying';
    else if (verdict !== 'valid') statusNow = age < 4 && rng.chance(0.5) ? 'appeal_review' : 'closed';
    else if (age <= world.feedback.rectificationDays)
      statusNow = rng.weighted({ rectifying: 0.3, on_ledger: 0.3, awaiting_rating: 0.2, closed: 0.2 });
    else
      statusNow = rng.weighted({
        closed: 0.88,
        on_ledger: 0.04,
        rectifying: 0.02,
        awaiting_rating: 0.04,
        fixed: 0.02,
      });
    const id = uuidV7(openedMs, rng);
    const step = (action: string, atMs: number, note: string | null = null) =>
      rectificationSteps.push({
        id: uuidV7(atMs, rng),
        rectification_id: id,
        at: iso(atMs),
        action,
        actor_account_id: null,
        actor_name: action === 'opened' ? '系统' : '部门整改专员',
        note,
      });
    step('opened', openedMs);
    const clamp = (ms: number) => Math.min(ms, nowMs - 60_000);
    const verifiedMs = clamp(openedMs + rng.int(2, 30) * HOUR_MS);
    const callbackMs = clamp(verifiedMs + rng.int(1, 24) * HOUR_MS);
    const fixDays = rng.chance(0.9)
      ? rng.int(0, world.feedback.rectificationDays)
      : world.feedback.rectificationDays + rng.int(1, 5);
    const fixed = verdict === 'valid' && ['fixed', 'awaiting_rating', 'closed'].includes(statusNow);
    const fixedMs = fixed
      ? clamp(
          Math.max(
            callbackMs + HOUR_MS,
            instantOn(cal.addWorkingDays(openedDay, fixDays), 10 + rng.next() * 7),
          ),
        )
      : null;
    const fedBackMs =
      fixedMs !== null && statusNow !== 'fixed' ? clamp(fixedMs + rng.int(1, 48) * HOUR_MS) : null;
    const ratedMs =
      statusNow === 'closed' && fedBackMs !== null ? clamp(fedBackMs + rng.int(1, 72) * HOUR_MS) : null;
    const closedAt =
      statusNow === 'closed' ? (ratedMs ?? clamp(verifiedMs + rng.int(24, 240) * HOUR_MS)) : null;
    const verified = statusNow !== 'verifying';
    const calledBack = verified && verdict === 'valid';
    if (verified) step(`verify_${verdict}`, verifiedMs);
    if (calledBack) step('record_callback', callbackMs, '已电话联系评价人，了解具体情况');
    if (fixedMs !== null)
      step(fixDays === 0 ? 'fix_now' : 'complete_ledger', fixedMs, '已整改：优化办事流程，加强窗口人员培训');
    if (fedBackMs !== null) step('feed_back', fedBackMs);
    if (ratedMs !== null) step('accept_result', ratedMs);
    const ledger = fixed ? fixDays > 0 : statusNow === 'on_ledger';
    rectifications.push({
      id,
      evaluation_id: e.id,
      case_id: caseId,
      case_number: '',
      service_code: item.code,
      service_name: item.name,
      department_id: item.departmentId,
      region_code: item.regionCode,
      evaluator_person_id: person.id,
      real_name: true,
      level: e.level,
      status: statusNow,
      verdict: verified ? verdict : null,
      verify_note: verified ? (verdict === 'valid' ? '情况属实' : '评价内容与事实不符') : null,
      round: 1,
      callback_count: calledBack ? rng.int(1, 2) : 0,
      first_callback_at: calledBack ? iso(callbackMs) : null,
      due_date: cal.date(dueDay),
      fix_mode:
        fixed || statusNow === 'on_ledger' || statusNow === 'rectifying'
          ? ledger
            ? 'ledger'
            : 'immediate'
          : null,
      fix_note: fixedMs !== null ? '已整改：优化办事流程，加强窗口人员培训' : null,
      fixed_at: fixedMs === null ? null : iso(fixedMs),
      fixed_on_time: fixedMs === null ? null : beijingDay(fixedMs) <= dueDay,
      feedback_message: fedBackMs === null ? null : '您反映的问题已整改完毕，感谢您的监督',
      fed_back_at: fedBackMs === null ? null : iso(fedBackMs),
      result_rating:
        ratedMs === null
          ? null
          : rng.weighted<ResultRating>({ satisfied: 0.7, basically_satisfied: 0.22, dissatisfied: 0.08 }),
      rated_at: ratedMs === null ? null : iso(ratedMs),
      appeal_note: verdict !== 'valid' && verified ? '申请复核：评价与事实不符' : null,
      escalated_at: !fixed && statusNow !== 'closed' && dueDay < today ? iso(instantOn(dueDay + 1, 9)) : null,
      opened_at: iso(openedMs),
      closed_at: closedAt === null ? null : iso(closedAt),
      version: 1 + rectificationSteps.filter((s) => s.rectification_id === id).length,
      updated_at: iso(
        Math.max(
          openedMs,
          ...rectificationSteps.filter((s) => s.rectification_id === id).map((s) => Date.parse(s.at)),
        ),
      ),
    });
  };

  let invitation: InvitationRow | null = null;
  const invitedMs = decided ? (decidedMs ?? closedMs) : null;
  if (invitedMs !== null) {
    const defaultDueMs = invitedMs + world.feedback.defaultRatingDays * DAY_MS;
    const refused = status !== 'approved';
    const activeMs = invitedMs + rng.exponential(1.5) * DAY_MS;
    const rated = rng.chance(atWindow ? 0.25 : 0.38) && activeMs < defaultDueMs && activeMs < nowMs;
    const defaulted = !rated && defaultDueMs <= nowMs;
    invitation = {
      case_id: caseId,
      stage: 'result',
      applicant_person_id: person.id,
      applicant_organisation_id: organisation?.id ?? null,
      department_id: item.departmentId,
      region_code: item.regionCode,
      service_code: item.code,
      service_name: item.name,
      case_number: '',
      invited_at: iso(invitedMs),
      default_due_at: iso(defaultDueMs),
      status: rated ? 'rated' : defaulted ? 'defaulted' : 'pending',
    };
    const ratingChannel: EvaluationRow['channel'] =
      channel === 'mobile' ? 'mobile' : channel === 'online' ? rng.weighted({ web: 0.7, sms: 0.3 }) : 'sms';
    if (rated)
      evaluation(
        'result',
        rng.weighted(refused ? LEVELS_REFUSED : LEVELS_APPROVED),
        activeMs,
        ratingChannel,
        false,
      );
    else if (defaulted)
      evaluation('result', world.feedback.defaultRatingLevel, defaultDueMs, 'default', true);
  }
  if (atWindow && fate !== 'draft' && rng.chance(0.6))
    evaluation(
      'window_intake',
      rng.weighted(LEVELS_APPROVED),
      submittedMs + rng.int(2, 20) * 60_000,
      'window_device',
      false,
    );

  // ---- complaints and consultations ----
  const inquiries: InquiryPlan[] = [];
  const inquiry = (kind: 'complaint' | 'consultation') => {
    const createdAt = Math.min(nowMs - HOUR_MS, submittedMs + rng.int(1, 240) * HOUR_MS);
    const day = beijingDay(createdAt);
    const days = kind === 'complaint' ? world.feedback.complaintDays : world.feedback.consultationDays;
    const dueDay = cal.addWorkingDays(day, days);
    const answered = day < today && rng.chance(0.93);
    const answerDay = cal.addWorkingDays(day, rng.chance(0.9) ? rng.int(0, days) : days + rng.int(1, 4));
    const answeredMs = answered
      ? Math.min(nowMs - 60_000, Math.max(createdAt + HOUR_MS, instantOn(answerDay, 9 + rng.next() * 8)))
      : null;
    const anonymous = kind === 'consultation' && rng.chance(0.3);
    const consent = kind === 'consultation' && rng.chance(0.35);
    const ratedMs =
      answeredMs !== null && !anonymous && rng.chance(0.6)
        ? Math.min(nowMs - 60_000, answeredMs + rng.int(1, 72) * HOUR_MS)
        : null;
    const [subject, text] = rng.pick(kind === 'complaint' ? COMPLAINTS : CONSULTATIONS)!;
    inquiries.push({
      day: compact(cal.date(day)),
      accessCode: anonymous ? rng.hex(8) : null,
      row: {
        id: uuidV7(createdAt, rng),
        kind,
        status: answered ? 'answered' : 'open',
        anonymous,
        asker_person_id: anonymous ? null : person.id,
        asker_account_id: anonymous ? null : person.accountId,
        item_code: item.code,
        item_name: item.name,
        topic: null,
        case_id: kind === 'complaint' ? caseId : null,
        department_id: item.departmentId,
        region_code: item.regionCode,
        subject: subject!,
        content: text!,
        publish_consent: consent,
        due_date: cal.date(dueDay),
        escalated_at:
          (answeredMs === null ? today : beijingDay(answeredMs)) > dueDay
            ? iso(instantOn(dueDay + 1, 9))
            : null,
        answer: answered ? '您好，您反映的问题已收悉并核实处理，具体情况已电话告知。' : null,
        answered_at: answeredMs === null ? null : iso(answeredMs),
        answered_by: answered ? (staffOf('window') ?? staffOf('reviewer')) : null,
        answered_on_time: answeredMs === null ? null : beijingDay(answeredMs) <= dueDay,
        rating:
          ratedMs === null
            ? null
            : rng.weighted<ResultRating>({ satisfied: 0.62, basically_satisfied: 0.26, dissatisfied: 0.12 }),
        rated_at: ratedMs === null ? null : iso(ratedMs),
        published_at:
          consent && answeredMs !== null && rng.chance(0.5)
            ? iso(Math.min(nowMs - 60_000, answeredMs + DAY_MS))
            : null,
        version: 1 + (answered ? 1 : 0) + (ratedMs !== null ? 1 : 0),
        created_at: iso(createdAt),
        updated_at: iso(ratedMs ?? answeredMs ?? createdAt),
      },
    });
  };
  if (fate !== 'draft') {
    if (rng.chance(status === 'denied' || status === 'not_accepted' || overdueOpen ? 0.012 : 0.0012))
      inquiry('complaint');
    if (rng.chance(0.004)) inquiry('consultation');
  }

  // ---- the licence an approval issues ----
  let licence: LicencePlan | null = null;
  const type = item.licence;
  if (
    type &&
    decidedMs !== null &&
    decision === 'approved' &&
    (type.holderKind === 'person' || organisation)
  ) {
    const issuedAt = decidedMs;
    const validFrom = cal.date(beijingDay(issuedAt));
    const validUntil = validUntilFor(validFrom, type.validityYears);
    const values: Record<string, string> = {
      'applicant.name': person.name,
      'applicant.idNumber': person.idNumber,
      'applicant.sex': facts(person.idNumber).sex,
      'applicant.birthDate': facts(person.idNumber).birthDate,
      ...(organisation ? { 'enterprise.name': organisation.name, 'enterprise.uscc': organisation.uscc } : {}),
    };
    for (const [key, field] of Object.entries(content.form.properties)) {
      const concept = field['x-concept'];
      const value = form[key];
      if (concept && (typeof value === 'string' || typeof value === 'number'))
        values[concept] = String(value);
    }
    const expired = validUntil !== null && validUntil < cal.date(today);
    licence = {
      id: uuidV7(issuedAt, rng),
      caseId,
      type,
      issuerDepartmentId: item.departmentId,
      holder:
        type.holderKind === 'organisation'
          ? {
              kind: 'organisation',
              personId: null,
              organisationId: organisation!.id,
              name: organisation!.name,
              code: organisation!.uscc,
            }
          : {
              kind: 'person',
              personId: person.id,
              organisationId: null,
              name: person.name,
              code: person.idNumber,
            },
      face: Object.fromEntries(type.faceFields.map((f) => [f.key, values[f.concept] ?? ''])),
      issuedAt: iso(issuedAt),
      validFrom,
      validUntil,
      status: status === 'revoked' ? 'revoked' : expired ? 'expired' : 'valid',
      statusReason: status === 'revoked' ? '准予决定已被撤销' : expired ? '有效期届满' : null,
      statusChangedAt:
        status === 'revoked'
          ? row.updated_at
          : expired
            ? new Date(`${validUntil}T16:00:00Z`).toISOString()
            : null,
    };
  }

  return {
    row,
    numberDay: fate === 'draft' ? null : compact(cal.date(subDay)),
    form,
    materials,
    tasks,
    invitation,
    evaluations,
    rectifications,
    rectificationSteps,
    inquiries,
    licence,
  };
}
