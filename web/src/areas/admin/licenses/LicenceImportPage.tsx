import { Alert, App, Button, Card, Result, Space, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { IMPORT_TEMPLATE_URL, LICENCE_IMPORT_URL, licensesApi } from '../../../api/licenses';
import { FileImportWizard } from '../../../components/FileImportWizard';
import { LinkButton } from '../../../components/LinkButton';
import { usePageTitle } from '../../../components/usePageTitle';
import { LicensesAdminHead } from './shared';

/** The server accepts up to 30 MB. */
const MAX_BYTES = 30 * 1024 * 1024;

/** /admin/licenses/import — licences issued before Tongban: template, upload, parse (with progress), check, apply. */
export default function LicenceImportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  usePageTitle(t('licenses.admin.section.import'));

  return (
    <div className="tb-page">
      <LicensesAdminHead />
      <Card
        className="tb-card"
        title={<h2 className="tb-card-heading">{t('licenses.admin.section.import')}</h2>}
        extra={
          <Button href={IMPORT_TEMPLATE_URL} download icon={<DownloadOutlined aria-hidden />}>
            {t('licenses.import.template')}
          </Button>
        }
      >
        <Typography.Paragraph>{t('licenses.import.intro')}</Typography.Paragraph>
        <FileImportWizard
          ns="licenses.import"
          uploadUrl={LICENCE_IMPORT_URL}
          maxBytes={MAX_BYTES}
          queryKey={['licenses', 'import']}
          fetchJob={licensesApi.importStatus}
          applyJob={licensesApi.applyImport}
          onApplied={(next) => {
            void queryClient.invalidateQueries({ queryKey: ['licenses', 'search'] });
            void message.success(t('licenses.import.applied', { count: next.issued }));
          }}
          mayApply={(data) => data.rows > 0}
          applyLabel={(data) => t('licenses.import.apply', { count: data.rows })}
          preview={(data) =>
            data.errors.length > 0 ? (
              <Alert
                type="error"
                showIcon
                message={t('licenses.import.hasErrors', { count: data.errors.length, rows: data.rows })}
                description={t('licenses.import.hasErrorsText')}
              />
            ) : (
              <Alert
                type="success"
                showIcon
                message={t('licenses.import.ready', { name: data.fileName, rows: data.rows })}
              />
            )
          }
          done={(data, restart) => (
            <Result
              status="success"
              title={<h3 className="tb-result-title">{t('licenses.import.doneTitle')}</h3>}
              subTitle={t('licenses.import.doneText', { count: data.issued })}
              extra={
                <Space wrap>
                  <LinkButton to="/admin/licenses/search" type="primary">
                    {t('licenses.import.toSearch')}
                  </LinkButton>
                  <Button onClick={restart}>{t('licenses.import.another')}</Button>
                </Space>
              }
            />
          )}
        />
      </Card>
    </div>
  );
}
