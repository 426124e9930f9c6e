import { useQuery, useQueryClient } from '@tanstack/react-query';
import { casesApi, type CaseView } from '../../../api/cases';

export const caseKey = (id: string) => ['cases', 'one', id] as const;

/** One case of the signed-in applicant (GET /cases/:id). */
export function useCase(id: string) {
  return useQuery({ queryKey: caseKey(id), queryFn: () => casesApi.get(id) });
}

/** Stores a case the server answered with, and marks lists of cases as out of date. */
export function useStoreCase() {
  const queryClient = useQueryClient();
  return (c: CaseView) => {
    queryClient.setQueryData(caseKey(c.id), c);
    void queryClient.invalidateQueries({ queryKey: ['cases', 'mine'] });
  };
}

export const EDITABLE_STATUSES: readonly CaseView['status'][] = ['draft', 'correction_requested'];
