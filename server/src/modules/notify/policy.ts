import { definePolicy } from '../../platform/auth/policy.ts';

export interface MessageRecord {
  personId: string;
}

/** An inbox belongs to one person: only they list, read or mark its messages. */
export const notifyPolicy = definePolicy<{
  useInbox: null;
  readMessage: MessageRecord;
}>({
  useInbox: (actor) => actor.personId !== null,
  readMessage: (actor, message) => actor.personId !== null && actor.personId === message.personId,
});
