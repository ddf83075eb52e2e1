import { DynamicModule, Module } from '@nestjs/common';
import { AUTH_NOTIFICATION_KINDS, AuthModule } from '@app/auth';
import { AWARD_NOTIFICATION_KINDS } from '@app/awards';
import { AppConfig, ConfigModule, resolveJwtSecret } from '@app/config';
import { DatabaseModule } from '@app/database';
import { EVENT_NOTIFICATION_KINDS } from '@app/events';
import { MESSAGE_NOTIFICATION_KINDS, MessagesWorkerModule } from '@app/messages';
import { NotificationsWorkerModule } from '@app/notifications';
import { PEOPLE_NOTIFICATION_KINDS } from '@app/people';
import { PROGRAMME_NOTIFICATION_KINDS } from '@app/programme';
import { AGENDA_NOTIFICATION_KINDS, REGISTRATION_NOTIFICATION_KINDS, RegistrationWorkerModule } from '@app/registration';
import { SPEAKER_NOTIFICATION_KINDS } from '@app/speakers';

/** Every kind of message the worker knows how to send; domain libraries add theirs here. */
export const NOTIFICATION_KINDS = [
  ...AUTH_NOTIFICATION_KINDS,
  ...EVENT_NOTIFICATION_KINDS,
  ...REGISTRATION_NOTIFICATION_KINDS,
  ...PROGRAMME_NOTIFICATION_KINDS,
  ...AGENDA_NOTIFICATION_KINDS,
  ...SPEAKER_NOTIFICATION_KINDS,
  ...AWARD_NOTIFICATION_KINDS,
  ...PEOPLE_NOTIFICATION_KINDS,
  ...MESSAGE_NOTIFICATION_KINDS,
];

/**
 * The queue consumers, without HTTP: run by apps/worker as its own process, and by the api when it runs
 * the worker in-process (npm start). A library, so that neither app imports the other.
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: WorkerModule,
      imports: [NotificationsWorkerModule.forRoot({ config, databaseUrl, kinds: NOTIFICATION_KINDS }), RegistrationWorkerModule, MessagesWorkerModule],
    };
  }

  /** The standalone worker process: config and database of its own. */
  static standalone(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(databaseUrl, config.DATABASE_POOL_SIZE),
        AuthModule.forRoot(resolveJwtSecret(config), config.JWT_TTL_SECONDS),
        NotificationsWorkerModule.forRoot({ config, databaseUrl, kinds: NOTIFICATION_KINDS }),
        RegistrationWorkerModule,
        MessagesWorkerModule,
      ],
    };
  }
}
