import { Steps, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { BundleComponent, MergedField, MergedMaterial } from '../api/catalogTypes';
import { EmptyState } from '../components/EmptyState';
import { ScrollRegion } from '../components/ScrollRegion';
import { bundleSteps } from './bundleSteps';
import { useCatalogLabels } from './labels';
import { MaterialsList } from './MaterialsList';
import { joinList } from '../i18n/text';

type NameOf = (code: string) => string;

export function useComponentNames(items: BundleComponent[]): NameOf {
  const names = new Map(items.map((i) => [i.implementationCode, i.name]));
  return (code) => names.get(code) ?? code;
}

/** The component items as numbered steps: an item waits for the items it depends on. */
export function BundleStepsView({
  items,
  hrefOf = (item) => (item.itemId ? `/portal/items/${item.itemId}` : null),
}: {
  items: BundleComponent[];
  /** Where an item's name links to (null: no link, e.g. an item that is not published). */
  hrefOf?: (item: BundleComponent) => string | null;
}) {
  const { t } = useTranslation();
  const nameOf = useComponentNames(items);
  if (items.length === 0) return <EmptyState text={t('bundle.noItems')} />;
  const steps = bundleSteps(items.map((i) => ({ ...i, code: i.implementationCode })));
  return (
    <Steps
      direction="vertical"
      current={-1}
      className="tb-bundle-steps"
      items={steps.map((step, index) => ({
        status: 'wait',
        title: (
          <span className="tb-step-title">
            {t('bundle.step', { n: index + 1 })}
            {step.length > 1 ? <span className="tb-step-note">{t('bundle.together')}</span> : null}
          </span>
        ),
        description: (
          <ul className="tb-step-items">
            {step.map((item) => {
              const deps = item.dependsOn.filter((d) => items.some((i) => i.implementationCode === d));
              return (
                <li key={item.implementationCode} className="tb-step-item">
                  <div className="tb-step-item-name">
                    {hrefOf(item) ? (
                      <Link to={hrefOf(item)!}>{item.name}</Link>
                    ) : (
                      <strong>{item.name}</strong>
                    )}
                    {item.optional ? <Tag className="tb-inline-tag">{t('bundle.optional')}</Tag> : null}
                  </div>
                  <div className="tb-note">{item.departmentName}</div>
                  {deps.length > 0 ? (
                    <div className="tb-note">{t('bundle.after', { names: joinList(deps.map(nameOf)) })}</div>
                  ) : null}
                </li>
              );
            })}
          </ul>
        ),
      }))}
    />
  );
}

function UsedBy({ codes, nameOf }: { codes: string[]; nameOf: NameOf }) {
  return (
    <ul className="tb-used-by">
      {[...new Set(codes)].map((code) => (
        <li key={code}>{nameOf(code)}</li>
      ))}
    </ul>
  );
}

/** 一套材料: each document once, with the items that need it. */
export function MergedMaterials({
  materials,
  items,
}: {
  materials: MergedMaterial[];
  items: BundleComponent[];
}) {
  const { t } = useTranslation();
  const nameOf = useComponentNames(items);
  return (
    <MaterialsList
      extraTitle={t('bundle.usedBy')}
      rows={materials.map((m) => ({
        key: m.key,
        material: m.material,
        extra: <UsedBy codes={m.usedBy.map((u) => u.itemCode)} nameOf={nameOf} />,
      }))}
    />
  );
}

/** 一表申请: each question once, with the items whose forms ask it. */
export function MergedFields({ fields, items }: { fields: MergedField[]; items: BundleComponent[] }) {
  const { t } = useTranslation();
  const labels = useCatalogLabels();
  const nameOf = useComponentNames(items);
  if (fields.length === 0) return <EmptyState text={t('bundle.noFields')} />;
  return (
    <ScrollRegion label={t('bundle.mergedForm')}>
      <Table<MergedField>
        className="tb-wrap-table"
        rowKey="key"
        size="middle"
        dataSource={fields}
        pagination={fields.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        columns={[
          {
            title: t('bundle.fieldTitle'),
            key: 'title',
            render: (_v, f) => (labels.english && f.field.titleEn ? f.field.titleEn : f.field.title),
          },
          {
            title: t('bundle.fieldKind'),
            key: 'kind',
            render: (_v, f) => labels.fieldKind(f.field['x-kind']),
          },
          {
            title: t('bundle.askedOnce'),
            key: 'shared',
            render: (_v, f) =>
              f.usedBy.length > 1 ? (
                <Tag color="green">{t('bundle.sharedBy', { count: f.usedBy.length })}</Tag>
              ) : (
                t('common.none')
              ),
          },
          {
            title: t('bundle.usedBy'),
            key: 'usedBy',
            render: (_v, f) => <UsedBy codes={f.usedBy.map((u) => u.itemCode)} nameOf={nameOf} />,
          },
        ]}
      />
    </ScrollRegion>
  );
}
