import { useTranslation } from 'react-i18next';

/** A readable name for a content path: `materials.2.copies` → "申请材料 3 › 份数". */
export function useIssueLabel() {
  const { t } = useTranslation();
  const top: Record<string, string> = {
    name: t('guide.name'),
    baseCode: t('guide.baseCode'),
    itemType: t('catalog.itemType'),
    competentDepartment: t('guide.competentDepartment'),
    legalBasis: t('guide.legalBasis'),
    aliases: t('guide.aliases'),
    exerciseLevel: t('guide.exerciseLevel'),
    handlingKind: t('guide.handlingKind'),
    serviceObjects: t('guide.serviceObjects'),
    acceptanceConditions: t('guide.acceptanceConditions'),
    handlingType: t('guide.handlingType'),
    statutoryDays: t('guide.statutoryDays'),
    statutoryNote: t('itemEditor.statutoryNote'),
    promisedDays: t('guide.promisedDays'),
    promisedNote: t('itemEditor.promisedNote'),
    fees: t('itemEditor.secFees'),
    processDescription: t('itemEditor.processDescription'),
    processSteps: t('itemEditor.processSteps'),
    handlingForms: t('guide.handlingForms'),
    onlineDepth: t('catalog.onlineDepth'),
    requiredVisits: t('guide.requiredVisits'),
    visitReason: t('guide.visitReason'),
    appointment: t('guide.appointment'),
    expressDelivery: t('guide.expressDelivery'),
    onlinePayment: t('guide.onlinePayment'),
    selfServiceTerminal: t('guide.selfServiceTerminal'),
    inHall: t('guide.inHall'),
    crossRegionScope: t('guide.crossRegionScope'),
    result: t('itemEditor.secResult'),
    topics: t('itemEditor.secTopics'),
    location: t('itemEditor.secLocation'),
    consultation: t('guide.consultation'),
    complaint: t('guide.complaint'),
    faq: t('itemEditor.secFaq'),
    materials: t('materials.title'),
    form: t('itemEditor.tabForm'),
    process: t('itemEditor.rulesProcess'),
    commitment: t('itemEditor.rulesCommitment'),
    gapAcceptance: t('itemEditor.rulesGap'),
    autoApproval: t('itemEditor.rulesAuto'),
  };
  const sub: Record<string, string> = {
    name: t('itemEditor.subName'),
    type: t('guide.resultType'),
    licenceType: t('itemEditor.licenceType'),
    address: t('guide.address'),
    hours: t('guide.hours'),
    phone: t('guide.phone'),
    basis: t('guide.feeBasis'),
    waiverBasis: t('itemEditor.waiverBasis'),
    key: t('itemEditor.materialKey'),
    condition: t('materials.condition'),
    copies: t('materials.copies'),
    necessity: t('materials.necessity'),
    concept: t('itemEditor.concept'),
    question: t('itemEditor.question'),
    answer: t('itemEditor.answer'),
    description: t('itemEditor.stepDescription'),
    steps: t('itemEditor.processSteps'),
    branches: t('itemEditor.ruleBranches'),
    budgetDays: t('itemEditor.ruleBudget'),
    departmentUscc: t('itemEditor.ruleDepartment'),
    materialKeys: t('itemEditor.ruleMaterialKeys'),
    rules: t('itemEditor.rulesAuto'),
    fact: t('itemEditor.ruleFact'),
    value: t('itemEditor.ruleValue'),
  };
  // In the handling rules a key is a step's or a rule's, not a material's.
  const ruleSub: Record<string, string> = {
    ...sub,
    key: t('itemEditor.ruleKey'),
    kind: t('itemEditor.ruleKind'),
  };
  const rules = new Set(['process', 'commitment', 'gapAcceptance', 'autoApproval']);
  return (path: string): string => {
    if (path === '' || path === '(body)') return t('itemEditor.wholeItem');
    const [head = '', ...rest] = path.split('.');
    const parts = [top[head] ?? head];
    if (head === 'form') return [parts[0], rest.join('.')].filter(Boolean).join(' › ');
    const labels = rules.has(head) ? ruleSub : sub;
    for (const part of rest)
      parts.push(/^\d+$/.test(part) ? String(Number(part) + 1) : (labels[part] ?? part));
    return parts.join(' › ');
  };
}
