import { Card, Col, Row, Typography } from 'antd';
import { AppstoreOutlined, BlockOutlined, FileExcelOutlined, SwapOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** The admin home's way into the service catalogue. */
export function CatalogCard() {
  const { t } = useTranslation();
  const links = [
    {
      to: '/admin/catalog',
      icon: <AppstoreOutlined />,
      title: t('catalogAdmin.nav_items'),
      text: t('catalogAdmin.homeItems'),
    },
    {
      to: '/admin/catalog/bundles',
      icon: <BlockOutlined />,
      title: t('catalogAdmin.nav_bundles'),
      text: t('catalogAdmin.homeBundles'),
    },
    {
      to: '/admin/catalog/import',
      icon: <FileExcelOutlined />,
      title: t('catalogAdmin.nav_import'),
      text: t('catalogAdmin.homeImport'),
    },
    {
      to: '/admin/catalog/synonyms',
      icon: <SwapOutlined />,
      title: t('catalogAdmin.nav_synonyms'),
      text: t('catalogAdmin.homeSynonyms'),
    },
  ];
  return (
    <Card className="tb-card" title={<h2 className="tb-card-heading">{t('catalogAdmin.title')}</h2>}>
      <Typography.Paragraph>{t('catalogAdmin.homeIntro')}</Typography.Paragraph>
      <Row gutter={[12, 12]} role="list">
        {links.map((link) => (
          <Col xs={24} sm={12} lg={6} key={link.to} role="listitem">
            <Link to={link.to} className="tb-admin-tile">
              <span className="tb-topic-icon" aria-hidden>
                {link.icon}
              </span>
              <span className="tb-admin-tile-title">{link.title}</span>
              <span className="tb-note">{link.text}</span>
            </Link>
          </Col>
        ))}
      </Row>
    </Card>
  );
}
