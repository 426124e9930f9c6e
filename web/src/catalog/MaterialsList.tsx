import type { ReactNode } from 'react';
import { Descriptions, Grid, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { CheckCircleOutlined, FileOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Material } from '../api/catalogTypes';
import { fileUrl } from '../api/files';
import { EmptyState } from '../components/EmptyState';
import { ScrollRegion } from '../components/ScrollRegion';
import { useCatalogLabels } from './labels';

/** 「可免提交」: the platform fetches this material itself (an e-licence or shared data), the applicant need not bring it. */
export function FreeMarks({ material }: { material: Pick<Material, 'licenceType' | 'dataResource'> }) {
  const { t } = useTranslation();
  return (
    <>
      {material.licenceType ? (
        <Tooltip title={t('materials.freeLicenceHelp', { code: material.licenceType })}>
          <Tag color="green" icon={<CheckCircleOutlined aria-hidden />} className="tb-free-tag" tabIndex={0}>
            {t('materials.freeLicence')}
          </Tag>
        </Tooltip>
      ) : null}
      {material.dataResource ? (
        <Tooltip title={t('materials.freeDataHelp', { code: material.dataResource })}>
          <Tag color="green" icon={<CheckCircleOutlined aria-hidden />} className="tb-free-tag" tabIndex={0}>
            {t('materials.freeData')}
          </Tag>
        </Tooltip>
      ) : null}
    </>
  );
}

/** A download link to a file in the file store, opening in a new tab. */
export function FileLink({ id, label }: { id: string; label: string }) {
  const { t } = useTranslation();
  return (
    <a href={fileUrl(id)} target="_blank" rel="noopener noreferrer">
      <FileOutlined aria-hidden /> {label}
      <span className="tb-visually-hidden">{t('materials.newTab')}</span>
    </a>
  );
}

const NECESSITY_COLOURS: Record<string, string> = {
  required: 'red',
  conditional: 'gold',
  optional: 'default',
};

export function NecessityTag({ necessity }: { necessity: string }) {
  const labels = useCatalogLabels();
  return <Tag color={NECESSITY_COLOURS[necessity] ?? 'default'}>{labels.necessity(necessity)}</Tag>;
}

export interface MaterialRow {
  key: string;
  material: Material;
  /** Extra cell (e.g. which items of a bundle use it). */
  extra?: ReactNode;
}

function NameCell({ material }: { material: Material }) {
  const { t } = useTranslation();
  return (
    <div className="tb-material-name">
      <strong>{material.name}</strong>
      <FreeMarks material={material} />
      {material.necessity === 'conditional' && material.condition ? (
        <div className="tb-note">
          {t('materials.condition')}
          {t('common.colon')}
          {material.condition}
        </div>
      ) : null}
      {material.fillingNote ? (
        <div className="tb-note">
          {t('materials.fillingNote')}
          {t('common.colon')}
          {material.fillingNote}
        </div>
      ) : null}
      {material.blankFormFileId || material.sampleFileId ? (
        <div className="tb-file-links">
          {material.blankFormFileId ? (
            <FileLink id={material.blankFormFileId} label={t('materials.blankForm')} />
          ) : null}
          {material.sampleFileId ? (
            <FileLink id={material.sampleFileId} label={t('materials.sample')} />
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/** The materials of an item or bundle: a table on wide screens, one card per material on phones. */
export function MaterialsList({ rows, extraTitle }: { rows: MaterialRow[]; extraTitle?: string }) {
  const { t } = useTranslation();
  const labels = useCatalogLabels();
  const screens = Grid.useBreakpoint();
  const isDesktop = screens.md ?? true;
  if (rows.length === 0) return <EmptyState text={t('materials.empty')} />;

  const source = (m: Material) => (
    <div>
      {labels.sourceChannel(m.sourceChannel)}
      {m.sourceNote ? <div className="tb-note">{m.sourceNote}</div> : null}
    </div>
  );
  const standard = (m: Material) => (
    <div>
      {m.acceptanceStandard ? <div>{m.acceptanceStandard}</div> : null}
      {m.basis ? (
        <div className="tb-note">
          {t('materials.basis')}
          {t('common.colon')}
          {m.basis}
        </div>
      ) : null}
      {!m.acceptanceStandard && !m.basis ? t('common.none') : null}
    </div>
  );

  if (!isDesktop) {
    return (
      <ol className="tb-material-cards">
        {rows.map(({ key, material, extra }, index) => (
          <li key={key} className="tb-material-card">
            <div className="tb-material-card-head">
              <span className="tb-material-index">{index + 1}</span>
              <NameCell material={material} />
            </div>
            <Descriptions column={1} size="small" className="tb-descriptions">
              <Descriptions.Item label={t('materials.necessity')}>
                <NecessityTag necessity={material.necessity} />
              </Descriptions.Item>
              <Descriptions.Item label={t('materials.type')}>
                {labels.materialType(material.materialType)}
              </Descriptions.Item>
              <Descriptions.Item label={t('materials.form')}>
                {labels.materialForm(material.form)}
              </Descriptions.Item>
              <Descriptions.Item label={t('materials.copies')}>{material.copies}</Descriptions.Item>
              <Descriptions.Item label={t('materials.source')}>{source(material)}</Descriptions.Item>
              <Descriptions.Item label={t('materials.standard')}>{standard(material)}</Descriptions.Item>
              {extra && extraTitle ? <Descriptions.Item label={extraTitle}>{extra}</Descriptions.Item> : null}
            </Descriptions>
          </li>
        ))}
      </ol>
    );
  }

  const columns: TableColumnsType<MaterialRow> = [
    { title: t('materials.index'), key: 'index', width: 56, render: (_v, _r, i) => i + 1 },
    { title: t('materials.name'), key: 'name', render: (_v, r) => <NameCell material={r.material} /> },
    {
      title: t('materials.necessity'),
      key: 'necessity',
      className: 'tb-nowrap',
      render: (_v, r) => <NecessityTag necessity={r.material.necessity} />,
    },
    {
      title: t('materials.type'),
      key: 'type',
      className: 'tb-nowrap',
      render: (_v, r) => labels.materialType(r.material.materialType),
    },
    {
      title: t('materials.form'),
      key: 'form',
      className: 'tb-nowrap',
      render: (_v, r) => labels.materialForm(r.material.form),
    },
    {
      title: t('materials.copies'),
      key: 'copies',
      align: 'right',
      className: 'tb-nowrap',
      render: (_v, r) => r.material.copies,
    },
    { title: t('materials.source'), key: 'source', render: (_v, r) => source(r.material) },
    { title: t('materials.standard'), key: 'standard', render: (_v, r) => standard(r.material) },
    ...(extraTitle
      ? [{ title: extraTitle, key: 'extra', width: 180, render: (_v: unknown, r: MaterialRow) => r.extra }]
      : []),
  ];
  return (
    <ScrollRegion label={t('materials.title')}>
      <Table<MaterialRow>
        className="tb-materials-table"
        rowKey="key"
        columns={columns}
        dataSource={rows}
        pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        size="middle"
      />
    </ScrollRegion>
  );
}
