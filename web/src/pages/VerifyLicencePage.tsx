import { useState } from 'react';
import { Button, Card, Form, Input, Skeleton, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { VERDICTS, licensesApi, parseVerifyInput, type VerifyResult } from '../api/licenses';
import { pickLocalized } from '../api/problem';
import { ErrorAlert } from '../components/ErrorAlert';
import { usePageTitle } from '../components/usePageTitle';
import { useDateFormat } from '../i18n/format';
import { LicenceStatusTag, VERDICT_LOOK, useValidity } from '../areas/portal/licenses/display';

const UNKNOWN_REASONS = ['format', 'check', 'not_found', 'presentation'] as const;
const isUnknownReason = (value: string): value is (typeof UNKNOWN_REASONS)[number] =>
  (UNKNOWN_REASONS as readonly string[]).includes(value);

/** The verdict as a banner: colour, icon and words together. */
function Verdict({ result }: { result: VerifyResult }) {
  const { t, i18n } = useTranslation();
  const formatDate = useDateFormat();
  const look = VERDICT_LOOK[result.status];
  // "unknown" comes with a code (why nothing was found); revoked / suspended with the issuer's own words.
  const reason =
    result.reason && isUnknownReason(result.reason)
      ? t(`licenses.verify.unknownReason.${result.reason}`)
      : result.reason;
  return (
    <section className={`tb-verdict tb-lic-tone-${look.tone}`} role="status" aria-live="polite">
      <span className="tb-verdict-icon">{look.icon}</span>
      <div>
        <h2 className="tb-verdict-title">{pickLocalized(result.statusName, i18n.language)}</h2>
        <p>{t(`licenses.verify.meaning.${result.status}`)}</p>
        {reason ? <p>{t('licenses.reasonIs', { reason })}</p> : null}
        {result.presentation && result.status !== 'presentation_expired' ? (
          <p>
            {t('licenses.verify.presentedUntil', { at: formatDate.dateTime(result.presentation.expiresAt) })}
          </p>
        ) : null}
        <p className="tb-note">
          {t('licenses.verify.checkedAt', { at: formatDate.dateTime(result.checkedAt) })}
        </p>
      </div>
    </section>
  );
}

function LicenceInfo({ licence }: { licence: NonNullable<VerifyResult['licence']> }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const validity = useValidity();
  return (
    <Card className="tb-card" title={<h2 className="tb-card-heading">{licence.name}</h2>}>
      <dl className="tb-lic-facts">
        <div className="tb-lic-fact-wide">
          <dt>{t('licenses.identifier')}</dt>
          <dd className="tb-mono">{licence.identifier}</dd>
        </div>
        <div>
          <dt>{t('licenses.issuer')}</dt>
          <dd>{licence.issuerName}</dd>
        </div>
        <div>
          <dt>{t('licenses.holder')}</dt>
          <dd>
            {licence.holderName} <span className="tb-mono">{licence.holderCode}</span>
          </dd>
        </div>
        <div>
          <dt>{t('licenses.issuedAt')}</dt>
          <dd>{formatDate.date(licence.issuedAt)}</dd>
        </div>
        <div>
          <dt>{t('licenses.validityLabel')}</dt>
          <dd>{validity(licence)}</dd>
        </div>
        <div>
          <dt>{t('licenses.trustLevel')}</dt>
          <dd>{t('licenses.trustA')}</dd>
        </div>
        <div>
          <dt>{t('licenses.sealAlgorithm')}</dt>
          <dd>{t(`licenses.algorithm.${licence.algorithm}`)}</dd>
        </div>
      </dl>
    </Card>
  );
}

/** What each verdict means, with the same tag the answer uses. */
function Explanations() {
  const { t } = useTranslation();
  return (
    <Card className="tb-card" title={<h2 className="tb-card-heading">{t('licenses.verify.helpTitle')}</h2>}>
      <dl className="tb-verdict-help">
        {VERDICTS.map((v) => (
          <div key={v}>
            <dt>
              <LicenceStatusTag status={v} label={t(`licenses.verify.name.${v}`)} />
            </dt>
            <dd>{t(`licenses.verify.meaning.${v}`)}</dd>
          </div>
        ))}
      </dl>
      <p className="tb-note">{t('licenses.verify.privacy')}</p>
    </Card>
  );
}

/** 证照核验 (public): the page behind a licence's QR code, or an identifier typed in. */
export default function VerifyLicencePage() {
  const { t } = useTranslation();
  usePageTitle(t('licenses.verify.title'));
  const [params, setParams] = useSearchParams();
  const id = params.get('id')?.trim() ?? '';
  const code = params.get('c')?.trim() || null;
  // A 亮证 QR code: a short-lived presentation token instead of the identifier.
  const presentation = params.get('p')?.trim() ?? '';
  const [input, setInput] = useState('');
  const [inputError, setInputError] = useState<string | null>(null);
  const q = presentation || (code ? `${id}#${code}` : id);
  const query = useQuery({
    queryKey: ['licenses', 'verify', q],
    queryFn: () => licensesApi.verify(q),
    enabled: q.length > 0,
    retry: 1,
  });

  const submit = () => {
    const parsed = parseVerifyInput(input);
    if (parsed.p) {
      setInputError(null);
      setParams({ p: parsed.p });
      return;
    }
    if (!parsed.id) {
      setInputError(t('licenses.verify.inputEmpty'));
      return;
    }
    setInputError(null);
    setParams(parsed.c ? { id: parsed.id, c: parsed.c } : { id: parsed.id });
  };

  return (
    <div className="tb-page tb-lic-verify" style={{ maxWidth: 820, width: '100%', margin: '0 auto' }}>
      <header>
        <Typography.Title level={1}>
          <SafetyCertificateOutlined aria-hidden /> {t('licenses.verify.title')}
        </Typography.Title>
        <Typography.Paragraph className="tb-note">{t('licenses.verify.intro')}</Typography.Paragraph>
      </header>
      {q ? (
        query.isPending ? (
          <Card className="tb-card">
            <Skeleton active paragraph={{ rows: 4 }} />
          </Card>
        ) : query.isError ? (
          <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <>
            <Verdict result={query.data} />
            {query.data.licence ? <LicenceInfo licence={query.data.licence} /> : null}
          </>
        )
      ) : null}
      <Card className="tb-card" title={<h2 className="tb-card-heading">{t('licenses.verify.formTitle')}</h2>}>
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            label={t('licenses.verify.inputLabel')}
            htmlFor="tb-verify-input"
            help={inputError ?? t('licenses.verify.inputHelp')}
            validateStatus={inputError ? 'error' : undefined}
          >
            <Input.TextArea
              id="tb-verify-input"
              value={input}
              onChange={(e) => setInput(e.target.value)}
              autoSize={{ minRows: 2, maxRows: 4 }}
              maxLength={600}
              className="tb-mono"
              spellCheck={false}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" icon={<SafetyCertificateOutlined aria-hidden />}>
            {t('licenses.verify.submit')}
          </Button>
        </Form>
      </Card>
      <Explanations />
    </div>
  );
}
