import { Card, Space } from 'antd';
import { FilePdfOutlined } from '@ant-design/icons';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { noticePdfUrl, type CaseView } from '../../../api/cases';
import { pickLocalized } from '../../../api/problem';
import { LinkButton } from '../../../components/LinkButton';
import { usePageTitle } from '../../../components/usePageTitle';
import { useDateFormat } from '../../../i18n/format';
import { CaseQueryState, lastDayBefore } from './shared';
import { useCase } from './useCase';
import { withNote } from '../../../i18n/text';

function NextSteps({ c }: { c: CaseView }) {
  const { t, i18n } = useTranslation();
  const formatDate = useDateFormat();
  const approval = c.notices.find((n) => n.kind === 'approval');
  const department = c.department?.name ?? t('portalCases.theDepartment');
  const paragraphs: string[] = [];
  if (c.status === 'approved' && c.autoTrace?.passed)
    paragraphs.push(t('portalCases.submitted.autoApproved'));
  else if (c.status === 'approved' && c.commitmentSigned)
    paragraphs.push(t('portalCases.submitted.commitmentApproved'));
  else if (c.status === 'approved') paragraphs.push(t('portalCases.submitted.approved'));
  else if (c.serviceKind === 'bundle') paragraphs.push(t('portalCases.submitted.bundle'));
  else if (c.status === 'in_review')
    paragraphs.push(
      t('portalCases.submitted.accepted', { department, date: formatDate.date(c.promisedDueDate) }),
    );
  else
    paragraphs.push(
      t('portalCases.submitted.toAccept', {
        department,
        date: c.acceptanceDueAt ? formatDate.date(lastDayBefore(c.acceptanceDueAt)) : t('common.none'),
      }),
    );
  if (c.autoTrace && !c.autoTrace.passed) paragraphs.push(t('portalCases.submitted.autoFailed'));
  if (c.materials.some((m) => m.status === 'pledged')) paragraphs.push(t('portalCases.submitted.pledged'));
  paragraphs.push(t('portalCases.submitted.messages'));

  return (
    <Card className="tb-card" title={<h2 className="tb-card-heading">{t('portalCases.submitted.next')}</h2>}>
      {paragraphs.map((p) => (
        <p key={p}>{p}</p>
      ))}
      {approval ? (
        <p>
          <a href={noticePdfUrl(c.id, approval.id)} target="_blank" rel="noopener noreferrer">
            <FilePdfOutlined aria-hidden />{' '}
            {withNote(pickLocalized(approval.title, i18n.language), approval.number)}
            <span className="tb-visually-hidden">{t('fileInput.newTab')}</span>
          </a>
        </p>
      ) : null}
      <Space wrap>
        <LinkButton to={`/portal/cases/${c.id}`} type="primary" size="large">
          {t('portalCases.submitted.view')}
        </LinkButton>
        <LinkButton to="/portal/cases" size="large">
          {t('portalCases.myCases')}
        </LinkButton>
      </Space>
    </Card>
  );
}

/** 申请已提交: the confirmation panel with the case number, and what happens next. */
export default function SubmittedPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useCase(id);
  usePageTitle(t('portalCases.submitted.title'));
  return (
    <CaseQueryState query={query}>
      {(c) => (
        <div className="tb-page tb-narrow">
          <section className="tb-panel" aria-labelledby="tb-panel-title">
            <h1 id="tb-panel-title" className="tb-panel-title">
              {c.status === 'approved'
                ? t('portalCases.submitted.titleApproved')
                : t('portalCases.submitted.title')}
            </h1>
            <p className="tb-panel-body">
              {t('portalCases.submitted.number')}
              <br />
              <strong className="tb-panel-number">{c.caseNumber}</strong>
            </p>
          </section>
          <p className="tb-note">{t('portalCases.submitted.keepNumber', { name: c.serviceName })}</p>
          <NextSteps c={c} />
        </div>
      )}
    </CaseQueryState>
  );
}
