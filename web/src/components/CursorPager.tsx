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

/** What useCursorPagination gives a list: the pager reads its state and moves it. */
interface Pagination {
  page: number;
  pageSize: number;
  hasPrevious: boolean;
  hasNext: boolean;
  query: { isFetching: boolean };
  previous: () => void;
  next: () => void;
  setPageSize: (size: number) => void;
}

/**
 * Previous / next navigation for cursor-paginated lists (the total is not known, so no page numbers).
 * Give it a useCursorPagination result as `of`, or the state and handlers one by one.
 */
export function CursorPager(props: Props | { of: Pagination }) {
  const { page, pageSize, hasPrevious, hasNext, loading, onPrevious, onNext, onPageSizeChange } =
    'of' in props
      ? {
          page: props.of.page,
          pageSize: props.of.pageSize,
          hasPrevious: props.of.hasPrevious,
          hasNext: props.of.hasNext,
          loading: props.of.query.isFetching,
          onPrevious: props.of.previous,
          onNext: props.of.next,
          onPageSizeChange: props.of.setPageSize,
        }
      : props;
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
