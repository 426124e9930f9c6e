import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { catalogApi } from '../../../api/catalog';
import type { Synonym } from '../../../api/catalogTypes';
import { useErrorToast } from '../../../api/errors';
import { useFormProblem } from '../../../api/formErrors';
import { CursorPager } from '../../../components/CursorPager';
import { useCursorPagination } from '../../../components/cursorPagination';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormProblemAlert } from '../../../components/FormProblemAlert';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { usePageTitle } from '../../../components/usePageTitle';
import { CatalogNav } from './shared';

interface Values {
  phrase: string;
  expansions: string[];
}

/** Mounted per synonym being edited, so the form starts with its values (and nothing typed is reset). */
function SynonymDialog({ editing, onClose }: { editing: Synonym | 'new'; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const problem = useFormProblem(form);
  const save = useMutation({
    mutationFn: (values: Values) => {
      const body = {
        phrase: values.phrase.trim(),
        expansions: values.expansions.map((e) => e.trim()).filter(Boolean),
      };
      return editing !== 'new' ? catalogApi.updateSynonym(editing.id, body) : catalogApi.createSynonym(body);
    },
    onMutate: () => problem.clear(),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['catalog', 'admin', 'synonyms'] });
      void message.success(t('synonyms.saved'));
      onClose();
    },
    onError: (error) => problem.showError(error),
  });
  return (
    <Modal
      open
      title={editing === 'new' ? t('synonyms.add') : t('synonyms.edit')}
      onCancel={onClose}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
    >
      <FormProblemAlert
        error={problem.error}
        unplacedErrors={problem.unplacedErrors}
        hasFieldErrors={problem.hasFieldErrors}
      />
      <Form<Values>
        form={form}
        name="synonym"
        layout="vertical"
        initialValues={
          editing === 'new'
            ? { phrase: '', expansions: [] }
            : { phrase: editing.phrase, expansions: editing.expansions }
        }
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="phrase"
          label={t('synonyms.phrase')}
          extra={t('synonyms.phraseHelp')}
          rules={[{ required: true, whitespace: true, message: t('synonyms.phraseRequired') }]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item
          name="expansions"
          label={t('synonyms.expansions')}
          extra={t('synonyms.expansionsHelp')}
          rules={[
            {
              validator: (_r, v: unknown[] | undefined) =>
                v && v.length > 0
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('synonyms.expansionsRequired'))),
            },
          ]}
        >
          <Select
            mode="tags"
            notFoundContent={null}
            suffixIcon={null}
            tokenSeparators={[',', '，', '、', ' ']}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** /admin/catalog/synonyms — the colloquial-phrase dictionary the search expands queries with. */
export default function SynonymsPage() {
  const { t } = useTranslation();
  const toastError = useErrorToast();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  usePageTitle(t('synonyms.title'));
  const [editing, setEditing] = useState<Synonym | 'new' | null>(null);
  const [q, setQ] = useState('');
  const pages = useCursorPagination<Synonym>(['catalog', 'admin', 'synonyms', q], (cursor, limit) =>
    catalogApi.synonyms(q || undefined, cursor, limit),
  );
  const { query } = pages;
  const remove = useMutation({
    mutationFn: (id: string) => catalogApi.deleteSynonym(id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['catalog', 'admin', 'synonyms'] });
      void message.success(t('synonyms.deleted'));
    },
    onError: toastError,
  });

  return (
    <div className="tb-page">
      <Typography.Title level={1}>{t('catalogAdmin.title')}</Typography.Title>
      <CatalogNav />
      <Card
        className="tb-card"
        title={<h2 className="tb-card-heading">{t('synonyms.title')}</h2>}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
            {t('synonyms.add')}
          </Button>
        }
      >
        <Alert
          type="info"
          showIcon
          className="tb-form-alert"
          message={t('synonyms.whatTitle')}
          description={t('synonyms.what')}
        />
        <div className="tb-filters" role="search" aria-label={t('synonyms.search')}>
          <Input.Search
            className="tb-search-narrow"
            aria-label={t('synonyms.search')}
            placeholder={t('synonyms.search')}
            allowClear
            onSearch={(v) => setQ(v.trim())}
          />
        </div>
        {query.isError ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
        <ScrollRegion label={t('synonyms.title')}>
          <Table<Synonym>
            className="tb-wrap-table"
            rowKey="id"
            dataSource={pages.items}
            loading={query.isFetching}
            pagination={false}
            locale={{
              emptyText:
                query.isPending || query.isError ? (
                  ' '
                ) : (
                  <EmptyState text={q ? t('synonyms.emptyFiltered') : t('synonyms.empty')} />
                ),
            }}
            columns={[
              {
                title: t('synonyms.phrase'),
                dataIndex: 'phrase',
                key: 'phrase',
                render: (p: string) => <strong>{p}</strong>,
              },
              {
                title: t('synonyms.expansions'),
                key: 'expansions',
                render: (_v, s) => (
                  <Space wrap size={[4, 4]}>
                    {s.expansions.map((e) => (
                      <Tag key={e}>{e}</Tag>
                    ))}
                  </Space>
                ),
              },
              {
                title: <span className="tb-visually-hidden">{t('common.actions')}</span>,
                key: 'actions',
                render: (_v, s) => (
                  <Space size={0} wrap>
                    <Button
                      type="link"
                      icon={<EditOutlined aria-hidden />}
                      aria-label={t('editor.edit', { name: s.phrase })}
                      onClick={() => setEditing(s)}
                    >
                      {t('common.edit')}
                    </Button>
                    <Popconfirm
                      title={t('synonyms.deleteConfirm', { phrase: s.phrase })}
                      okText={t('common.delete')}
                      cancelText={t('common.cancel')}
                      okButtonProps={{ danger: true }}
                      onConfirm={() => remove.mutate(s.id)}
                    >
                      <Button
                        type="link"
                        danger
                        icon={<DeleteOutlined aria-hidden />}
                        aria-label={t('editor.remove', { name: s.phrase })}
                      >
                        {t('common.delete')}
                      </Button>
                    </Popconfirm>
                  </Space>
                ),
              },
            ]}
          />
        </ScrollRegion>
        <CursorPager
          page={pages.page}
          pageSize={pages.pageSize}
          hasPrevious={pages.hasPrevious}
          hasNext={pages.hasNext}
          loading={query.isFetching}
          onPrevious={pages.previous}
          onNext={pages.next}
          onPageSizeChange={pages.setPageSize}
        />
      </Card>
      {editing !== null ? (
        <SynonymDialog
          key={editing === 'new' ? 'new' : editing.id}
          editing={editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </div>
  );
}
