import { useState } from 'react';
import { Button, Modal, QRCode, Typography } from 'antd';
import { StarOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { feedbackApi } from '../../../api/feedback';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useDateFormat } from '../../../i18n/format';

/**
 * 一次一评 at the window: the clerk opens a short-lived rating link for the person in front of them, shown
 * as a QR code for their phone or opened on the hall's rating device (评价器).
 */
export function DeviceRatingButton({
  caseId,
  stage,
}: {
  caseId: string;
  stage: 'window_intake' | 'collection';
}) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  const [open, setOpen] = useState(false);
  const link = useMutation({ mutationFn: () => feedbackApi.deviceLink(caseId, stage) });
  const show = () => {
    setOpen(true);
    link.mutate();
  };
  return (
    <>
      <Button icon={<StarOutlined aria-hidden />} onClick={show}>
        {t('deviceRating.button')}
      </Button>
      <Modal
        open={open}
        title={t('deviceRating.title')}
        onCancel={() => setOpen(false)}
        footer={<Button onClick={() => setOpen(false)}>{t('deviceRating.close')}</Button>}
        destroyOnHidden
      >
        {link.isError ? <ErrorAlert error={link.error} onRetry={() => link.mutate()} /> : null}
        {link.isPending ? <QRCode value="-" status="loading" /> : null}
        {link.data ? (
          <div className="tb-stack" style={{ alignItems: 'center', textAlign: 'center' }}>
            <QRCode value={link.data.url} size={200} aria-label={t('deviceRating.qrAlt')} />
            <Typography.Paragraph>{t('deviceRating.hint')}</Typography.Paragraph>
            <Button type="primary" href={link.data.url} target="_blank" rel="noopener noreferrer">
              {t('deviceRating.openOnDevice')}
            </Button>
            <p className="tb-note">{t('deviceRating.expires', { at: dateTime(link.data.expiresAt) })}</p>
          </div>
        ) : null}
      </Modal>
    </>
  );
}
