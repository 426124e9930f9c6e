import { useId, useState } from 'react';
import { AutoComplete, Input } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { catalogApi } from '../api/catalog';
import { useDebounced } from '../components/useDebounced';

interface Props {
  /** The text the box starts with (the current query on the results page). */
  initial?: string;
  size?: 'large' | 'middle';
  /** Extra search parameters kept when searching again (e.g. the filters on the results page). */
  onSearch?: (q: string) => void;
  autoFocus?: boolean;
}

/** The service search box with type-ahead suggestions (names of items and bundles). */
export function SearchBox({ initial = '', size = 'large', onSearch, autoFocus }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const labelId = useId();
  const [text, setText] = useState(initial);
  const [open, setOpen] = useState(false);
  const typed = useDebounced(text.trim(), 250);

  const suggest = useQuery({
    queryKey: ['catalog', 'suggest', typed],
    queryFn: () => catalogApi.suggest(typed),
    enabled: typed.length > 0,
    staleTime: 60_000,
    retry: false,
  });

  const search = (value: string) => {
    const q = value.trim();
    setOpen(false);
    if (onSearch) onSearch(q);
    else void navigate(q ? `/portal/search?q=${encodeURIComponent(q)}` : '/portal/search');
  };

  const options =
    typed.length > 0 && typed === text.trim()
      ? (suggest.data?.suggestions ?? []).map((s) => ({ value: s, label: s }))
      : [];

  return (
    <div role="search" className="tb-search-box" aria-labelledby={labelId}>
      <span id={labelId} className="tb-visually-hidden">
        {t('search.label')}
      </span>
      <AutoComplete
        className="tb-full-width"
        value={text}
        options={options}
        // Enter searches for what was typed; a suggestion is taken only when chosen.
        defaultActiveFirstOption={false}
        open={open && options.length > 0}
        onOpenChange={setOpen}
        onChange={(value: string) => {
          setText(value);
          setOpen(true);
        }}
        onSelect={(value: string) => {
          setText(value);
          search(value);
        }}
      >
        <Input.Search
          size={size}
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          enterButton={t('search.submit')}
          allowClear
          autoFocus={autoFocus}
          onSearch={(value, _event, info) => {
            // The clear icon also calls onSearch; only a real search navigates.
            if (info?.source === 'clear') return;
            search(value);
          }}
        />
      </AutoComplete>
    </div>
  );
}
