import { Alert, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GrantedLicence } from '../../../api/licenses';
import { useDateFormat } from '../../../i18n/format';
import { useValidity } from './display';
import './grants.css';

/** A licence opened under a 用证授权 (code holder, granted department or organisation). */
export function GrantedLicenceView({ result }: { result: GrantedLicence }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const validity = useValidity();
  const l = result.licence;
  return (
    <Card className="tb-card" title={<h2 className="tb-card-heading">{l.name}</h2>}>
      <div className="tb-stack">
        <Alert
          type="info"
          showIcon
          message={t('licenses.granted.purpose', { purpose: result.grant.purpose })}
          description={
            <>
              <div>{t('licenses.granted.until', { date: formatDate.date(result.grant.validUntil) })}</div>
              {result.grant.usesLeft === 0 ? <div>{t('licenses.granted.spent')}</div> : null}
              {result.idNumbersMasked ? <div>{t('licenses.granted.masked')}</div> : null}
              <div>{t('licenses.granted.logged')}</div>
            </>
          }
        />
        <dl className="tb-lic-facts">
          <div className="tb-lic-fact-wide">
            <dt>{t('licenses.identifier')}</dt>
            <dd className="tb-mono">{l.identifier}</dd>
          </div>
          <div>
            <dt>{t('licenses.issuer')}</dt>
            <dd>{l.issuerName}</dd>
          </div>
          <div>
            <dt>{t('licenses.holder')}</dt>
            <dd>
              {l.holderName} <span className="tb-mono">{l.holderCode}</span>
            </dd>
          </div>
          <div>
            <dt>{t('licenses.validityLabel')}</dt>
            <dd>{validity(l)}</dd>
          </div>
        </dl>
        <dl className="tb-lic-face tb-granted-face" aria-label={t('licenses.faceTitle')}>
          {l.face.map((f) => (
            <div key={f.key}>
              <dt>{f.label}</dt>
              <dd>{f.value || t('common.none')}</dd>
            </div>
          ))}
        </dl>
      </div>
    </Card>
  );
}
