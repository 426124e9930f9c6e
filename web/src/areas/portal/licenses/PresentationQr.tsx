import { useEffect, useState } from 'react';
import { Alert, Button, QRCode, Spin } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { licensesApi, type LicenceDetail } from '../../../api/licenses';
import { ErrorAlert } from '../../../components/ErrorAlert';
import './grants.css';

/** A new code this long before the old one stops verifying, so a scan never meets an expired one. */
const REFRESH_MARGIN_S = 30;

const minutesSeconds = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

/**
 * 亮证: a QR code that verifies for a few minutes only (a screenshot sent on is useless later), with a
 * visible countdown; a fresh one is fetched before the current one expires.
 */
export function PresentationQr({ licence }: { licence: LicenceDetail }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['licenses', 'presentation', licence.id],
    queryFn: async () => {
      const presented = await licensesApi.present(licence.id);
      // Counted on this device's clock from when the answer arrived (the server rounds down to seconds).
      return { ...presented, until: Date.now() + (presented.validSeconds - 1) * 1000 };
    },
    gcTime: 0,
    staleTime: Infinity,
    refetchInterval: (q) =>
      q.state.data ? Math.max(10, q.state.data.validSeconds - REFRESH_MARGIN_S) * 1000 : false,
    refetchIntervalInBackground: true,
  });
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);

  if (query.isPending)
    return (
      <div className="tb-lic-qr-full" aria-busy>
        <Spin />
      </div>
    );
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const left = Math.max(0, Math.ceil((query.data.until - now) / 1000));
  return (
    <div className="tb-lic-qr-full">
      {left > 0 ? (
        <QRCode
          value={query.data.url}
          bgColor="#ffffff"
          size={320}
          errorLevel="M"
          status={query.isFetching ? 'loading' : 'active'}
          aria-label={t('licenses.present.qrAlt', { name: licence.name })}
        />
      ) : (
        <Alert type="warning" showIcon message={t('licenses.present.expired')} />
      )}
      <p className="tb-present-countdown" role="timer">
        {left > 0 ? (
          <>
            {t('licenses.present.countdownPrefix')} <strong>{minutesSeconds(left)}</strong>{' '}
            {t('licenses.present.countdownSuffix')}
          </>
        ) : null}
      </p>
      <Button
        icon={<ReloadOutlined aria-hidden />}
        onClick={() => void query.refetch()}
        loading={query.isFetching}
      >
        {t('licenses.present.refresh')}
      </Button>
    </div>
  );
}
