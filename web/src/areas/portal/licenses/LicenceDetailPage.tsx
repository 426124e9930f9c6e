import { useState } from 'react';
import { Alert, App, Breadcrumb, Button, Card, List, Modal, QRCode, Skeleton, Typography } from 'antd';
import {
  DownloadOutlined,
  ExpandOutlined,
  FileProtectOutlined,
  IdcardOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  licenceCredentialUrl,
  licenceExportUrl,
  licencePdfUrl,
  licensesApi,
  type LicenceDetail,
  type LicenceUse,
} from '../../../api/licenses';
import { useErrorText } from '../../../api/errors';
import { ApiError, pickLocalized } from '../../../api/problem';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LinkButton } from '../../../components/LinkButton';
import { usePageTitle } from '../../../components/usePageTitle';
import { useDateFormat } from '../../../i18n/format';
import { LicenceFacts, LicenceStatusTag } from './display';
import { GrantsCard } from './GrantsCard';
import { PresentationQr } from './PresentationQr';
import { joinList } from '../../../i18n/text';

/** 照面信息: the licence's face data as label / value pairs. */
export function FaceData({ licence }: { licence: LicenceDetail }) {
  const { t } = useTranslation();
  if (licence.face.length === 0) return <p className="tb-muted">{t('licenses.noFace')}</p>;
  return (
    <dl className="tb-lic-face">
      {licence.face.map((f) => (
        <div key={f.key}>
          <dt>{f.label}</dt>
          <dd>{f.value || t('common.none')}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A status other than valid, with the reason the issuer gave. */
export function StatusNotice({ licence }: { licence: LicenceDetail }) {
  const { t } = useTranslation();
  if (licence.status === 'valid') return null;
  return (
    <Alert
      type={licence.status === 'revoked' ? 'error' : 'warning'}
      showIcon
      message={t(`licenses.statusNotice.${licence.status}`)}
      description={
        licence.statusReason ? t('licenses.reasonIs', { reason: licence.statusReason }) : undefined
      }
    />
  );
}

/** 用证记录: who used the licence, for what and when. */
export function UsesList({ uses }: { uses: LicenceUse[] }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  if (uses.length === 0) return <EmptyState text={t('licenses.noUses')} />;
  return (
    <List<LicenceUse>
      className="tb-lic-uses"
      dataSource={uses}
      rowKey="id"
      pagination={uses.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false}
      renderItem={(u) => (
        <List.Item>
          <div>
            <strong>{u.consumerName ?? u.departmentName ?? t('licenses.unknownDepartment')}</strong>
            <span className="tb-muted"> · {u.purpose}</span>
            <div className="tb-note">
              <time dateTime={u.usedAt}>{formatDate.dateTime(u.usedAt)}</time>
              {u.fields.length > 0 ? ` · ${t('licenses.usedFields', { fields: joinList(u.fields) })}` : null}
            </div>
          </div>
        </List.Item>
      )}
    />
  );
}

/** 亮证: the QR code to the public verification page, large enough for a counter's scanner. */
function ShowQr({ licence }: { licence: LicenceDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const usable = licence.status === 'valid';
  return (
    <div className="tb-lic-qr">
      <QRCode
        value={licence.verifyUrl}
        bgColor="#ffffff"
        size={200}
        bordered={false}
        aria-label={t('licenses.qrAlt', { name: licence.name })}
      />
      <p className="tb-note">{t('licenses.qrHint')}</p>
      <div className="tb-lic-actions">
        <Button type="primary" icon={<ExpandOutlined aria-hidden />} onClick={() => setOpen(true)}>
          {t('licenses.showFull')}
        </Button>
        <Button href={licence.verifyUrl} icon={<SafetyCertificateOutlined aria-hidden />}>
          {t('licenses.openVerify')}
        </Button>
      </div>
      <Modal
        open={open}
        onCancel={() => setOpen(false)}
        footer={<Button onClick={() => setOpen(false)}>{t('licenses.close')}</Button>}
        title={licence.name}
        width={480}
        centered
      >
        <div className="tb-lic-qr-full">
          {usable ? null : (
            <Alert type="warning" showIcon message={t(`licenses.statusNotice.${licence.status}`)} />
          )}
          {/* The holder shows a code that lasts minutes; others (support staff) see the permanent link. */}
          {open && licence.mayExport ? (
            <PresentationQr licence={licence} />
          ) : (
            <QRCode
              value={licence.verifyUrl}
              bgColor="#ffffff"
              size={360}
              errorLevel="M"
              aria-label={t('licenses.qrAlt', { name: licence.name })}
            />
          )}
          <p>
            <strong>{licence.holderName}</strong> <span className="tb-mono">{licence.holderCodeMasked}</span>
          </p>
          <p className="tb-note">{t('licenses.showFullHint')}</p>
        </div>
      </Modal>
    </div>
  );
}

/**
 * The W3C Verifiable Credential, fetched rather than linked so a refusal (an SM2 department: no JOSE
 * algorithm) is shown as a message instead of being saved as a file.
 */
function CredentialButton({ licence }: { licence: LicenceDetail }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const response = await fetch(licenceCredentialUrl(licence.id), { credentials: 'same-origin' });
      if (!response.ok) {
        const problem = (await response.json().catch(() => null)) as {
          message?: { zh: string; en: string };
        } | null;
        message.error(
          problem?.message ? pickLocalized(problem.message, i18n.language) : t('licenses.credential.failed'),
        );
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = `${licence.name}.vc.jwt`;
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<IdcardOutlined aria-hidden />} block loading={busy} onClick={() => void download()}>
      {t('licenses.credential.download')}
    </Button>
  );
}

/** 证照详情 (holder): face data, 亮证 QR code, downloads, 用证授权 and the record of uses. */
export default function LicenceDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['licenses', 'detail', id],
    queryFn: () => licensesApi.detail(id),
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
  const licence = query.data;
  usePageTitle(licence?.name ?? t('licenses.walletTitle'));

  const crumbs = (
    <Breadcrumb
      className="tb-breadcrumb"
      items={[
        { title: <Link to="/">{t('areas.portal')}</Link> },
        { title: <Link to="/portal/licenses">{t('licenses.walletTitle')}</Link> },
        { title: licence?.name ?? t('licenses.detailTitle') },
      ]}
    />
  );
  if (query.isPending)
    return (
      <div className="tb-page">
        {crumbs}
        <Card className="tb-card">
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      </div>
    );
  if (query.isError)
    return (
      <div className="tb-page">
        {crumbs}
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        <LinkButton to="/portal/licenses">{t('licenses.backToWallet')}</LinkButton>
      </div>
    );
  const l = query.data;
  return (
    <div className="tb-page">
      {crumbs}
      <header className="tb-stack">
        <Typography.Title level={1} style={{ margin: 0 }}>
          {l.name}
        </Typography.Title>
        <div>
          <LicenceStatusTag status={l.status} name={l.statusName} />
        </div>
      </header>
      <StatusNotice licence={l} />
      <div className="tb-lic-detail-grid">
        <div className="tb-stack">
          <Card className="tb-card" title={<h2 className="tb-card-heading">{t('licenses.faceTitle')}</h2>}>
            <FaceData licence={l} />
          </Card>
          <Card className="tb-card" title={<h2 className="tb-card-heading">{t('licenses.factsTitle')}</h2>}>
            <LicenceFacts licence={l} />
            <p className="tb-note">
              {t('licenses.sealLine', { algorithm: t(`licenses.algorithm.${l.algorithm}`), keyId: l.keyId })}
            </p>
          </Card>
          <Card className="tb-card" title={<h2 className="tb-card-heading">{t('licenses.usesTitle')}</h2>}>
            <UsesList uses={l.uses} />
          </Card>
        </div>
        <div className="tb-stack">
          <Card className="tb-card" title={<h2 className="tb-card-heading">{t('licenses.qrTitle')}</h2>}>
            <ShowQr licence={l} />
          </Card>
          {l.mayExport ? (
            <Card
              className="tb-card"
              title={<h2 className="tb-card-heading">{t('licenses.downloadsTitle')}</h2>}
            >
              <div className="tb-stack">
                <Button href={licencePdfUrl(l.id)} download icon={<DownloadOutlined aria-hidden />} block>
                  {t('licenses.downloadPdf')}
                </Button>
                <Button
                  href={licenceExportUrl(l.id)}
                  download
                  icon={<FileProtectOutlined aria-hidden />}
                  block
                >
                  {t('licenses.downloadExport')}
                </Button>
                <p className="tb-note">{t('licenses.exportHint')}</p>
                <CredentialButton licence={l} />
                <p className="tb-note">{t('licenses.credential.hint')}</p>
              </div>
            </Card>
          ) : null}
          {l.mayExport ? <GrantsCard licence={l} /> : null}
        </div>
      </div>
    </div>
  );
}
