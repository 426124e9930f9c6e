import { useState } from 'react';
import { App, Breadcrumb, Button, Card, Typography } from 'antd';
import { DownOutlined, RightOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { messagesApi, type Message } from '../../../api/cases';
import { useErrorToast } from '../../../api/errors';
import { CursorPager } from '../../../components/CursorPager';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LinkButton } from '../../../components/LinkButton';
import { PageSpin } from '../../../components/PageSpin';
import { useCursorPagination } from '../../../components/cursorPagination';
import { usePageTitle } from '../../../components/usePageTitle';
import { useDateFormat } from '../../../i18n/format';
import { useMessageLang } from './MessagesBell';
import './cases.css';

/** Where a message leads: its link when it is one of ours, else its case. */
function caseLink(m: Message): string | null {
  if (m.link && m.link.startsWith('/') && !m.link.startsWith('//')) return m.link;
  return m.caseId ? `/portal/cases/${m.caseId}` : null;
}

function MessageItem({ m, onOpen }: { m: Message; onOpen: (m: Message) => void }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const [open, setOpen] = useState(false);
  const unread = m.readAt === null;
  const bodyId = `message-${m.id}`;
  const link = caseLink(m);
  return (
    <li className={`tb-message${unread ? ' tb-message-unread' : ''}`}>
      <button
        type="button"
        className="tb-message-head"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => {
          setOpen(!open);
          if (!open && unread) onOpen(m);
        }}
      >
        {open ? <DownOutlined aria-hidden /> : <RightOutlined aria-hidden />}
        <span className="tb-message-title">
          {unread ? <span className="tb-unread-dot" aria-hidden /> : null}
          {m.title}
          {unread ? <span className="tb-visually-hidden">{t('portalCases.messages.unread')}</span> : null}
        </span>
        <time className="tb-note" dateTime={m.createdAt}>
          {formatDate.dateTime(m.createdAt)}
        </time>
      </button>
      <div id={bodyId} hidden={!open} className="tb-message-body">
        <p className="tb-prose">{m.body}</p>
        {link ? <Link to={link}>{t('portalCases.messages.openCase')}</Link> : null}
      </div>
    </li>
  );
}

/** 消息: the inbox; opening a message marks it read. */
export default function MessagesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const lang = useMessageLang();
  const queryClient = useQueryClient();
  const toastError = useErrorToast();
  usePageTitle(t('portalCases.messages.title'));
  const pager = useCursorPagination(['messages', 'inbox', lang], (cursor, limit) =>
    messagesApi.inbox(lang, cursor, limit),
  );
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['messages'] });
  };
  const markRead = useMutation({
    mutationFn: (m: Message) => messagesApi.markRead(m.id, lang),
    onSuccess: refresh,
    onError: toastError,
  });
  const markAll = useMutation({
    mutationFn: messagesApi.markAllRead,
    onSuccess: (result) => {
      refresh();
      void message.success(t('portalCases.messages.allRead', { count: result.marked }));
    },
    onError: toastError,
  });
  const anyUnread = pager.items.some((m) => m.readAt === null);

  return (
    <div className="tb-page">
      <Breadcrumb
        className="tb-breadcrumb"
        items={[
          { title: <Link to="/">{t('areas.portal')}</Link> },
          { title: t('portalCases.messages.title') },
        ]}
      />
      <div className="tb-title-row">
        <Typography.Title level={1}>{t('portalCases.messages.title')}</Typography.Title>
        <Button onClick={() => markAll.mutate()} loading={markAll.isPending} disabled={!anyUnread}>
          {t('portalCases.messages.readAll')}
        </Button>
      </div>
      <Card className="tb-card">
        {pager.query.isError ? (
          <ErrorAlert error={pager.query.error} onRetry={() => void pager.query.refetch()} />
        ) : pager.query.isPending ? (
          <PageSpin />
        ) : pager.items.length === 0 ? (
          <EmptyState
            text={t('portalCases.messages.empty')}
            action={<LinkButton to="/portal/cases">{t('portalCases.myCases')}</LinkButton>}
          />
        ) : (
          <ul className="tb-messages">
            {pager.items.map((m) => (
              <MessageItem key={m.id} m={m} onOpen={(opened) => markRead.mutate(opened)} />
            ))}
          </ul>
        )}
        <CursorPager of={pager} />
      </Card>
    </div>
  );
}
