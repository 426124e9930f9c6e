import { useCallback, useEffect, useMemo, useState } from 'react';
import { Cascader } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Region } from '../../api/client';

interface Option {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: Option[];
}

const ROOT = '';

/** The codes a GB/T 2260 region code descends from, itself last: 330106 → 330000, 330100, 330106. */
export function regionPath(code: string): string[] {
  if (!/^\d{6}$/.test(code)) return [];
  const province = `${code.slice(0, 2)}0000`;
  const city = `${code.slice(0, 4)}00`;
  if (code === province) return [province];
  if (code === city) return [province, city];
  return [province, city, code];
}

export function useRegionChildren() {
  const queryClient = useQueryClient();
  return useCallback(
    (parentCode: string) =>
      queryClient.fetchQuery({
        queryKey: ['regions', parentCode],
        queryFn: () =>
          unwrap(api.GET('/api/v1/regions', { params: { query: parentCode ? { parentCode } : {} } })).then(
            (r) => r.items,
          ),
        staleTime: Infinity,
      }),
    [queryClient],
  );
}

interface Props {
  id?: string;
  value?: string | null;
  onChange?: (code: string | undefined) => void;
  /** Allow a province or city as the answer (filters); otherwise a county must be chosen. */
  changeOnSelect?: boolean;
  disabled?: boolean;
  placeholder?: string;
  'aria-label'?: string;
  'aria-invalid'?: boolean;
  /** Dropped: the cascader would put it on its wrapper, where ARIA does not allow it. */
  'aria-required'?: unknown;
  'aria-describedby'?: string;
  status?: '' | 'error' | 'warning';
  className?: string;
}

/** A province → city → county picker over /api/v1/regions, loading each level when it is opened. */
export function RegionCascader({
  value,
  onChange,
  changeOnSelect,
  placeholder,
  'aria-required': _required,
  ...rest
}: Props) {
  const { t } = useTranslation();
  const loadChildren = useRegionChildren();
  const [children, setChildren] = useState<Record<string, Region[]>>({});

  // The top level, and every level above the current value so that its names can be shown.
  const wanted = useMemo(() => [ROOT, ...regionPath(value ?? '').slice(0, -1)], [value]);
  useEffect(() => {
    let live = true;
    for (const parent of wanted) {
      if (children[parent]) continue;
      loadChildren(parent).then(
        (list) => live && setChildren((c) => ({ ...c, [parent]: list })),
        () => undefined,
      );
    }
    return () => {
      live = false;
    };
  }, [wanted, children, loadChildren]);

  const options = useMemo(() => {
    const build = (parent: string): Option[] | undefined =>
      children[parent]?.map((region) => ({
        value: region.code,
        label: region.name,
        isLeaf: region.level === 'county',
        children: build(region.code),
      }));
    return build(ROOT) ?? [];
  }, [children]);

  // Only the part of the path that exists (a county directly under a province skips the city).
  const path = useMemo(() => {
    const out: string[] = [];
    let parent = ROOT;
    for (const code of regionPath(value ?? '')) {
      const list = children[parent];
      if (!list) return regionPath(value ?? '');
      if (list.some((r) => r.code === code)) {
        out.push(code);
        parent = code;
      }
    }
    return out;
  }, [value, children]);

  return (
    <Cascader<Option>
      {...rest}
      options={options}
      value={path.length > 0 ? path : undefined}
      changeOnSelect={changeOnSelect}
      placeholder={placeholder ?? t('formRenderer.regionPlaceholder')}
      showSearch={false}
      allowClear
      loadData={(selected) => {
        const last = selected.at(-1);
        if (!last || children[last.value]) return;
        void loadChildren(last.value).then((list) => setChildren((c) => ({ ...c, [last.value]: list })));
      }}
      onChange={(codes) => onChange?.(codes && codes.length > 0 ? String(codes.at(-1)) : undefined)}
      notFoundContent={t('common.loading')}
    />
  );
}
