import { Badge } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { messagesApi, type MessageLang } from '../../../api/cases';
import { LinkButton } from '../../../components/LinkButton';

export function useMessageLang(): MessageLang {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'zh';
}

/** The header's inbox button for citizens, with the number of unread messages (checked every minute). */
export function MessagesBell() {
  const { t } = useTranslation();
  const unread = useQuery({
    queryKey: ['messages', 'unread'],
    queryFn: messagesApi.unreadCount,
    refetchInterval: 60_000,
  });
  const count = unread.data?.count ?? 0;
  return (
    <LinkButton
      to="/portal/messages"
      type="text"
      className="tb-header-button tb-bell"
      aria-label={
        count > 0 ? t('portalCases.messages.bellUnread', { count }) : t('portalCases.messages.title')
      }
    >
      <Badge count={count} size="small" overflowCount={99}>
        <BellOutlined aria-hidden style={{ fontSize: 20 }} />
      </Badge>
    </LinkButton>
  );
}
