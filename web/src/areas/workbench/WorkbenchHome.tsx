import { Card, Col, Descriptions, Row, Typography } from 'antd';
import { ApartmentOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../auth/session';
import { EmptyState } from '../../components/EmptyState';
import { usePageTitle } from '../../components/usePageTitle';

/** 工作台 home: the staff member's roles, each with its department and region. */
export function WorkbenchHome() {
  const { t } = useTranslation();
  usePageTitle(t('workbench.title'));
  const me = useMe();
  const roles = me.data?.roles ?? [];

  return (
    <div className="tb-page">
      <Typography.Title level={1}>{t('workbench.title')}</Typography.Title>
      <section aria-labelledby="tb-roles-heading">
        <Typography.Title level={2} id="tb-roles-heading">
          {t('workbench.rolesTitle')}
        </Typography.Title>
        {roles.length === 0 ? (
          <Card className="tb-card">
            <EmptyState text={t('workbench.noRoles')} />
          </Card>
        ) : (
          <Row gutter={[16, 16]} role="list">
            {roles.map((role) => (
              <Col
                xs={24}
                sm={12}
                lg={8}
                key={`${role.role}:${role.departmentId}:${role.regionCode}`}
                role="listitem"
              >
                <Card
                  className="tb-card tb-role-card"
                  title={
                    <h3 className="tb-card-heading">
                      <ApartmentOutlined aria-hidden /> {t(`roles.${role.role}`)}
                    </h3>
                  }
                >
                  <Descriptions column={1} size="small">
                    <Descriptions.Item label={t('workbench.department')}>
                      {role.departmentName}
                    </Descriptions.Item>
                    <Descriptions.Item label={t('workbench.region')}>{role.regionName}</Descriptions.Item>
                  </Descriptions>
                </Card>
              </Col>
            ))}
          </Row>
        )}
      </section>
    </div>
  );
}
