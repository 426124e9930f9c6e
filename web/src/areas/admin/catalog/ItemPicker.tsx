import { useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { catalogApi } from '../../../api/catalog';
import { useDebounced } from '../../../components/useDebounced';
import { withNote } from '../../../i18n/text';

/** Picks an existing item by name (for the parent of a 业务办理项, or a bundle's component). */
export function ItemPicker({
  value,
  onChange,
  valueField = 'id',
  id,
  placeholder,
  initialLabel,
  onLabel,
  'aria-required': _required,
}: {
  value?: string;
  onChange?: (value: string | undefined) => void;
  valueField?: 'id' | 'implementationCode';
  id?: string;
  placeholder?: string;
  initialLabel?: string;
  /** Told the chosen item's label, so that callers can name it elsewhere. */
  onLabel?: (value: string, label: string) => void;
  /** Dropped: the select would put it on its wrapper, where ARIA does not allow it. */
  'aria-required'?: unknown;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const query = useQuery({
    queryKey: ['catalog', 'admin', 'item-picker', q],
    queryFn: () => catalogApi.adminItems({ q: q || undefined }, null, 20),
    staleTime: 30_000,
  });
  const options = (query.data?.items ?? []).map((row) => ({
    value: row[valueField],
    label: withNote(row.name, row.departmentName),
  }));
  if (value && initialLabel && !options.some((o) => o.value === value))
    options.unshift({ value, label: initialLabel });
  return (
    <Select
      id={id}
      className="tb-full-width"
      showSearch
      allowClear
      filterOption={false}
      placeholder={placeholder ?? t('catalogAdmin.pickItem')}
      value={value}
      onChange={(v?: string) => {
        onChange?.(v);
        const option = options.find((o) => o.value === v);
        if (v && option) onLabel?.(v, option.label);
      }}
      onSearch={setText}
      loading={query.isFetching}
      options={options}
      notFoundContent={query.isFetching ? t('common.loading') : t('catalogAdmin.pickItemNone')}
    />
  );
}
