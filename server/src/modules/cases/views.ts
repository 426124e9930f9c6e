import type { Actor } from '../../platform/auth/actor.ts';
import { authorize, can } from '../../platform/auth/policy.ts';
import { appendAudit, type AuditContext } from '../../platform/audit/audit.ts';
import { loadWorkingCalendar } from '../../platform/calendar/calendar-store.ts';
import type { Platform } from '../../platform/context.ts';
import { inTransaction, read } from '../../platform/db/database.ts';
import { problems } from '../../platform/errors.ts';
import type { FileStore } from '../../platform/files/file-store.ts';
import { cursorPage } from '../../platform/http/pagination.ts';
import type { CatalogService } from '../catalog/service.ts';
import type { IdentityService } from '../identity/service.ts';
import { dueDateAfter, workingDaysLeft } from '../workflow/deadlines.ts';
import { maskForm } from './form-data.ts';
import { maskIdNumbersInText } from '../identity/id-number.ts';
import { NOTICE_TITLES, renderNotice, type NoticeData, type NoticeKind } from './notices.ts';
import { casesPolicy } from './policy.ts';
import { caseNotFound, outcomesFor, type CaseResult, type CasesService } from './service.ts';
import { workflowPolicy } from '../workflow/policy.ts';
import { resolveProcess, returnableSteps } from '../workflow/process.ts';
import { findTask, tasksOfCase } from '../workflow/store.ts';
import type { WorkflowService } from '../workflow/service.ts';
import { STATUS_NAMES } from './state-machine.ts';
import * as store from './store.ts';
import type { CaseRow } from './store.ts';

/** What the applicant has to do now. */
function expectedOf(c: CaseRow, pledged: number): { zh: string; en: string } | null {
  switch (c.status) {
    case 'draft':
      return { zh: '请填写申请表、准备材料后提交', en: 'Fill in the form, add the materials and submit' };
    case 'correction_requested':
      return {
        zh: '请按《补正材料一次性告知书》一次补正全部内容后重新提交',
        en: 'Correct everything listed in the one-time notice, then resubmit once',
      };
    case 'suspended':
      return pledged > 0
        ? { zh: '容缺材料已逾期，请尽快补交', en: 'Pledged materials are overdue: supply them now' }
        : null;
    case 'in_review':
      return pledged > 0
        ? { zh: '请在承诺日期前补交容缺材料', en: 'Supply the pledged materials by their dates' }
        : null;
    case 'approved':
      return c.closed_at
        ? null
        : {
            zh: '请等待制证送达或按通知到窗口领取结果',
            en: 'Wait for the result to be issued or collect it at the window',
          };
    default:
      return null;
  }
}

export function createCaseViews(
  platform: Platform,
  deps: {
    identity: IdentityService;
    catalog: CatalogService;
    files: FileStore;
    cases: CasesService;
    workflow: WorkflowService;
  },
) {
  const { db } = platform;
  const { identity, catalog, files, cases, workflow } = deps;

  /** Where a material came from; the fetched values and their bindings stay inside. */
  const publicReference = (r: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(r).filter(([k]) =>
        ['provider', 'reference', 'description', 'proof', 'fetchedAt', 'note'].includes(k),
      ),
    );

  function fetchedView(r: Record<string, string>) {
    if (!r.values || !r.proof) return null;
    const values = JSON.parse(platform.cipher.decrypt(r.values)) as Record<string, string>;
    return {
      provider: r.provider ?? '',
      proof: r.proof,
      fetchedAt: r.fetchedAt ?? '',
      values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, maskIdNumbersInText(v)])),
      boundFields: Object.keys(read.json<Record<string, string>>(r.bound ?? '{}')),
    };
  }

  async function caseView(actor: Actor, audit: AuditContext, id: string, viaTask = false) {
    const c = await cases.loadCase(db, id);
    const record = await cases.caseRecord(db, c);
    // Staff reach a case through a task of theirs even before their department holds it (one-window acceptance).
    if (!viaTask) authorize(casesPolicy, 'read', actor, record);
    const staff = actor.kind === 'staff';
    if (staff) {
      // A staff read of an application is a read of the applicant's personal data.
      await inTransaction(db, (tx) =>
        appendAudit(tx, audit, { action: 'case.read', recordType: 'case', recordId: c.id }),
      );
    }
    const spec = await cases.applicationSpec(db, c);
    const [materials, timeline, notices, visits, children, tasks] = await Promise.all([
      store.materialsOf(db, c.id),
      store.timelineOf(db, c.id),
      store.noticesOf(db, c.id),
      store.visitsOf(db, c.id),
      c.service_kind === 'bundle' ? store.childrenOf(db, c.id) : Promise.resolve([]),
      staff ? tasksOfCase(db, c.id) : Promise.resolve([]),
    ]);
    const departmentIds = new Set<string>();
    for (const row of [c, ...children]) if (row.department_id) departmentIds.add(row.department_id);
    for (const t of timeline) if (t.department_id) departmentIds.add(t.department_id);
    for (const t of tasks) departmentIds.add(t.department_id);
    const departments = await identity.departmentsById([...departmentIds]);
    const actorIds = staff
      ? [...new Set(timeline.map((t) => t.actor_account_id).filter((a): a is string => !!a))]
      : [];
    const actorNames = new Map(
      actorIds.length
        ? (
            await db
              .selectFrom('accounts')
              .select(['id', 'display_name'])
              .where('id', 'in', actorIds)
              .execute()
          ).map((a) => [a.id, a.display_name])
        : [],
    );
    const editable = c.status === 'draft' || c.status === 'correction_requested';
    const offers = editable ? await cases.offersFor(db, c, spec) : new Map();
    const stored = new Map(materials.map((m) => [m.material_key, m]));
    const calendar = editable ? await loadWorkingCalendar(db) : null;
    const dependsOn = new Map(spec.bundle?.components.map((i) => [i.code, i.dependsOn]) ?? []);
    const names = new Map(spec.bundle?.components.map((i) => [i.code, i.name]) ?? []);
    const pledged = materials.filter((m) => m.status === 'pledged').length;
    return {
      id: c.id,
      version: c.version,
      caseNumber: c.case_number,
      serviceKind: c.service_kind,
      serviceCode: c.service_code,
      serviceName: c.service_name,
      parentId: c.parent_id,
      status: c.status,
      statusName: { zh: STATUS_NAMES[c.status].zh, en: STATUS_NAMES[c.status].en.replace(/^an? /, '') },
      channel: c.channel,
      applicantKind: c.applicant_kind,
      applicantName: c.applicant_name,
      department: c.department_id
        ? { id: c.department_id, name: departments.get(c.department_id)?.name ?? '' }
        : null,
      regionCode: c.region_code,
      createdAt: c.created_at,
      submittedAt: c.submitted_at,
      acceptanceDueAt: c.acceptance_due_at,
      acceptedAt: c.accepted_at,
      deemedAccepted: read.bool(c.deemed_accepted),
      promisedDueDate: c.promised_due_date,
      statutoryDueDate: c.statutory_due_date,
      decidedAt: c.decided_at,
      decision: c.decision,
      decisionReason: c.decision_reason,
      decisionBasis: c.decision_basis,
      closedAt: c.closed_at,
      suspension: c.suspended_at
        ? { since: c.suspended_at, ...read.json<{ procedure: string; reason: string }>(c.suspension) }
        : null,
      suspendedWorkingDays: c.suspended_working_days,
      commitmentSigned: read.bool(c.commitment_signed),
      correctionUsed: read.bool(c.correction_used),
      trips: c.trips,
      result: c.result ? read.json<CaseResult>(c.result) : null,
      autoTrace: c.auto_trace ? read.json(c.auto_trace) : null,
      form: maskForm(spec.form, cases.formOf(c)),
      formSchema: spec.form,
      materials: spec.materials.map((m) => {
        const row = stored.get(m.key);
        return {
          key: m.key,
          name: m.name,
          necessity: m.necessity,
          status: row?.status ?? 'missing',
          source: row?.source ?? null,
          fileIds: row ? read.json<string[]>(row.file_ids) : [],
          reference: row?.reference
            ? publicReference(read.json<Record<string, string>>(row.reference))
            : null,
          fetched: row?.reference ? fetchedView(read.json<Record<string, string>>(row.reference)) : null,
          pledgeDueDate: row?.pledge_due_date ?? null,
          offers: offers.get(m.key) ?? [],
          commitmentCovers: spec.commitment?.materialKeys.includes(m.key) ?? false,
          mayPledge: spec.gapKeys.includes(m.key),
          sourceChannel: m.sourceChannel,
          acceptanceStandard: m.acceptanceStandard ?? null,
        };
      }),
      commitment: spec.commitment
        ? { text: spec.commitment.text, materialKeys: spec.commitment.materialKeys }
        : null,
      pledgeLimit: calendar ? dueDateAfter(calendar, platform.clock.now(), spec.promisedDays) : null,
      timeline: timeline
        .filter((t) => staff || t.visibility === 'public')
        .map((t) => ({
          at: t.at,
          action: t.action,
          stepName: t.step_name,
          departmentName: t.department_id ? (departments.get(t.department_id)?.name ?? null) : null,
          note: t.note,
          internal: t.visibility === 'internal',
          actorName: staff && t.actor_account_id ? (actorNames.get(t.actor_account_id) ?? null) : null,
        })),
      notices: notices.map((n) => ({
        id: n.id,
        kind: n.kind,
        title: NOTICE_TITLES[n.kind as NoticeKind],
        number: n.number,
        issuedAt: n.issued_at,
      })),
      visits: visits.map((v) => ({ kind: v.kind, at: v.at })),
      children: children.map((child) => ({
        id: child.id,
        caseNumber: child.case_number,
        serviceName: child.service_name,
        status: child.status,
        statusName: {
          zh: STATUS_NAMES[child.status].zh,
          en: STATUS_NAMES[child.status].en.replace(/^an? /, ''),
        },
        departmentName: child.department_id ? (departments.get(child.department_id)?.name ?? null) : null,
        dependsOn: (dependsOn.get(child.service_code) ?? []).map((code) => names.get(code) ?? code),
      })),
      expected: expectedOf(c, pledged),
      tasks: tasks.map((t) => ({
        id: t.id,
        version: t.version,
        stepName: t.step_name,
        kind: t.kind,
        status: t.status,
        departmentName: departments.get(t.department_id)?.name ?? '',
        dueDate: t.due_date,
        level: t.warned_level,
        outcome: t.outcome,
        opinion: t.opinion,
        externalSystem: t.external_system,
        completedAt: t.completed_at,
      })),
      checkUrl: c.case_number ? cases.checkUrl(c) : null,
    };
  }

  async function myCases(actor: Actor, query: { limit: number; cursor?: string; status?: string }) {
    authorize(casesPolicy, 'apply', actor, null);
    const rows = await store.applicantCases(db, {
      personId: actor.personId,
      organisationId: actor.actingFor?.organisationId ?? null,
      status: query.status,
      cursor: query.cursor,
      limit: query.limit,
    });
    const { page, nextCursor } = cursorPage(rows, query.limit, (r) => r.id);
    return {
      items: page.map((c) => ({
        id: c.id,
        caseNumber: c.case_number,
        serviceKind: c.service_kind,
        serviceCode: c.service_code,
        serviceName: c.service_name,
        status: c.status,
        statusName: { zh: STATUS_NAMES[c.status].zh, en: STATUS_NAMES[c.status].en.replace(/^an? /, '') },
        channel: c.channel,
        createdAt: c.created_at,
        submittedAt: c.submitted_at,
        promisedDueDate: c.promised_due_date,
      })),
      nextCursor,
    };
  }

  /** The public check page behind the notices' QR code: status only, no personal data. */
  async function publicCheck(caseNumber: string, code: string) {
    const c = await store.findCaseByNumber(db, caseNumber);
    if (!c || c.check_code !== code) throw caseNotFound();
    const department = c.department_id
      ? (await identity.departmentsById([c.department_id])).get(c.department_id)
      : undefined;
    const steps = (await store.timelineOf(db, c.id)).filter((t) => t.visibility === 'public');
    return {
      caseNumber,
      serviceName: c.service_name,
      departmentName: department?.name ?? null,
      status: c.status,
      statusName: { zh: STATUS_NAMES[c.status].zh, en: STATUS_NAMES[c.status].en.replace(/^an? /, '') },
      submittedAt: c.submitted_at,
      acceptedAt: c.accepted_at,
      promisedDueDate: c.promised_due_date,
      decidedAt: c.decided_at,
      steps: steps.map((t) => ({ at: t.at, action: t.action, stepName: t.step_name })),
    };
  }

  async function noticePdf(actor: Actor, caseId: string, noticeId: string) {
    const c = await cases.loadCase(db, caseId);
    authorize(casesPolicy, 'read', actor, await cases.caseRecord(db, c));
    const notice = (await store.noticesOf(db, c.id)).find((n) => n.id === noticeId);
    if (!notice) throw problems.notFound({ zh: '该文书', en: 'Notice' });
    const data = read.json<Omit<NoticeData, 'checkUrl'>>(notice.data);
    return {
      fileName: `${NOTICE_TITLES[notice.kind as NoticeKind].zh}-${c.case_number}.pdf`,
      pdf: await renderNotice({ ...data, checkUrl: cases.checkUrl(c) }),
    };
  }

  /** A material file, for the applicant and the staff handling the case (uploads are private to their owner). */
  async function caseFile(actor: Actor, audit: AuditContext, caseId: string, fileId: string) {
    const c = await cases.loadCase(db, caseId);
    const record = await cases.caseRecord(db, c);
    authorize(casesPolicy, 'read', actor, record);
    const used = (await store.materialsOf(db, c.id)).some((m) =>
      read.json<string[]>(m.file_ids).includes(fileId),
    );
    const file = used ? await files.find(fileId) : undefined;
    if (!file) throw problems.notFound({ zh: '该文件', en: 'File' });
    if (can(casesPolicy, 'readAsStaff', actor, record)) {
      await inTransaction(db, (tx) =>
        appendAudit(tx, audit, {
          action: 'case.read_file',
          recordType: 'case',
          recordId: c.id,
          detail: { fileId },
        }),
      );
    }
    return { file, data: files.read(fileId) };
  }

  /** The task page: the task, what may be done with it, and the case it belongs to. */
  async function taskDetail(actor: Actor, audit: AuditContext, taskId: string) {
    const task = await findTask(db, taskId);
    if (!task) throw problems.notFound({ zh: '该待办', en: 'Task' });
    const record = await cases.taskRecord(db, task);
    authorize(workflowPolicy, 'view', actor, record);
    const c = await cases.loadCase(db, task.case_id);
    const item = await catalog.pinnedItem(db, c.service_id, c.service_version_id);
    const calendar = await loadWorkingCalendar(db);
    const department = (await identity.departmentsById([task.department_id])).get(task.department_id);
    const mayHandle = can(workflowPolicy, 'handle', actor, record);
    return {
      task: {
        id: task.id,
        version: task.version,
        kind: task.kind,
        stepName: task.step_name,
        status: task.status,
        departmentName: department?.name ?? '',
        dueDate: task.due_date,
        level: task.warned_level,
        workingDaysLeft: task.due_date
          ? workingDaysLeft(calendar, task.due_date, platform.clock.now())
          : null,
        claimedByMe: task.assignee_account_id === actor.accountId,
        claimed: task.status === 'claimed',
        externalSystem: task.external_system,
        externalState: task.external_state,
        mayHandle,
        outcomes: mayHandle ? outcomesFor(task.kind, read.bool(c.correction_used)) : [],
        returnableSteps: returnableSteps(
          resolveProcess(item.content),
          task.parent_step_key ?? task.step_key,
        ).map((s) => ({ key: s.key, name: s.name })),
        colleagues: (await workflow.colleagues(task))
          .filter((a) => a.id !== actor.accountId)
          .map((a) => ({ id: a.id, name: a.display_name })),
        verificationMethod: task.data ? (read.json<{ method?: string }>(task.data).method ?? null) : null,
      },
      case: await caseView(actor, audit, c.id, true),
    };
  }

  return { caseView, taskDetail, myCases, publicCheck, noticePdf, caseFile };
}

export type CaseViews = ReturnType<typeof createCaseViews>;
