export type NotifyChannel = 'email' | 'sms';
export type DeliveryStatus = 'pending' | 'sent' | 'failed';

export interface NotifyTables {
  /**
   * 站内消息: one per notification, rendered in both languages when it is sent, so a notice keeps
   * saying what it said even after its template is edited; the reader picks the language.
   */
  notify_messages: {
    id: string;
    person_id: string;
    template: string;
    /** JSON object of the template's parameters (for filtering and machines, not for display). */
    params: string;
    title_zh: string;
    body_zh: string;
    title_en: string;
    body_en: string;
    link: string | null;
    case_id: string | null;
    created_at: string;
    read_at: string | null;
  };
  /** One email or SMS delivery of a message, with the outcome of its latest attempt. */
  notify_deliveries: {
    id: string;
    message_id: string;
    channel: NotifyChannel;
    /** The address it went to, masked (138****0001, z***@example.com). */
    recipient_masked: string;
    status: DeliveryStatus;
    attempts: number;
    last_error: string | null;
    created_at: string;
    updated_at: string;
    sent_at: string | null;
  };
}
