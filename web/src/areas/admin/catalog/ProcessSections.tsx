import { Input, InputNumber, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { HandlingRulesSection } from './HandlingRulesSection';
import { IssueItem } from './issues';
import { Section } from './ItemSections';
import { ListEditor } from './ListEditor';

/** 流程与收费 tab: process description and steps, the handling rules, the fees table and the FAQ. */
export function ProcessSections() {
  const { t } = useTranslation();
  return (
    <div className="tb-stack">
      <Section id="sec-process" title={t('itemEditor.secProcess')}>
        <IssueItem name="processDescription" label={t('itemEditor.processDescription')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={5000} />
        </IssueItem>
        <h3 className="tb-subheading-sm">{t('itemEditor.processSteps')}</h3>
        <ListEditor
          name="processSteps"
          title={t('itemEditor.processSteps')}
          max={30}
          newItem={() => ({ name: '', description: '' })}
          addLabel={t('itemEditor.addStep')}
          emptyText={t('itemEditor.noSteps')}
          entryLabel={(i) => t('itemEditor.stepN', { n: i + 1 })}
          columns={[
            {
              key: 'name',
              title: t('itemEditor.stepName'),
              width: 200,
              itemProps: { rules: [{ required: true, message: t('itemEditor.stepNameRequired') }] },
              control: (label) => <Input aria-label={label} maxLength={60} />,
            },
            {
              key: 'description',
              title: t('itemEditor.stepDescription'),
              control: (label) => (
                <Input.TextArea aria-label={label} autoSize={{ minRows: 1, maxRows: 6 }} maxLength={1000} />
              ),
            },
          ]}
        />
      </Section>

      <HandlingRulesSection />

      <Section id="sec-fees" title={t('itemEditor.secFees')}>
        <p className="tb-note">{t('itemEditor.feesHelp')}</p>
        <ListEditor
          name="fees"
          title={t('itemEditor.secFees')}
          max={50}
          newItem={() => ({ name: '', amountFen: 0, basis: '', waivable: false })}
          addLabel={t('itemEditor.addFee')}
          emptyText={t('itemEditor.noFees')}
          entryLabel={(i) => t('itemEditor.feeN', { n: i + 1 })}
          columns={[
            {
              key: 'name',
              title: t('guide.feeName'),
              width: 180,
              itemProps: { rules: [{ required: true, message: t('itemEditor.feeNameRequired') }] },
              control: (label) => <Input aria-label={label} maxLength={100} />,
            },
            {
              key: 'amountFen',
              title: t('itemEditor.feeAmountYuan'),
              width: 130,
              // Amounts are stored in fen; people type yuan.
              itemProps: {
                getValueProps: (fen: unknown) => ({ value: typeof fen === 'number' ? fen / 100 : undefined }),
                normalize: (value: number | null) =>
                  typeof value === 'number' ? Math.round(value * 100) : 0,
              },
              control: (label) => (
                <InputNumber aria-label={label} min={0} precision={2} className="tb-full-width" />
              ),
            },
            {
              key: 'standard',
              title: t('guide.feeStandard'),
              width: 180,
              control: (label) => (
                <Input.TextArea aria-label={label} autoSize={{ minRows: 1, maxRows: 4 }} maxLength={300} />
              ),
            },
            {
              key: 'basis',
              title: t('guide.feeBasis'),
              width: 200,
              control: (label) => (
                <Input.TextArea aria-label={label} autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
              ),
            },
            {
              key: 'waivable',
              title: t('guide.feeWaivable'),
              width: 90,
              itemProps: { valuePropName: 'checked' },
              control: (label) => <Switch aria-label={label} />,
            },
            {
              key: 'waiverBasis',
              title: t('itemEditor.waiverBasis'),
              width: 200,
              control: (label) => (
                <Input.TextArea aria-label={label} autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
              ),
            },
          ]}
        />
      </Section>

      <Section id="sec-faq" title={t('itemEditor.secFaq')}>
        <ListEditor
          name="faq"
          title={t('itemEditor.secFaq')}
          max={100}
          newItem={() => ({ question: '', answer: '' })}
          addLabel={t('itemEditor.addFaq')}
          emptyText={t('itemEditor.noFaq')}
          entryLabel={(i) => t('itemEditor.faqN', { n: i + 1 })}
          columns={[
            {
              key: 'question',
              title: t('itemEditor.question'),
              width: 260,
              itemProps: { rules: [{ required: true, message: t('itemEditor.questionRequired') }] },
              control: (label) => (
                <Input.TextArea aria-label={label} autoSize={{ minRows: 1, maxRows: 4 }} maxLength={300} />
              ),
            },
            {
              key: 'answer',
              title: t('itemEditor.answer'),
              itemProps: { rules: [{ required: true, message: t('itemEditor.answerRequired') }] },
              control: (label) => (
                <Input.TextArea aria-label={label} autoSize={{ minRows: 1, maxRows: 8 }} maxLength={3000} />
              ),
            },
          ]}
        />
      </Section>
    </div>
  );
}
