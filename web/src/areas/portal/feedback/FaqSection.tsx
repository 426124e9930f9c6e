import { Card, Collapse } from 'antd';
import { useTranslation } from 'react-i18next';
import { feedbackApi } from '../../../api/feedback';
import { CursorPager } from '../../../components/CursorPager';
import { useCursorPagination } from '../../../components/cursorPagination';

/** Published consultations of an item (only those whose askers agreed); mount on the item guide page. */
export function FaqSection({ itemRef }: { itemRef: string }) {
  const { t } = useTranslation();
  const faq = useCursorPagination(
    ['feedback', 'faq', itemRef],
    (cursor, limit) => feedbackApi.faq(itemRef, cursor, limit),
    10,
  );
  if (faq.items.length === 0) return null;
  return (
    <Card title={t('feedback.faq.title')} className="tb-feedback-card">
      <Collapse
        items={faq.items.map((f) => ({
          key: f.id,
          label: f.question,
          children: (
            <>
              <p className="tb-muted">{f.detail}</p>
              <p>{f.answer}</p>
            </>
          ),
        }))}
      />
      <CursorPager of={faq} />
    </Card>
  );
}
