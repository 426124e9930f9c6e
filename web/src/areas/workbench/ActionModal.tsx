import { useState, type ReactNode } from 'react';
import { Alert, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormProblem } from '../../api/formErrors';
import { FormProblemAlert } from '../../components/FormProblemAlert';
import { useConflictHandler } from './useTaskMutations';

type Values = Record<string, unknown>;

interface Props {
  open: boolean;
  title: string;
  okText: string;
  /** Red button: the action refuses, denies, sends back or stops something. */
  danger?: boolean;
  /** Said above the fields, e.g. that a notice can be sent only once. */
  warning?: ReactNode;
  initialValues?: Values;
  onClose: () => void;
  /** Sends the request; resolves when it succeeded. */
  run: (values: Values) => Promise<unknown>;
  onDone: () => void;
  /** Unique per action: the inputs' ids derive from it. */
  name: string;
  children?: ReactNode;
}

/**
 * A task action as a dialog: the form, a clearly labelled confirm button, field errors from the API next
 * to the fields, and a stale task version handled as "changed by someone else, reloaded".
 */
export function ActionModal({
  open,
  title,
  okText,
  danger,
  warning,
  initialValues,
  onClose,
  run,
  onDone,
  name,
  children,
}: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const problem = useFormProblem(form);
  const onConflict = useConflictHandler();
  const [busy, setBusy] = useState(false);

  const close = () => {
    problem.clear();
    onClose();
  };

  const submit = async () => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return; // antd shows the messages next to the fields
    }
    setBusy(true);
    problem.clear();
    try {
      await run(values);
      form.resetFields();
      onDone();
    } catch (error) {
      if (onConflict(error)) close();
      else problem.showError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger, loading: busy }}
      onOk={() => void submit()}
      onCancel={close}
      destroyOnHidden
      maskClosable={!busy}
      className="tb-action-modal"
    >
      <div className="tb-stack">
        {warning ? <Alert type="warning" showIcon message={warning} /> : null}
        <FormProblemAlert
          error={problem.error}
          // A body matching none of the decision shapes names fields of every other shape; those are noise
          // once the fields on this form got their messages.
          unplacedErrors={problem.hasFieldErrors ? [] : problem.unplacedErrors}
          hasFieldErrors={problem.hasFieldErrors}
        />
        <Form form={form} name={name} layout="vertical" initialValues={initialValues} requiredMark>
          {children}
        </Form>
      </div>
    </Modal>
  );
}
