import type { ReactNode } from 'react';
import { Card, Skeleton } from 'antd';
import {
  AuditOutlined,
  BankOutlined,
  BookOutlined,
  CarOutlined,
  CloseCircleOutlined,
  EditOutlined,
  EnvironmentOutlined,
  FlagOutlined,
  HeartOutlined,
  HomeOutlined,
  IdcardOutlined,
  MedicineBoxOutlined,
  RocketOutlined,
  SafetyCertificateOutlined,
  ShopOutlined,
  SmileOutlined,
  SolutionOutlined,
  TeamOutlined,
  ToolOutlined,
  UserAddOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { catalogApi } from '../api/catalog';
import type { Topic } from '../api/catalogTypes';
import { EmptyState } from '../components/EmptyState';
import { ErrorAlert } from '../components/ErrorAlert';
import { useCatalogLabels } from './labels';

/** An icon for a life event, guessed from its Chinese name (the topic list is data, not code). */
const ICONS: [RegExp, ReactNode][] = [
  [/出生|生育|新生/, <SmileOutlined key="i" />],
  [/入学|教育|上学/, <BookOutlined key="i" />],
  [/就业|工作|失业|创业/, <SolutionOutlined key="i" />],
  [/婚|家庭/, <HeartOutlined key="i" />],
  [/住房|居住|户|房/, <HomeOutlined key="i" />],
  [/社保|保险/, <SafetyCertificateOutlined key="i" />],
  [/医|健康/, <MedicineBoxOutlined key="i" />],
  [/车|驾|出行|交通/, <CarOutlined key="i" />],
  [/残疾/, <UsergroupAddOutlined key="i" />],
  [/证件|身份/, <IdcardOutlined key="i" />],
  [/环保|环境|生态/, <EnvironmentOutlined key="i" />],
  [/用工|劳动/, <TeamOutlined key="i" />],
  [/退休|养老/, <TeamOutlined key="i" />],
  [/身后|死亡/, <FlagOutlined key="i" />],
  [/开办|设立/, <RocketOutlined key="i" />],
  [/变更/, <EditOutlined key="i" />],
  [/注销|退出/, <CloseCircleOutlined key="i" />],
  [/餐|经营|店/, <ShopOutlined key="i" />],
  [/招|聘|人才/, <UserAddOutlined key="i" />],
  [/税|金融|融资/, <BankOutlined key="i" />],
  [/建设|工程|施工/, <ToolOutlined key="i" />],
];
const iconOf = (name: string) => ICONS.find(([re]) => re.test(name))?.[1] ?? <AuditOutlined />;

function TileList({ topics }: { topics: Topic[] }) {
  const { t } = useTranslation();
  const labels = useCatalogLabels();
  return (
    <ul className="tb-topic-tiles">
      {topics.map((topic) => (
        <li key={topic.code}>
          <Link className="tb-topic-tile" to={`/portal/search?topic=${encodeURIComponent(topic.code)}`}>
            <span className="tb-topic-icon" aria-hidden>
              {iconOf(topic.name)}
            </span>
            <span className="tb-topic-name">{labels.topicName(topic)}</span>
            <span className="tb-topic-count">{t('catalog.topicCount', { count: topic.itemCount })}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Life-event topics (出生, 入学 … / 开办, 变更 …) for people and for enterprises. */
export function TopicTiles() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: ['catalog', 'topics'], queryFn: catalogApi.topics, staleTime: 300_000 });
  const topics = query.data?.items ?? [];
  const groups = [
    { audience: 'person' as const, title: t('home.topicsPerson'), id: 'tb-topics-person' },
    { audience: 'enterprise' as const, title: t('home.topicsEnterprise'), id: 'tb-topics-enterprise' },
  ];
  return (
    <div className="tb-topic-groups">
      {groups.map((group) => {
        const list = topics.filter((topic) => topic.audience === group.audience);
        return (
          <Card
            key={group.audience}
            className="tb-card"
            title={
              <h2 className="tb-card-heading" id={group.id}>
                {group.title}
              </h2>
            }
          >
            <section aria-labelledby={group.id}>
              {query.isPending ? (
                <Skeleton active paragraph={{ rows: 3 }} title={false} />
              ) : query.isError ? (
                <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
              ) : list.length === 0 ? (
                <EmptyState text={t('home.topicsEmpty')} />
              ) : (
                <TileList topics={list} />
              )}
            </section>
          </Card>
        );
      })}
    </div>
  );
}

/** Topic links for the empty search result: "try one of these life events". */
export function TopicSuggestions() {
  const labels = useCatalogLabels();
  const query = useQuery({ queryKey: ['catalog', 'topics'], queryFn: catalogApi.topics, staleTime: 300_000 });
  const topics = query.data?.items ?? [];
  if (topics.length === 0) return null;
  return (
    <ul className="tb-topic-links">
      {topics.map((topic) => (
        <li key={topic.code}>
          <Link to={`/portal/search?topic=${encodeURIComponent(topic.code)}`}>{labels.topicName(topic)}</Link>
        </li>
      ))}
    </ul>
  );
}
