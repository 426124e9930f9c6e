import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { Form, type FormItemProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { pickLocalized, type LocalizedText } from '../../../api/problem';

/** A publication-rule issue, or a field error from the server, attached to a content path. */
export interface ContentIssue {
  /** Dotted path relative to the item content, e.g. `materials.2.copies`, `form.x-order`. */
  path: string;
  code?: string;
  message: LocalizedText;
}

/**
 * `content.materials[2].copies`, `/content/materials/2/copies` and `materials.2.copies` all become
 * `materials.2.copies` (the validate endpoint names content paths; body validation names body paths).
 */
export function normaliseIssuePath(field: string, prefixes: string[] = ['content']): string {
  let path = field
    .replace(/\[(\d+)\]/g, '.$1')
    .replaceAll('/', '.')
    .replace(/^\.+/, '');
  for (const prefix of prefixes) {
    if (path === prefix) return '';
    if (path.startsWith(`${prefix}.`)) path = path.slice(prefix.length + 1);
  }
  return path;
}

export const pathString = (path: readonly (string | number)[]) => path.map(String).join('.');

interface IssueIndex {
  all: ContentIssue[];
  at: (path: string) => ContentIssue[];
  under: (prefix: string) => ContentIssue[];
}

const IssuesContext = createContext<IssueIndex>({ all: [], at: () => [], under: () => [] });

export function IssuesProvider({ issues, children }: { issues: ContentIssue[]; children: ReactNode }) {
  const value = useMemo<IssueIndex>(() => {
    const byPath = new Map<string, ContentIssue[]>();
    for (const issue of issues) byPath.set(issue.path, [...(byPath.get(issue.path) ?? []), issue]);
    return {
      all: issues,
      at: (path) => byPath.get(path) ?? [],
      under: (prefix) =>
        prefix === '' ? issues : issues.filter((i) => i.path === prefix || i.path.startsWith(`${prefix}.`)),
    };
  }, [issues]);
  return <IssuesContext.Provider value={value}>{children}</IssuesContext.Provider>;
}

export const useIssues = () => useContext(IssuesContext);

/** The messages of the issues at a path, in the current language. */
export function useIssueMessages(path: string): string[] {
  const { i18n } = useTranslation();
  const { at } = useIssues();
  return at(path).map((issue) => pickLocalized(issue.message, i18n.language));
}

/** The text of issues at a path, for custom controls (shown under them, in red). */
export function IssueText({ path, id }: { path: string; id?: string }) {
  const messages = useIssueMessages(path);
  if (messages.length === 0) return null;
  return (
    <div className="tb-issue-text" id={id} role="alert">
      {messages.map((m) => (
        <div key={m}>{m}</div>
      ))}
    </div>
  );
}

type Props = FormItemProps & {
  /** The content path of the issues to show here; defaults to the item's name. */
  issuePath?: (string | number)[];
};

/**
 * A Form.Item that shows the publication-rule issues and server errors of its content path as its
 * error text (the client's own rule messages still show when there is no issue).
 */
export function IssueItem({ issuePath, ...props }: Props) {
  const path =
    issuePath ?? (Array.isArray(props.name) ? props.name : props.name !== undefined ? [props.name] : []);
  const messages = useIssueMessages(pathString(path as (string | number)[]));
  if (messages.length === 0) return <Form.Item {...props} />;
  return (
    <Form.Item
      {...props}
      validateStatus="error"
      help={
        <div role="alert">
          {messages.map((m) => (
            <div key={m}>{m}</div>
          ))}
        </div>
      }
    />
  );
}
