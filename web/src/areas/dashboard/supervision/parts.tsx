import { Button, Popover } from 'antd';
import { InfoCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Definition } from '../../../api/supervision';

export const CARD_GRID = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))',
  gap: 12,
  listStyle: 'none',
  padding: 0,
  margin: '0 0 16px',
} as const;
export const CARD = {
  background: '#fff',
  border: '1px solid #f0f0f0',
  borderRadius: 6,
  padding: '8px 12px',
  minWidth: 0,
} as const;

/** The definition of an indicator behind an info button (keyboard and touch reachable). */
export function DefinitionPopover({ d }: { d: Definition }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  return (
    <Popover
      trigger={['click', 'hover']}
      title={en ? d.name.en : d.name.zh}
      content={<p className="tb-supervision-definition">{en ? d.definition.en : d.definition.zh}</p>}
    >
      <Button
        type="text"
        size="small"
        icon={<InfoCircleOutlined />}
        aria-label={t('supervision.definitionOf', { name: en ? d.name.en : d.name.zh })}
      />
    </Popover>
  );
}
