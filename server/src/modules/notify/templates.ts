// Notification texts in Chinese and English. `{name}` is replaced by the message's parameter of
// that name; a message that lacks one is refused when it is sent, so a caller's bug shows at once.

export type Lang = 'zh' | 'en';

export const templateKeys = [
  'case.submitted',
  'case.accepted',
  'case.deemed_accepted',
  'case.gap_accepted',
  'case.correction_requested',
  'case.not_accepted',
  'case.approved',
  'case.auto_approved',
  'case.denied',
  'case.suspended',
  'case.resumed',
  'case.gap_overdue',
  'case.withdrawn',
  'case.revoked',
  'case.bundle_completed',
  'case.step_started',
  'licence.issued',
  'licence.revoked',
  'licence.suspended',
  'licence.reinstated',
  'licence.renewed',
  'licence.expiring',
  'licence.expired',
  'exchange.grant_overdue',
  'feedback.invite',
  'feedback.rectification_reported',
  'feedback.rectification_overdue',
  'feedback.inquiry_answered',
  'feedback.inquiry_overdue',
] as const;

export type TemplateKey = (typeof templateKeys)[number];

export interface Text {
  title: string;
  body: string;
}

export type Template = Record<Lang, Text>;

export const templates: Record<TemplateKey, Template> = {
  'feedback.invite': {
    zh: {
      title: '请评价本次服务（{caseNumber}）',
      body: '您申请的「{itemName}」已办结。欢迎对本次服务作出评价：{rateUrl} 。{dueDate}前未评价的，将默认为“基本满意”。',
    },
    en: {
      title: 'Please rate our service ({caseNumber})',
      body: 'Your application for “{itemName}” has been decided. Tell us how we did: {rateUrl} . Without a rating by {dueDate} a default rating is recorded.',
    },
  },
  'feedback.rectification_reported': {
    zh: {
      title: '您的评价已整改（{caseNumber}）',
      body: '{departmentName}就您对「{itemName}」的评价反馈整改情况：{message}。请对整改结果进行评价。',
    },
    en: {
      title: 'Your review has been acted on ({caseNumber})',
      body: '{departmentName} reports on your review of “{itemName}”: {message}. Please rate how it was put right.',
    },
  },
  'feedback.rectification_overdue': {
    zh: {
      title: '差评整改超期（{caseNumber}）',
      body: '「{itemName}」的差评整改应于 {dueDate} 前完成，至今未完成，请督促处理。',
    },
    en: {
      title: 'Rectification overdue ({caseNumber})',
      body: 'The rectification of a bad review of “{itemName}” was due by {dueDate} and is not done. Please follow up.',
    },
  },
  'feedback.inquiry_answered': {
    zh: {
      title: '您的诉求已答复（{caseNumber}）',
      body: '您提交的「{subject}」已有答复，请查看并对答复进行评价。',
    },
    en: {
      title: 'Your question or complaint was answered ({caseNumber})',
      body: 'There is an answer to “{subject}”. Please read it and rate the answer.',
    },
  },
  'feedback.inquiry_overdue': {
    zh: {
      title: '诉求答复超期（{caseNumber}）',
      body: '「{subject}」应于 {dueDate} 前答复，至今未答复，请督促处理。',
    },
    en: {
      title: 'Answer overdue ({caseNumber})',
      body: '“{subject}” was to be answered by {dueDate} and has not been. Please follow up.',
    },
  },
  'exchange.grant_overdue': {
    zh: {
      title: '数据共享申请超期未答复：{resourceName}',
      body: '{consumerName}申请共享{providerName}的「{resourceName}」，答复期限为 {dueDate}，至今未答复，请督促处理。',
    },
    en: {
      title: 'Data-sharing request overdue: {resourceName}',
      body: '{consumerName} asked {providerName} for “{resourceName}”; the answer was due by {dueDate} and has not been given. Please follow up.',
    },
  },
  'case.submitted': {
    zh: {
      title: '您的申请已提交（{caseNumber}）',
      body: '您申请的「{itemName}」已提交，办件编号 {caseNumber}。我们将尽快受理，请留意后续通知。',
    },
    en: {
      title: 'Application submitted ({caseNumber})',
      body: 'Your application for “{itemName}” has been submitted; the case number is {caseNumber}. We will look at it shortly.',
    },
  },
  'case.accepted': {
    zh: {
      title: '您的申请已受理（{caseNumber}）',
      body: '您申请的「{itemName}」（办件编号 {caseNumber}）已受理，承诺于 {dueDate} 前办结。',
    },
    en: {
      title: 'Application accepted ({caseNumber})',
      body: 'Your application for “{itemName}” (case {caseNumber}) has been accepted and will be decided by {dueDate}.',
    },
  },
  'case.deemed_accepted': {
    zh: {
      title: '您的申请已视为受理（{caseNumber}）',
      body: '您申请的「{itemName}」（办件编号 {caseNumber}）未在规定时限内作出受理决定，依法视为受理，承诺于 {dueDate} 前办结。',
    },
    en: {
      title: 'Application deemed accepted ({caseNumber})',
      body: 'No decision on accepting your application for “{itemName}” (case {caseNumber}) was made in time, so by law it counts as accepted; it will be decided by {dueDate}.',
    },
  },
  'case.gap_accepted': {
    zh: {
      title: '您的申请已容缺受理（{caseNumber}）',
      body: '您申请的「{itemName}」（办件编号 {caseNumber}）已容缺受理，请于 {dueDate} 前补齐以下材料：{materials}。',
    },
    en: {
      title: 'Application accepted with materials to follow ({caseNumber})',
      body: 'Your application for “{itemName}” (case {caseNumber}) has been accepted before all materials arrived. Please supply these by {dueDate}: {materials}.',
    },
  },
  'case.correction_requested': {
    zh: {
      title: '您的申请需要补正（{caseNumber}）',
      body: '您申请的「{itemName}」（办件编号 {caseNumber}）需要补正：{reason}。请于 {dueDate} 前登录通办补正。',
    },
    en: {
      title: 'Corrections needed ({caseNumber})',
      body: 'Your application for “{itemName}” (case {caseNumber}) needs corrections: {reason}. Please sign in to Tongban and make them by {dueDate}.',
    },
  },
  'case.not_accepted': {
    zh: {
      title: '您的申请不予受理（{caseNumber}）',
      body: '您申请的「{itemName}」（办件编号 {caseNumber}）不予受理，理由：{reason}。',
    },
    en: {
      title: 'Application not accepted ({caseNumber})',
      body: 'Your application for “{itemName}” (case {caseNumber}) was not accepted. Reason: {reason}.',
    },
  },
  'case.approved': {
    zh: {
      title: '您的申请已审批通过（{caseNumber}）',
      body: '您申请的「{itemName}」（办件编号 {caseNumber}）已审批通过。',
    },
    en: {
      title: 'Application approved ({caseNumber})',
      body: 'Your application for “{itemName}” (case {caseNumber}) has been approved.',
    },
  },
  'case.auto_approved': {
    zh: {
      title: '您的申请已秒批通过（{caseNumber}）',
      body: '您申请的「{itemName}」（办件编号 {caseNumber}）符合自动审批条件，已即时审批通过。',
    },
    en: {
      title: 'Application approved instantly ({caseNumber})',
      body: 'Your application for “{itemName}” (case {caseNumber}) met the rules for automatic approval and was approved at once.',
    },
  },
  'case.denied': {
    zh: {
      title: '您的申请未获批准（{caseNumber}）',
      body: '您申请的「{itemName}」（办件编号 {caseNumber}）未获批准，理由：{reason}。如不服，可依法申请行政复议或提起行政诉讼。',
    },
    en: {
      title: 'Application denied ({caseNumber})',
      body: 'Your application for “{itemName}” (case {caseNumber}) was denied. Reason: {reason}. You may apply for administrative reconsideration or bring an administrative lawsuit.',
    },
  },
  'case.suspended': {
    zh: {
      title: '您的申请暂停办理（{caseNumber}）',
      body: '您申请的「{itemName}」（办件编号 {caseNumber}）暂停办理，原因：{reason}。暂停期间不计入办理时限。',
    },
    en: {
      title: 'Application paused ({caseNumber})',
      body: 'Work on your application for “{itemName}” (case {caseNumber}) is paused: {reason}. The paused time does not count towards the time limit.',
    },
  },
  'case.resumed': {
    zh: {
      title: '您的申请已恢复办理（{caseNumber}）',
      body: '您申请的「{itemName}」（办件编号 {caseNumber}）已恢复办理，承诺于 {dueDate} 前办结。',
    },
    en: {
      title: 'Application resumed ({caseNumber})',
      body: 'Work on your application for “{itemName}” (case {caseNumber}) has resumed; it will be decided by {dueDate}.',
    },
  },
  'case.gap_overdue': {
    zh: {
      title: '容缺材料逾期未补齐（{caseNumber}）',
      body: '您申请的「{itemName}」（办件编号 {caseNumber}）应于 {dueDate} 前补齐的材料尚未提交，请尽快补齐，以免影响办理结果。',
    },
    en: {
      title: 'Missing materials overdue ({caseNumber})',
      body: 'The materials for your application for “{itemName}” (case {caseNumber}) were due by {dueDate} and have not arrived. Please supply them soon so the decision is not affected.',
    },
  },
  'case.withdrawn': {
    zh: {
      title: '您的申请已撤回（{caseNumber}）',
      body: '您申请的「{itemName}」（办件编号 {caseNumber}）已撤回。',
    },
    en: {
      title: 'Application withdrawn ({caseNumber})',
      body: 'Your application for “{itemName}” (case {caseNumber}) has been withdrawn.',
    },
  },
  'case.revoked': {
    zh: {
      title: '审批决定已撤销（{caseNumber}）',
      body: '您申请的「{itemName}」（办件编号 {caseNumber}）的审批决定已被撤销，理由：{reason}。',
    },
    en: {
      title: 'Decision revoked ({caseNumber})',
      body: 'The decision on your application for “{itemName}” (case {caseNumber}) has been revoked. Reason: {reason}.',
    },
  },
  'case.bundle_completed': {
    zh: {
      title: '您的“一件事”已全部办结（{caseNumber}）',
      body: '您申请的「{itemName}」（办件编号 {caseNumber}）所含事项已全部办结。',
    },
    en: {
      title: 'All items completed ({caseNumber})',
      body: 'Every item of your application for “{itemName}” (case {caseNumber}) has been completed.',
    },
  },
  'case.step_started': {
    zh: {
      title: '您的申请进入新环节（{caseNumber}）',
      body: '您申请的「{itemName}」（办件编号 {caseNumber}）已进入“{stepName}”环节。',
    },
    en: {
      title: 'Next step started ({caseNumber})',
      body: 'Your application for “{itemName}” (case {caseNumber}) has moved to the step “{stepName}”.',
    },
  },
  'licence.issued': {
    zh: {
      title: '新的电子证照已存入卡包：{licenceName}',
      body: '{issuer}颁发的「{licenceName}」已存入您的证照卡包，证照标识 {identifier}。',
    },
    en: {
      title: 'New electronic licence in your wallet: {licenceName}',
      body: 'The “{licenceName}” issued by {issuer} is now in your licence wallet; identifier {identifier}.',
    },
  },
  'licence.revoked': {
    zh: {
      title: '电子证照已撤销：{licenceName}',
      body: '您的「{licenceName}」（{identifier}）已被{issuer}撤销。理由：{reason}',
    },
    en: {
      title: 'Electronic licence revoked: {licenceName}',
      body: 'Your “{licenceName}” ({identifier}) was revoked by {issuer}. Reason: {reason}',
    },
  },
  'licence.suspended': {
    zh: {
      title: '电子证照已暂停使用：{licenceName}',
      body: '您的「{licenceName}」（{identifier}）已被{issuer}暂停使用。理由：{reason}',
    },
    en: {
      title: 'Electronic licence suspended: {licenceName}',
      body: 'Your “{licenceName}” ({identifier}) was suspended by {issuer}. Reason: {reason}',
    },
  },
  'licence.reinstated': {
    zh: {
      title: '电子证照已恢复使用：{licenceName}',
      body: '您的「{licenceName}」（{identifier}）已由{issuer}恢复使用。说明：{reason}',
    },
    en: {
      title: 'Electronic licence reinstated: {licenceName}',
      body: 'Your “{licenceName}” ({identifier}) may be used again ({issuer}). Note: {reason}',
    },
  },
  'licence.renewed': {
    zh: {
      title: '电子证照已换发：{licenceName}',
      body: '{issuer}已为您换发「{licenceName}」，新证照标识 {identifier}，有效期至 {validUntil}；原版本已停止使用。',
    },
    en: {
      title: 'Electronic licence renewed: {licenceName}',
      body: '{issuer} renewed your “{licenceName}”: new identifier {identifier}, valid until {validUntil}; the previous version is superseded.',
    },
  },
  'licence.expiring': {
    zh: {
      title: '电子证照即将到期：{licenceName}',
      body: '您的「{licenceName}」（{identifier}）将于 {validUntil} 到期，请及时向{issuer}申请延续或换发。',
    },
    en: {
      title: 'Electronic licence expires soon: {licenceName}',
      body: 'Your “{licenceName}” ({identifier}) expires on {validUntil}; apply to {issuer} to renew it in time.',
    },
  },
  'licence.expired': {
    zh: {
      title: '电子证照已过期：{licenceName}',
      body: '您的「{licenceName}」（{identifier}）已于 {validUntil} 到期，不能再用于办事，请向{issuer}申请换发。',
    },
    en: {
      title: 'Electronic licence expired: {licenceName}',
      body: 'Your “{licenceName}” ({identifier}) expired on {validUntil} and can no longer be used; apply to {issuer} for a new one.',
    },
  },
};

const PLACEHOLDER = /\{(\w+)\}/g;

export function isTemplateKey(key: string): key is TemplateKey {
  return Object.hasOwn(templates, key);
}

/** Names of the parameters a template uses, in either language. */
export function placeholdersOf(key: TemplateKey): string[] {
  const names = new Set<string>();
  for (const lang of ['zh', 'en'] as const) {
    const { title, body } = templates[key][lang];
    for (const match of `${title}\n${body}`.matchAll(PLACEHOLDER)) names.add(match[1]!);
  }
  return [...names].sort();
}

/** The parameters a template needs that the message does not give. */
export function missingParams(key: TemplateKey, params: Record<string, string>): string[] {
  return placeholdersOf(key).filter((name) => typeof params[name] !== 'string');
}

/** One pass of substitution: a parameter's value is never itself expanded. */
function fill(text: string, params: Record<string, string>): string {
  return text.replace(PLACEHOLDER, (_whole, name: string) => {
    const value = params[name];
    if (typeof value !== 'string') throw new Error(`template parameter "${name}" is missing`);
    return value;
  });
}

export function render(key: TemplateKey, params: Record<string, string>, lang: Lang): Text {
  const text = templates[key][lang];
  return { title: fill(text.title, params), body: fill(text.body, params) };
}
