import { Foundation1732406400000 } from './1732406400000-foundation.js';
import { NotificationOutbox1732492800000 } from './1732492800000-notification-outbox.js';
import { Registration1732579200000 } from './1732579200000-registration.js';
import { Programme1732665600000 } from './1732665600000-programme.js';
import { Speakers1732838400000 } from './1732838400000-speakers.js';
import { Awards1732924800000 } from './1732924800000-awards.js';
import { DeferrableSlotOverlaps1733011200000 } from './1733011200000-deferrable-slot-overlaps.js';
import { CityRepresentatives1733097600000 } from './1733097600000-city-representatives.js';
import { OutboxWakeOnPending1733184000000 } from './1733184000000-outbox-wake-on-pending.js';
import { CancelledSessionSignUps1733788800000 } from './1733788800000-cancelled-session-sign-ups.js';
import { ReRegistrationAfterCancel1733875200000 } from './1733875200000-re-registration-after-cancel.js';
import { Accounts1733920000001 } from './1733920000001-accounts.js';
import { RoleInvitations1733930000001 } from './1733930000001-role-invitations.js';
import { RegistrationHistory1733950000001 } from './1733950000001-registration-history.js';
import { Messages1734000000001 } from './1734000000001-messages.js';
import { NationalCommissions1734020000001 } from './1734020000001-national-commissions.js';
import { AwardWinnerCaps1734020000002 } from './1734020000002-award-winner-caps.js';
import { NotificationOptOuts1734050000001 } from './1734050000001-notification-opt-outs.js';
import { HotelsAndTravel1734060000001 } from './1734060000001-hotels-and-travel.js';
import { MailWordingsAndReminders1734100000001 } from './1734100000001-mail-wordings-and-reminders.js';
import { MessageLinks1734110000001 } from './1734110000001-message-links.js';
import { RegistrationQuestions1734120000001 } from './1734120000001-registration-questions.js';
import { DelegateProtocol1734130000001 } from './1734130000001-delegate-protocol.js';
import { EventIdentityAndGnlcIntake1734140000001 } from './1734140000001-event-identity-and-gnlc-intake.js';
import { AwardApplications1734150000001 } from './1734150000001-award-applications.js';
import { CheckInDesks1734160000001 } from './1734160000001-check-in-desks.js';
import { CateringMeals1734172000001 } from './1734172000001-catering-meals.js';
import { BadgeLayouts1734172000002 } from './1734172000002-badge-layouts.js';
import { ContentTranslations1734173000001 } from './1734173000001-content-translations.js';
import { AwardNotShortlisted1734174000001 } from './1734174000001-award-not-shortlisted.js';
import { SpeakerUnavailability1734176000001 } from './1734176000001-speaker-unavailability.js';
import { SessionAccess1734176000002 } from './1734176000002-session-access.js';
import { SessionAttendance1734177000001 } from './1734177000001-session-attendance.js';
import { ProgrammePublishedNotice1734178000001 } from './1734178000001-programme-published-notice.js';
import { RegistrationNeedChoices1734179200001 } from './1734179200001-registration-need-choices.js';
import { AwardTranslations1734180000001 } from './1734180000001-award-translations.js';
import { TalkTranslations1734180000002 } from './1734180000002-talk-translations.js';
import { RoomAccessAndSessionLanguages1734181000001 } from './1734181000001-room-access-and-session-languages.js';
import { RegistrationDecidedAtInsert1734183000001 } from './1734183000001-registration-decided-at-insert.js';
import { EventChangedNotice1734185000001 } from './1734185000001-event-changed-notice.js';
import { RegistrationHistoryNeedChoices1734186000001 } from './1734186000001-registration-history-need-choices.js';
import { AwardDecisionAuthors1734187000001 } from './1734187000001-award-decision-authors.js';
import { ChecklistAndCommissionTranslations1734191000001 } from './1734191000001-checklist-and-commission-translations.js';
/** Every migration, in order. Listed by hand: globs find nothing in a compiled build. */
export const MIGRATIONS = [
  Foundation1732406400000,
  NotificationOutbox1732492800000,
  Registration1732579200000,
  Programme1732665600000,
  Speakers1732838400000,
  Awards1732924800000,
  DeferrableSlotOverlaps1733011200000,
  CityRepresentatives1733097600000,
  OutboxWakeOnPending1733184000000,
  CancelledSessionSignUps1733788800000,
  ReRegistrationAfterCancel1733875200000,
  Accounts1733920000001,
  RoleInvitations1733930000001,
  RegistrationHistory1733950000001,
  Messages1734000000001,
  NationalCommissions1734020000001,
  AwardWinnerCaps1734020000002,
  NotificationOptOuts1734050000001,
  HotelsAndTravel1734060000001,
  MailWordingsAndReminders1734100000001,
  MessageLinks1734110000001,
  RegistrationQuestions1734120000001,
  DelegateProtocol1734130000001,
  EventIdentityAndGnlcIntake1734140000001,
  AwardApplications1734150000001,
  CheckInDesks1734160000001,
  CateringMeals1734172000001,
  BadgeLayouts1734172000002,
  ContentTranslations1734173000001,
  AwardNotShortlisted1734174000001,
  SpeakerUnavailability1734176000001,
  SessionAccess1734176000002,
  SessionAttendance1734177000001,
  ProgrammePublishedNotice1734178000001,
  RegistrationNeedChoices1734179200001,
  AwardTranslations1734180000001,
  TalkTranslations1734180000002,
  RoomAccessAndSessionLanguages1734181000001,
  RegistrationDecidedAtInsert1734183000001,
  EventChangedNotice1734185000001,
  RegistrationHistoryNeedChoices1734186000001,
  AwardDecisionAuthors1734187000001,
  ChecklistAndCommissionTranslations1734191000001,
];
