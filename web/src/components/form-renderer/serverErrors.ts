import { useCallback, useEffect, useState } from 'react';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { fieldNamePath } from '../../api/formErrors';
import { pickLocalized, type FieldProblem } from '../../api/problem';

const key = (path: (string | number)[]) => JSON.stringify(path.map(String));

/**
 * Shows the server's verdict on form data next to the fields it names (in the current language, also
 * after a language switch); errors naming no field of the form are returned for a summary.
 * `prefix` is stripped from the server's field names (e.g. `data.` for a wrapped request body).
 */
export function useServerFieldErrors(form: FormInstance, prefix = '') {
  const { i18n } = useTranslation();
  const [errors, setErrors] = useState<FieldProblem[] | null>(null);
  const [unplaced, setUnplaced] = useState<FieldProblem[]>([]);

  const pathOf = useCallback(
    (field: string) => fieldNamePath(prefix && field.startsWith(prefix) ? field.slice(prefix.length) : field),
    [prefix],
  );

  useEffect(() => {
    if (!errors) return;
    const known = new Set(form.getFieldsError().map((f) => key(f.name)));
    const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
    const rest: FieldProblem[] = [];
    for (const problem of errors) {
      const name = pathOf(problem.field);
      if (!known.has(key(name))) {
        rest.push(problem);
        continue;
      }
      const entry = byField.get(key(name)) ?? { name, errors: [] };
      entry.errors.push(pickLocalized(problem.message, i18n.language));
      byField.set(key(name), entry);
    }
    form.setFields([...byField.values()] as never);
    setUnplaced(rest);
  }, [errors, form, pathOf, i18n.language]);

  return {
    /** Show these errors (an empty list clears the summary). */
    show: (list: FieldProblem[]) => setErrors(list),
    clear: () => {
      setErrors(null);
      setUnplaced([]);
    },
    /** The errors that name no field on the form. */
    unplaced,
    shown: errors,
  };
}
