import { useState } from 'react';
import { Card, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type CalendarDay } from '../../api/client';
import { ScrollRegion } from '../../components/ScrollRegion';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useDateFormat } from '../../i18n/format';

/** The working-day calendar of a chosen year: public holidays and make-up working days. */
export function CalendarCard() {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const years = [thisYear - 2, thisYear - 1, thisYear, thisYear + 1];

  const query = useQuery({
    queryKey: ['calendar', year],
    queryFn: () => unwrap(api.GET('/api/v1/calendar/{year}', { params: { path: { year } } })),
  });
  const days = [...(query.data?.days ?? [])].sort((a, b) => a.date.localeCompare(b.date));

  const columns: TableColumnsType<CalendarDay> = [
    {
      title: t('admin.date'),
      dataIndex: 'date',
      key: 'date',
      render: (date: string) => formatDate.dateWithWeekday(date),
    },
    {
      title: t('admin.dayKind'),
      dataIndex: 'kind',
      key: 'kind',
      render: (kind: CalendarDay['kind']) =>
        kind === 'holiday' ? (
          <Tag color="red">{t('admin.holiday')}</Tag>
        ) : (
          <Tag color="blue">{t('admin.workday')}</Tag>
        ),
    },
    { title: t('admin.dayName'), dataIndex: 'name', key: 'name' },
  ];

  return (
    <Card
      className="tb-card"
      title={<h2 className="tb-card-heading">{t('admin.calendar')}</h2>}
      extra={
        <label className="tb-inline-field">
          <span>{t('admin.year')}</span>
          <Select
            aria-label={t('admin.year')}
            value={year}
            onChange={setYear}
            options={years.map((y) => ({ value: y, label: String(y) }))}
          />
        </label>
      }
    >
      <Typography.Paragraph>{t('admin.calendarHelp')}</Typography.Paragraph>
      {query.isError ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      <ScrollRegion label={t('admin.calendar')}>
        <Table<CalendarDay>
          rowKey="date"
          columns={columns}
          dataSource={days}
          loading={query.isFetching}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{
            emptyText:
              query.isPending || query.isError ? (
                ' '
              ) : (
                <EmptyState text={t('admin.calendarEmpty', { year })} />
              ),
          }}
        />
      </ScrollRegion>
    </Card>
  );
}
