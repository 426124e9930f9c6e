import { App, Card, Descriptions, Radio, Space, Spin, Tag, Typography } from 'antd';
import { BankOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Me } from '../../api/client';
import { useErrorToast } from '../../api/errors';
import { useSetSession } from '../../auth/session';
import { EmptyState } from '../../components/EmptyState';
import { useDateFormat } from '../../i18n/format';

const SELF = 'self';

/** The citizen's verified details and the choice of acting for themselves or for an organisation. */
export function ProfileCard({ me, headingLevel = 2 }: { me: Me; headingLevel?: 1 | 2 }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const formatDate = useDateFormat();
  const setSession = useSetSession();
  const toastError = useErrorToast();
  const person = me.person;

  const actingFor = useMutation({
    mutationFn: (organisationId: string | null) =>
      unwrap(api.POST('/api/v1/auth/acting-for', { body: { organisationId } })),
    onSuccess: (account) => {
      setSession(account);
      void message.success(
        account.actingFor
          ? t('profile.actingSwitched', { name: account.actingFor.name })
          : t('profile.actingSwitchedSelf'),
      );
    },
    onError: toastError,
  });

  const Heading = `h${headingLevel}` as const;
  const selfName = person?.name ?? me.displayName;

  return (
    <Card title={<Heading className="tb-card-heading">{t('profile.title')}</Heading>} className="tb-card">
      {person ? (
        <Descriptions column={{ xs: 1, sm: 1, md: 2 }} size="middle" className="tb-descriptions">
          <Descriptions.Item label={t('profile.name')}>{person.name}</Descriptions.Item>
          <Descriptions.Item label={t('profile.idNumber')}>
            <span className="tb-mono">{person.idNumberMasked}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('profile.mobile')}>
            <span className="tb-mono">{person.mobileMasked}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('profile.birthDate')}>
            {formatDate.date(person.birthDate)}
          </Descriptions.Item>
          <Descriptions.Item label={t('profile.sex')}>
            {person.sex === 'male' ? t('profile.male') : t('profile.female')}
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <Typography.Paragraph>{t('profile.noPerson')}</Typography.Paragraph>
      )}

      <section className="tb-acting" aria-labelledby="tb-acting-heading">
        <Typography.Title
          level={(headingLevel + 1) as 2 | 3}
          id="tb-acting-heading"
          className="tb-subheading"
        >
          {t('profile.organisations')}
        </Typography.Title>
        {me.organisations.length === 0 ? (
          <EmptyState text={t('profile.organisationsEmpty')} />
        ) : (
          <Spin spinning={actingFor.isPending}>
            <fieldset className="tb-fieldset">
              <legend className="tb-legend">{t('profile.actingAsLabel')}</legend>
              <Radio.Group
                className="tb-acting-options"
                value={me.actingFor?.organisationId ?? SELF}
                disabled={actingFor.isPending}
                onChange={(event) => {
                  const value = event.target.value as string;
                  actingFor.mutate(value === SELF ? null : value);
                }}
              >
                <Space direction="vertical" className="tb-full-width">
                  <Radio value={SELF} className="tb-acting-option">
                    <UserOutlined aria-hidden /> {t('profile.actingAsSelf', { name: selfName })}
                  </Radio>
                  {me.organisations.map((org) => (
                    <Radio key={org.id} value={org.id} className="tb-acting-option">
                      <span className="tb-org">
                        <span className="tb-org-name">
                          <BankOutlined aria-hidden /> {org.name}{' '}
                          <Tag color={org.relation === 'legal_representative' ? 'blue' : 'default'}>
                            {t(`profile.relation.${org.relation}`)}
                          </Tag>
                        </span>
                        <span className="tb-org-uscc">
                          {t('profile.uscc')}: <span className="tb-mono">{org.uscc}</span>
                        </span>
                      </span>
                    </Radio>
                  ))}
                </Space>
              </Radio.Group>
            </fieldset>
          </Spin>
        )}
      </section>
    </Card>
  );
}
