import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError, pickLocalized, type FieldProblem } from './problem';

type NamePath = (string | number)[];

/** 'idNumber' → ['idNumber']; 'address.city', '/address/city' and 'items[0].name' → nested name paths. */
export function fieldNamePath(field: string): NamePath {
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .split(/[./]/)
    .filter((part) => part.length > 0)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

const nameKey = (name: readonly (string | number)[]) => JSON.stringify(name.map((part) => String(part)));

/**
 * Connects an antd Form to API errors: validation errors are shown next to the fields they name
 * (Form.setFields) and the first such field gets the focus; the error itself is kept for an Alert
 * above the form. Field messages follow the UI language when it is switched while they are shown.
 * Errors naming a field the form does not have are returned in `unplacedErrors` for the Alert.
 */
export function useFormProblem<Values>(form: FormInstance<Values>) {
  const { i18n } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [unplacedErrors, setUnplacedErrors] = useState<FieldProblem[]>([]);
  const [hasFieldErrors, setHasFieldErrors] = useState(false);
  const placed = useRef<FieldProblem[]>([]);

  const applyToFields = useCallback(
    (problems: FieldProblem[], language: string) => {
      // Several messages for one field are shown together under that field.
      const byField = new Map<string, { name: NamePath; errors: string[] }>();
      for (const problem of problems) {
        const name = fieldNamePath(problem.field);
        const entry = byField.get(nameKey(name)) ?? { name, errors: [] };
        entry.errors.push(pickLocalized(problem.message, language));
        byField.set(nameKey(name), entry);
      }
      form.setFields([...byField.values()].map(({ name, errors }) => ({ name, errors })) as never);
    },
    [form],
  );

  /** Show an error thrown by a submit. Returns true when at least one field got a message. */
  const showError = useCallback(
    (err: unknown): boolean => {
      setError(err);
      const problems = err instanceof ApiError ? err.fieldErrors : [];
      const known = new Set(form.getFieldsError().map((f) => nameKey(f.name)));
      const onForm = problems.filter((p) => known.has(nameKey(fieldNamePath(p.field))));
      placed.current = onForm;
      setHasFieldErrors(onForm.length > 0);
      setUnplacedErrors(problems.filter((p) => !onForm.includes(p)));
      applyToFields(onForm, i18n.language);
      const first = onForm[0];
      if (first) form.scrollToField(fieldNamePath(first.field) as never, { block: 'center', focus: true });
      return onForm.length > 0;
    },
    [form, applyToFields, i18n.language],
  );

  const clear = useCallback(() => {
    setError(null);
    setUnplacedErrors([]);
    setHasFieldErrors(false);
    placed.current = [];
  }, []);

  // Re-translate server messages still shown under their fields when the language changes.
  const language = i18n.language;
  useEffect(() => {
    const stillShown = placed.current.filter((problem) => {
      const current = form.getFieldError(fieldNamePath(problem.field) as never);
      return current.includes(problem.message.zh) || current.includes(problem.message.en);
    });
    if (stillShown.length > 0) applyToFields(stillShown, language);
  }, [language, form, applyToFields]);

  return { error, unplacedErrors, hasFieldErrors, showError, clear };
}
