import type { ReactNode } from 'react';
import { Button, Form, Grid, Space, Table, type FormItemProps } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { IssueItem, pathString, useIssues } from './issues';

export interface ListColumn {
  key: string;
  title: string;
  /** The input; `label` is its accessible name when it sits in a table cell without a visible label. */
  control: (label: string | undefined) => ReactNode;
  itemProps?: Omit<FormItemProps, 'name' | 'label' | 'children'>;
  width?: number;
  /** Full width in the phone card layout. */
  wide?: boolean;
}

interface Props {
  name: string;
  /** Title of the list (the table's accessible name). */
  title: string;
  columns: ListColumn[];
  newItem: () => object;
  addLabel: string;
  emptyText: string;
  /** "Fee 2" — the name of one entry, for buttons and phone cards. */
  entryLabel: (index: number) => string;
  max?: number;
}

/**
 * An editable list of objects (fees, process steps, FAQ): a table of inputs on wide screens, one card
 * per entry on phones; entries can be added, removed and moved. Issues show next to their cells.
 */
export function ListEditor({ name, title, columns, newItem, addLabel, emptyText, entryLabel, max }: Props) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const isDesktop = screens.lg ?? true;
  const { under } = useIssues();

  return (
    <Form.List name={name}>
      {(entries, { add, remove, move }) => {
        const actions = (entry: { name: number }, index: number) => (
          <Space size={0}>
            <Button
              type="text"
              className="tb-icon-button"
              icon={<ArrowUpOutlined aria-hidden />}
              aria-label={t('editor.moveUp', { name: entryLabel(index) })}
              disabled={index === 0}
              onClick={() => move(index, index - 1)}
            />
            <Button
              type="text"
              className="tb-icon-button"
              icon={<ArrowDownOutlined aria-hidden />}
              aria-label={t('editor.moveDown', { name: entryLabel(index) })}
              disabled={index === entries.length - 1}
              onClick={() => move(index, index + 1)}
            />
            <Button
              type="text"
              danger
              className="tb-icon-button"
              icon={<DeleteOutlined aria-hidden />}
              aria-label={t('editor.remove', { name: entryLabel(index) })}
              onClick={() => remove(entry.name)}
            />
          </Space>
        );
        const cellItem = (entry: { name: number }, column: ListColumn, withLabel: boolean) => (
          <IssueItem
            {...column.itemProps}
            key={column.key}
            name={[entry.name, column.key]}
            issuePath={[name, entry.name, column.key]}
            label={withLabel ? column.title : undefined}
            className={withLabel ? undefined : 'tb-cell-item'}
          >
            {column.control(withLabel ? undefined : `${column.title} · ${entryLabel(entry.name)}`)}
          </IssueItem>
        );
        return (
          <div className="tb-list-editor">
            {entries.length === 0 ? (
              <EmptyState text={emptyText} />
            ) : isDesktop ? (
              <ScrollRegion label={title}>
                <Table
                  className="tb-editor-table"
                  size="small"
                  rowKey="key"
                  pagination={false}
                  dataSource={entries}
                  rowClassName={(entry) =>
                    under(pathString([name, entry.name])).length > 0 ? 'tb-row-issue' : ''
                  }
                  columns={[
                    { title: '#', key: 'index', width: 44, render: (_v, _e, i) => i + 1 },
                    ...columns.map((column) => ({
                      title: column.title,
                      key: column.key,
                      width: column.width,
                      render: (_v: unknown, entry: { name: number }) => cellItem(entry, column, false),
                    })),
                    {
                      title: <span className="tb-visually-hidden">{t('common.actions')}</span>,
                      key: 'actions',
                      width: 150,
                      render: (_v, entry, i) => actions(entry, i),
                    },
                  ]}
                />
              </ScrollRegion>
            ) : (
              <ol className="tb-entry-cards">
                {entries.map((entry, i) => (
                  <li key={entry.key} className="tb-entry-card">
                    <div className="tb-entry-card-head">
                      <strong>{entryLabel(i)}</strong>
                      {actions(entry, i)}
                    </div>
                    {columns.map((column) => cellItem(entry, column, true))}
                  </li>
                ))}
              </ol>
            )}
            <Button
              icon={<PlusOutlined aria-hidden />}
              onClick={() => add(newItem())}
              disabled={max !== undefined && entries.length >= max}
            >
              {addLabel}
            </Button>
          </div>
        );
      }}
    </Form.List>
  );
}
