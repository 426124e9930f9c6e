import { useState } from 'react';
import { App as AntApp, Button, DatePicker, Progress, Space } from 'antd';
import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../api/errors';
import { downloadMonthlyReport, type Scope } from '../../../api/supervision';

/** A button that downloads a file the server builds, with a progress bar while it arrives. */
export function DownloadButton({
  label,
  progressLabel,
  doneText,
  icon = <DownloadOutlined />,
  download,
}: {
  label: string;
  progressLabel: string;
  doneText: string;
  icon?: React.ReactNode;
  download: (onProgress: (fraction: number | null) => void) => Promise<void>;
}) {
  const { message } = AntApp.useApp();
  const errorText = useErrorText();
  const [progress, setProgress] = useState<number | null | undefined>(undefined);
  const busy = progress !== undefined;
  return (
    <Space wrap>
      <Button
        icon={icon}
        loading={busy}
        onClick={() => {
          setProgress(null);
          download(setProgress)
            .then(() => message.success(doneText))
            .catch((error: unknown) => message.error(errorText(error)))
            .finally(() => setProgress(undefined));
        }}
      >
        {label}
      </Button>
      {busy ? (
        <Progress
          aria-label={progressLabel}
          percent={progress === null ? 50 : Math.round(progress * 100)}
          status="active"
          showInfo={progress !== null}
          style={{ width: 160 }}
        />
      ) : null}
    </Space>
  );
}

/** 月报: a month (last month unless chosen; no future months) and the PDF of the scope's region or department. */
export function MonthlyReportButton({ scope }: { scope: Scope }) {
  const { t } = useTranslation();
  const [month, setMonth] = useState<Dayjs>(() => dayjs().subtract(1, 'month').startOf('month'));
  return (
    <Space wrap>
      <DatePicker
        picker="month"
        aria-label={t('supervisionReport.month')}
        value={month}
        allowClear={false}
        disabledDate={(d) => d.isAfter(dayjs(), 'month')}
        onChange={(d) => {
          if (d) setMonth(d);
        }}
      />
      <DownloadButton
        label={t('supervisionReport.button')}
        progressLabel={t('supervisionReport.progress')}
        doneText={t('supervisionReport.done')}
        icon={<FilePdfOutlined />}
        download={(onProgress) =>
          downloadMonthlyReport(
            { regionCode: scope.regionCode, departmentId: scope.departmentId },
            month.format('YYYY-MM'),
            onProgress,
          )
        }
      />
    </Space>
  );
}
