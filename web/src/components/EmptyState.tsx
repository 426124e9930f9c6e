import type { ReactNode } from 'react';
import { Empty } from 'antd';

/** An empty list that says what to do next. */
export function EmptyState({ text, action }: { text: string; action?: ReactNode }) {
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={<span className="tb-empty-text">{text}</span>}>
      {action}
    </Empty>
  );
}
