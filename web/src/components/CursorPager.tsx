import { Button, Select, Space } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PAGE_SIZES } from './cursorPagination';

interface Props {
  page: number;
  pageSize: number;
  hasPrevious: boolean;
  hasNext: boolean;
  loading?: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onPageSizeChange: (size: number) => void;
}

/** Previous / next navigation for cursor-paginated lists (the total is not known, so no page numbers). */
export function CursorPager({
  page,
  pageSize,
  hasPrevious,
  hasNext,
  loading,
  onPrevious,
  onNext,
  onPageSizeChange,
}: Props) {
  const { t } = useTranslation();
  if (page === 1 && !hasNext) return null;
  return (
    <nav className="tb-pager" aria-label={t('pagination.label')}>
      <Space wrap size="small">
        <Button icon={<LeftOutlined />} disabled={!hasPrevious || loading} onClick={onPrevious}>
          {t('pagination.previous')}
        </Button>
        <span className="tb-pager-page" aria-live="polite">
          {t('pagination.page', { page })}
        </span>
        <Button disabled={!hasNext || loading} onClick={onNext} iconPosition="end" icon={<RightOutlined />}>
          {t('pagination.next')}
        </Button>
        <Select
          aria-label={t('pagination.pageSize', { size: pageSize })}
          value={pageSize}
          onChange={onPageSizeChange}
          options={PAGE_SIZES.map((size) => ({ value: size, label: t('pagination.pageSize', { size }) }))}
          popupMatchSelectWidth={false}
        />
      </Space>
    </nav>
  );
}
