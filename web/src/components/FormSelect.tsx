import { Select, type SelectProps } from 'antd';

/**
 * antd's Select for required form fields: Form.Item hands a required field's control
 * `aria-required`, which the Select puts on its wrapper element, where ARIA does not allow it
 * (axe: aria-allowed-attr). The label's mark and the error text still say the field is required.
 */
export function FormSelect(props: SelectProps & { 'aria-required'?: unknown }) {
  const { 'aria-required': _required, ...rest } = props;
  return <Select {...rest} />;
}
