import { AuthzCaseSet, SIGNED_IN } from './matrix';

const set: AuthzCaseSet = {
  cases: [
    {
      // One's own setting only: there is no one else's to name. Left on, so the world's people keep their reminders.
      operation: 'setReminderPreference',
      allowed: SIGNED_IN,
      request: () => ({ query: `mutation { setReminderPreference(enabled: true) { id remindersEnabled } }` }),
    },
  ],
};

export default set;
