import { Form } from 'antd';
import type { FormSchema } from '../api/catalogTypes';
import { FormRenderer } from '../components/form-renderer';

/** A form shown as it will be filled in, but not yet fillable (applications come later). */
export default function ReadOnlyForm({ schema, name }: { schema: FormSchema; name: string }) {
  const [form] = Form.useForm();
  return <FormRenderer schema={schema} form={form} name={name} disabled />;
}
