import { App } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useErrorToast } from '../../api/errors';
import { ApiError } from '../../api/problem';
import { tasksApi } from '../../api/tasks';

export const TASKS_KEY = ['tasks'] as const;

/** Someone else changed the task first (claimed, decided, transferred it): the version we sent is stale. */
export function isVersionConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && error.code === 'TASK_VERSION_CONFLICT';
}

/**
 * Handles a stale task version the same way everywhere: say so, and reload what is shown (the inbox and
 * the task). Returns true when it handled the error.
 */
export function useConflictHandler() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return (error: unknown): boolean => {
    if (!isVersionConflict(error)) return false;
    void message.warning(t('tasks.conflict'));
    void queryClient.invalidateQueries({ queryKey: TASKS_KEY });
    return true;
  };
}

/** 认领 from the inbox or the task page. */
export function useClaim() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const onConflict = useConflictHandler();
  const toastError = useErrorToast();
  return useMutation({
    mutationFn: (task: { id: string; version: number; caseNumber: string | null }) =>
      tasksApi.claim(task.id, task.version),
    onSuccess: (_state, task) => {
      void message.success(t('tasks.claimed', { caseNumber: task.caseNumber ?? '' }));
      void queryClient.invalidateQueries({ queryKey: TASKS_KEY });
    },
    onError: (error) => {
      if (!onConflict(error)) toastError(error);
    },
  });
}
