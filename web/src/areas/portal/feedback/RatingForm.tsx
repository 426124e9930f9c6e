import './feedback.css';
import { useState } from 'react';
import { Button, Checkbox, Form, Input, Radio, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Level, OptionSet, RatingInput } from '../../../api/feedback';
import { useFormProblem } from '../../../api/formErrors';
import { pickLocalized } from '../../../api/problem';
import { FormProblemAlert } from '../../../components/FormProblemAlert';

const LEVELS: Level[] = [5, 4, 3, 2, 1];

interface Props {
  optionSet: OptionSet;
  onSubmit: (input: RatingInput) => Promise<unknown>;
}

/** Five levels; the options offered follow the level chosen (差评 need at least one reason). */
export function RatingForm({ optionSet, onSubmit }: Props) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<{ level?: Level; options: string[]; comment?: string }>();
  const problem = useFormProblem(form);
  const [busy, setBusy] = useState(false);
  const level = Form.useWatch('level', form);
  const offered = level ? optionSet.options.filter((o) => (o.levels as number[]).includes(level)) : [];

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ options: [] }}
      onValuesChange={(changed) => {
        if ('level' in changed) form.setFieldValue('options', []);
      }}
      onFinish={async (values) => {
        setBusy(true);
        try {
          await onSubmit({
            level: values.level!,
            options: values.options,
            comment: values.comment?.trim() || undefined,
            optionSetVersion: optionSet.version,
          });
        } catch (error) {
          problem.showError(error);
        } finally {
          setBusy(false);
        }
      }}
    >
      <Form.Item
        name="level"
        label={t('feedback.rate.level')}
        // A validator rather than `required`: antd would put aria-required on the group's plain div.
        rules={[
          {
            validator: (_, value) =>
              value ? Promise.resolve() : Promise.reject(new Error(t('feedback.rate.levelRequired'))),
          },
        ]}
      >
        <Radio.Group className="tb-feedback-levels">
          {LEVELS.map((l) => (
            <Radio.Button key={l} value={l}>
              {t(`feedback.levels.${l}` as never)}
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      {level ? (
        <Form.Item
          name="options"
          label={level <= 2 ? t('feedback.rate.reasons') : t('feedback.rate.options')}
        >
          <Checkbox.Group>
            <Space direction="vertical">
              {offered.map((o) => (
                <Checkbox key={o.key} value={o.key}>
                  {pickLocalized(o.label, i18n.language)}
                </Checkbox>
              ))}
            </Space>
          </Checkbox.Group>
        </Form.Item>
      ) : null}
      <Form.Item name="comment" label={t('feedback.rate.comment')}>
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
      <FormProblemAlert {...problem} />
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('feedback.rate.submit')}
      </Button>
    </Form>
  );
}
