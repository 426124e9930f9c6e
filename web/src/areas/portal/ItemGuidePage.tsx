import type { ReactNode } from 'react';
import {
  Breadcrumb,
  Button,
  Card,
  Collapse,
  Descriptions,
  Grid,
  Result,
  Skeleton,
  Space,
  Steps,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { CheckOutlined, CloseOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { catalogApi } from '../../api/catalog';
import type { Fee, ItemContent, PublishedItem } from '../../api/catalogTypes';
import { ApiError } from '../../api/problem';
import { yuan } from '../../catalog/codes';
import { VisitsTag } from '../../catalog/HitCard';
import { useCatalogLabels } from '../../catalog/labels';
import { FileLink, MaterialsList } from '../../catalog/MaterialsList';
import { Prose } from '../../catalog/Prose';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LinkButton } from '../../components/LinkButton';
import { ScrollRegion } from '../../components/ScrollRegion';
import { usePageTitle } from '../../components/usePageTitle';
import { useDateFormat } from '../../i18n/format';
import { ApplyButton } from './cases/ApplyButton';
import { FaqSection } from './feedback/FaqSection';
import { joinList } from '../../i18n/text';

function YesNo({ value }: { value: boolean }) {
  const { t } = useTranslation();
  return value ? (
    <Tag color="green" icon={<CheckOutlined aria-hidden />}>
      {t('common.yes')}
    </Tag>
  ) : (
    <Tag icon={<CloseOutlined aria-hidden />}>{t('common.no')}</Tag>
  );
}

function useTopicNames() {
  const labels = useCatalogLabels();
  const topics = useQuery({
    queryKey: ['catalog', 'topics'],
    queryFn: catalogApi.topics,
    staleTime: 300_000,
  });
  return (code: string) => {
    const topic = topics.data?.items.find((x) => x.code === code);
    return topic ? labels.topicName(topic) : code;
  };
}

type Row = [string, ReactNode, number?];

/**
 * Spans that add up to whole rows: an item before a full-width one (or the last item) fills the
 * rest of its row, so antd does not have to stretch cells unpredictably.
 */
function withFilledRows(rows: Row[], columns: number): [string, ReactNode, number | 'filled'][] {
  const out: [string, ReactNode, number | 'filled'][] = [];
  let position = 0;
  rows.forEach(([label, value, span = 1], i) => {
    const width = Math.min(span, columns);
    if (position > 0 && position + width > columns) {
      const previous = out[i - 1];
      if (previous) previous[2] = 'filled';
      position = 0;
    }
    out.push([label, value, width]);
    position = (position + width) % columns;
  });
  const last = out.at(-1);
  if (last && position !== 0) last[2] = 'filled';
  return out;
}

function BasicTab({ item }: { item: PublishedItem }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const labels = useCatalogLabels();
  const formatDate = useDateFormat();
  const topicName = useTopicNames();
  const c = item.content;
  const topicLinks = (codes: string[]) =>
    codes.length === 0 ? (
      t('common.none')
    ) : (
      <Space wrap size={[4, 4]}>
        {codes.map((code) => (
          <Link key={code} to={`/portal/search?topic=${encodeURIComponent(code)}`} className="tb-topic-chip">
            {topicName(code)}
          </Link>
        ))}
      </Space>
    );
  const days = (n: number | null, note?: string) => (
    <>
      {labels.days(n)}
      {note ? <div className="tb-note">{note}</div> : null}
    </>
  );
  const rows: Row[] = [
    [t('guide.name'), c.name, 2],
    [t('guide.implementationCode'), <span className="tb-mono">{item.implementationCode}</span>],
    [t('guide.baseCode'), <span className="tb-mono">{c.baseCode}</span>],
    [t('catalog.itemType'), labels.itemType(c.itemType)],
    [t('guide.exerciseLevel'), labels.exerciseLevel(c.exerciseLevel)],
    ...(c.handlingKind
      ? ([[t('guide.handlingKind'), labels.handlingKind(c.handlingKind)]] as [string, ReactNode][])
      : []),
    [t('guide.competentDepartment'), c.competentDepartment || t('common.none')],
    [t('guide.implementer'), item.departmentName],
    [t('catalog.region'), item.regionName],
    [t('guide.serviceObjects'), joinList(c.serviceObjects.map((o) => labels.serviceObject(o)))],
    [t('guide.handlingType'), labels.handlingType(c.handlingType)],
    [t('guide.statutoryDays'), days(c.statutoryDays, c.statutoryNote)],
    [t('guide.promisedDays'), days(c.promisedDays, c.promisedNote)],
    [t('guide.handlingForms'), joinList(c.handlingForms.map((f) => labels.handlingForm(f)))],
    [t('catalog.onlineDepth'), labels.onlineDepthWithCode(c.onlineDepth)],
    [
      t('guide.requiredVisits'),
      <>
        <VisitsTag visits={c.requiredVisits} />
        {c.requiredVisits > 0 && c.visitReason ? (
          <div className="tb-note">
            {t('guide.visitReason')}
            {t('common.colon')}
            {c.visitReason}
          </div>
        ) : null}
      </>,
    ],
    [t('guide.appointment'), <YesNo value={c.appointment} />],
    [t('guide.expressDelivery'), <YesNo value={c.expressDelivery} />],
    [t('guide.onlinePayment'), <YesNo value={c.onlinePayment} />],
    [t('guide.selfServiceTerminal'), <YesNo value={c.selfServiceTerminal} />],
    [t('guide.inHall'), <YesNo value={c.inHall} />],
    [t('guide.crossRegionScope'), labels.crossRegionScope(c.crossRegionScope)],
    [
      t('guide.result'),
      <>
        {c.result.name || t('common.none')}
        <div className="tb-note">
          {t('guide.resultType')}
          {t('common.colon')}
          {labels.resultType(c.result.type)}
          {c.result.licenceType ? ` · ${t('guide.resultLicence', { code: c.result.licenceType })}` : ''}
        </div>
        {c.result.sampleFileId ? (
          <div className="tb-file-links">
            <FileLink id={c.result.sampleFileId} label={t('guide.resultSample')} />
          </div>
        ) : null}
      </>,
      2,
    ],
    [t('guide.acceptanceConditions'), <Prose text={c.acceptanceConditions} />, 2],
    [t('guide.legalBasis'), <Prose text={c.legalBasis} />, 2],
    [t('guide.address'), c.location.address || t('common.none'), 2],
    [t('guide.hours'), c.location.hours || t('common.none')],
    [t('guide.phone'), c.location.phone || t('common.none')],
    [t('guide.consultation'), c.consultation || t('common.none')],
    [t('guide.complaint'), c.complaint || t('common.none')],
    [t('guide.topicsPerson'), topicLinks(c.topics.person)],
    [t('guide.topicsEnterprise'), topicLinks(c.topics.enterprise)],
    ...(c.aliases.length > 0
      ? ([[t('guide.aliases'), joinList(c.aliases), 2]] as [string, ReactNode, number][])
      : []),
    [
      t('guide.version'),
      t('guide.versionText', { no: item.versionNo, date: formatDate.date(item.publishedAt) }),
    ],
  ];
  return (
    <Descriptions
      bordered
      layout={screens.md === false ? 'vertical' : 'horizontal'}
      column={screens.md === false ? 1 : 2}
      size="middle"
      className="tb-descriptions tb-guide-basic"
    >
      {withFilledRows(rows, screens.md === false ? 1 : 2).map(([label, value, span], i) => (
        <Descriptions.Item key={i} label={label} span={span}>
          {value}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}

function ProcessTab({ content }: { content: ItemContent }) {
  const { t } = useTranslation();
  return (
    <div className="tb-stack">
      <Prose text={content.processDescription} />
      {content.processSteps.length > 0 ? (
        <Steps
          direction="vertical"
          size="small"
          current={-1}
          items={content.processSteps.map((step, i) => ({
            title: `${i + 1}. ${step.name}`,
            description: step.description,
            status: 'wait',
          }))}
        />
      ) : (
        <EmptyState text={t('guide.noSteps')} />
      )}
    </div>
  );
}

function FeesTab({ fees }: { fees: Fee[] }) {
  const { t } = useTranslation();
  if (fees.length === 0) return <EmptyState text={t('guide.noFees')} />;
  return (
    <ScrollRegion label={t('guide.tabFees')}>
      <Table<Fee>
        className="tb-wrap-table"
        rowKey={(fee, i) => `${fee.name}:${i}`}
        pagination={false}
        dataSource={fees}
        columns={[
          { title: t('guide.feeName'), dataIndex: 'name', key: 'name' },
          {
            title: t('guide.feeAmount'),
            key: 'amount',
            align: 'right',
            render: (_v, fee) => t('guide.yuan', { amount: yuan(fee.amountFen) }),
          },
          {
            title: t('guide.feeStandard'),
            key: 'standard',
            render: (_v, fee) => fee.standard || t('common.none'),
          },
          { title: t('guide.feeBasis'), key: 'basis', render: (_v, fee) => fee.basis || t('common.none') },
          {
            title: t('guide.feeWaivable'),
            key: 'waivable',
            render: (_v, fee) => (
              <>
                <YesNo value={fee.waivable} />
                {fee.waivable && fee.waiverBasis ? <div className="tb-note">{fee.waiverBasis}</div> : null}
              </>
            ),
          },
        ]}
      />
    </ScrollRegion>
  );
}

/** The guide's own questions, then answered consultations published with the askers' consent. */
function FaqTab({ faq, itemId }: { faq: ItemContent['faq']; itemId: string }) {
  const { t } = useTranslation();
  return (
    <>
      {faq.length === 0 ? (
        <EmptyState text={t('guide.noFaq')} />
      ) : (
        <Collapse
          className="tb-faq"
          items={faq.map((entry, i) => ({
            key: String(i),
            label: entry.question,
            children: <Prose text={entry.answer} />,
            forceRender: true,
          }))}
        />
      )}
      <FaqSection itemRef={itemId} />
    </>
  );
}

/** 办事指南: everything a person needs to know before applying, printable in one go. */
export default function ItemGuidePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const labels = useCatalogLabels();
  const screens = Grid.useBreakpoint();
  const query = useQuery({ queryKey: ['catalog', 'item', id], queryFn: () => catalogApi.item(id) });
  usePageTitle(query.data?.content.name ?? t('guide.title'));

  if (query.isPending)
    return (
      <div className="tb-page">
        <Card className="tb-card">
          <Skeleton active paragraph={{ rows: 10 }} />
        </Card>
      </div>
    );
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404)
      return (
        <Result
          status="404"
          title={<h1 className="tb-result-title">{t('guide.notFound')}</h1>}
          subTitle={t('guide.notFoundText')}
          extra={
            <LinkButton to="/portal/search" type="primary">
              {t('guide.backToSearch')}
            </LinkButton>
          }
        />
      );
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  }
  const item = query.data;
  const c = item.content;

  const tabs = [
    { key: 'basic', label: t('guide.tabBasic'), children: <BasicTab item={item} /> },
    {
      key: 'materials',
      label: t('guide.tabMaterials', { count: c.materials.length }),
      children: <MaterialsList rows={c.materials.map((m) => ({ key: m.key, material: m }))} />,
    },
    { key: 'process', label: t('guide.tabProcess'), children: <ProcessTab content={c} /> },
    { key: 'fees', label: t('guide.tabFees'), children: <FeesTab fees={c.fees} /> },
    { key: 'faq', label: t('guide.tabFaq'), children: <FaqTab faq={c.faq} itemId={item.id} /> },
  ];

  return (
    <div className="tb-page tb-guide">
      <Breadcrumb
        className="tb-breadcrumb"
        items={[
          { title: <Link to="/">{t('areas.portal')}</Link> },
          { title: <Link to="/portal/search">{t('search.title')}</Link> },
          { title: c.name },
        ]}
      />
      <header className="tb-guide-head">
        <Typography.Title level={1} className="tb-guide-title">
          {c.name}
        </Typography.Title>
        <div className="tb-hit-tags">
          <Tag color="geekblue">{labels.itemType(c.itemType)}</Tag>
          <Tag color={c.handlingType === 'instant' ? 'green' : 'blue'}>
            {labels.handlingType(c.handlingType)}
          </Tag>
          <Tag color="cyan">
            {t('catalog.onlineDepth')}
            {t('common.colon')}
            {labels.onlineDepth(c.onlineDepth)}
          </Tag>
          <VisitsTag visits={c.requiredVisits} />
          {c.handlingKind ? <Tag>{labels.handlingKind(c.handlingKind)}</Tag> : null}
        </div>
        <dl className="tb-guide-facts">
          <div>
            <dt>{t('guide.implementer')}</dt>
            <dd>{item.departmentName}</dd>
          </div>
          <div>
            <dt>{t('guide.promisedDays')}</dt>
            <dd>{labels.days(c.promisedDays)}</dd>
          </div>
          <div>
            <dt>{t('guide.statutoryDays')}</dt>
            <dd>{labels.days(c.statutoryDays)}</dd>
          </div>
          <div>
            <dt>{t('guide.fees')}</dt>
            <dd>{c.fees.length === 0 ? t('guide.free') : t('guide.feeCount', { count: c.fees.length })}</dd>
          </div>
        </dl>
        <Space wrap className="tb-no-print">
          <ApplyButton kind="item" code={item.implementationCode} />
          <Button icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
            {t('guide.print')}
          </Button>
        </Space>
      </header>

      {item.parent || item.children.length > 0 ? (
        <Card className="tb-card" size="small">
          <nav aria-label={t('guide.related')}>
            {item.parent ? (
              <p className="tb-related">
                {t('guide.parent')}
                {t('common.colon')}
                <Link to={`/portal/items/${item.parent.id}`}>{item.parent.name}</Link>
              </p>
            ) : null}
            {item.children.length > 0 ? (
              <div className="tb-related">
                <span>
                  {t('guide.children')}
                  {t('common.colon')}
                </span>
                <ul className="tb-inline-list">
                  {item.children.map((child) => (
                    <li key={child.id}>
                      <Link to={`/portal/items/${child.id}`}>{child.name}</Link>
                      {child.handlingKind ? (
                        <Tag className="tb-inline-tag">{labels.handlingKind(child.handlingKind)}</Tag>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </nav>
        </Card>
      ) : null}

      <Card className="tb-card tb-guide-card">
        <Tabs
          className="tb-guide-tabs tb-wrap-tabs"
          size={screens.md ? 'large' : 'middle'}
          items={tabs.map((tab) => ({
            key: tab.key,
            label: tab.label,
            forceRender: true,
            children: (
              <section className="tb-guide-section" aria-label={tab.label}>
                <h2 className="tb-print-only tb-print-heading">{tab.label}</h2>
                {tab.children}
              </section>
            ),
          }))}
        />
      </Card>
    </div>
  );
}
