import { Descriptions, Form, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ItemContent, Material } from '../../../api/catalogTypes';
import { pickLocalized } from '../../../api/problem';
import { useIssues } from './issues';
import { Section } from './ItemSections';
import { joinList, withNote } from '../../../i18n/text';

type Step = NonNullable<ItemContent['process']>['steps'][number];
type AutoRule = NonNullable<ItemContent['autoApproval']>['rules'][number];

/** Issues under one of the rules, listed where the rule is shown. */
function RuleIssues({ prefix }: { prefix: string }) {
  const { i18n } = useTranslation();
  const issues = useIssues().under(prefix);
  if (issues.length === 0) return null;
  return (
    <div className="tb-issue-text" role="alert">
      {issues.map((issue) => (
        <div key={`${issue.path}|${issue.message.zh}`}>{pickLocalized(issue.message, i18n.language)}</div>
      ))}
    </div>
  );
}

const showValue = (value: AutoRule['value']) =>
  value === undefined ? '' : Array.isArray(value) ? joinList(value.map(String)) : String(value);

/**
 * 办理规则 (read-only): the process with its departments and budgets, 告知承诺, 容缺受理 and 秒批. They
 * are maintained through the 办理规则 sheet of the catalogue workbook, and kept when the draft is saved.
 */
export function HandlingRulesSection() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<ItemContent>();
  // The rules have no fields in the form: `preserve` reads them from the store all the same.
  const process = Form.useWatch('process', { form, preserve: true }) as ItemContent['process'];
  const commitment = Form.useWatch('commitment', { form, preserve: true }) as ItemContent['commitment'];
  const gap = Form.useWatch('gapAcceptance', { form, preserve: true }) as ItemContent['gapAcceptance'];
  const auto = Form.useWatch('autoApproval', { form, preserve: true }) as ItemContent['autoApproval'];
  const promisedDays = Form.useWatch('promisedDays', form) as number | undefined;
  const materials = (Form.useWatch('materials', form) as Material[] | undefined) ?? [];
  const material = (key: string) => {
    const name = materials.find((m) => m.key === key)?.name;
    return name ? `${key} ${name}` : key;
  };
  const department = (uscc: string | undefined) =>
    uscc ? <span className="tb-mono">{uscc}</span> : t('itemEditor.ruleImplementing');
  const total = process?.steps.reduce((sum, s) => sum + s.budgetDays, 0) ?? 0;

  return (
    <Section id="sec-rules" title={t('itemEditor.secRules')}>
      <p className="tb-note">{t('itemEditor.rulesHelp')}</p>

      <h3 className="tb-subheading-sm">{t('itemEditor.rulesProcess')}</h3>
      {process ? (
        <>
          <Table<Step>
            size="small"
            pagination={false}
            rowKey="key"
            dataSource={process.steps}
            scroll={{ x: true }}
            columns={[
              { key: 'name', title: t('itemEditor.ruleStep'), dataIndex: 'name' },
              {
                key: 'kind',
                title: t('itemEditor.ruleKind'),
                render: (_, s) => t(`itemEditor.stepKind.${s.kind}`),
              },
              {
                key: 'role',
                title: t('itemEditor.ruleRole'),
                render: (_, s) => t(`itemEditor.stepRole.${s.role}`),
              },
              { key: 'budget', title: t('itemEditor.ruleBudget'), dataIndex: 'budgetDays' },
              {
                key: 'department',
                title: t('itemEditor.ruleDepartment'),
                render: (_, s) => department(s.departmentUscc),
              },
              {
                key: 'branches',
                title: t('itemEditor.ruleBranches'),
                render: (_, s) =>
                  (s.branches ?? []).map((b) => (
                    <div key={b.key}>
                      {withNote(
                        b.name,
                        joinList([
                          b.departmentUscc ?? t('itemEditor.ruleImplementing'),
                          t('itemEditor.ruleBranchBudget', { days: b.budgetDays }),
                        ]),
                      )}
                    </div>
                  )),
              },
            ]}
          />
          <p className="tb-note">{t('itemEditor.ruleBudgetTotal', { total, promised: promisedDays ?? 0 })}</p>
        </>
      ) : (
        <p className="tb-note">{t('itemEditor.rulesDefaultProcess')}</p>
      )}
      <RuleIssues prefix="process" />

      <h3 className="tb-subheading-sm">{t('itemEditor.rulesCommitment')}</h3>
      {commitment ? (
        <Descriptions
          size="small"
          bordered
          column={1}
          className="tb-descriptions"
          items={[
            {
              key: 'text',
              label: t('itemEditor.ruleCommitmentText'),
              children: <div className="tb-prose">{commitment.text}</div>,
            },
            {
              key: 'materials',
              label: t('itemEditor.ruleReplaces'),
              children: commitment.materialKeys.map((key) => <Tag key={key}>{material(key)}</Tag>),
            },
            {
              key: 'verification',
              label: t('itemEditor.ruleVerification'),
              children: commitment.verification
                ? t('itemEditor.ruleVerifyWithin', {
                    days: commitment.verification.withinDays,
                    method: t(`itemEditor.verificationMethod.${commitment.verification.method}`),
                  })
                : t('itemEditor.ruleVerifyExempt'),
            },
          ]}
        />
      ) : (
        <p className="tb-note">{t('itemEditor.rulesNoCommitment')}</p>
      )}
      <RuleIssues prefix="commitment" />

      <h3 className="tb-subheading-sm">{t('itemEditor.rulesGap')}</h3>
      {gap ? (
        <div>
          {gap.materialKeys.map((key) => (
            <Tag key={key}>{material(key)}</Tag>
          ))}
        </div>
      ) : (
        <p className="tb-note">{t('itemEditor.rulesNoGap')}</p>
      )}
      <RuleIssues prefix="gapAcceptance" />

      <h3 className="tb-subheading-sm">{t('itemEditor.rulesAuto')}</h3>
      {auto ? (
        <Table<AutoRule>
          size="small"
          pagination={false}
          rowKey="key"
          dataSource={auto.rules}
          scroll={{ x: true }}
          columns={[
            { key: 'description', title: t('itemEditor.ruleCondition'), dataIndex: 'description' },
            {
              key: 'fact',
              title: t('itemEditor.ruleFact'),
              render: (_, r) => <span className="tb-mono">{r.fact}</span>,
            },
            {
              key: 'op',
              title: t('itemEditor.ruleOp'),
              render: (_, r) => <span className="tb-mono">{r.op}</span>,
            },
            { key: 'value', title: t('itemEditor.ruleValue'), render: (_, r) => showValue(r.value) },
          ]}
        />
      ) : (
        <p className="tb-note">{t('itemEditor.rulesNoAuto')}</p>
      )}
      <RuleIssues prefix="autoApproval" />
    </Section>
  );
}
