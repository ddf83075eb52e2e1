import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { AuthModule } from '@app/auth';
import { AwardsModule } from '@app/awards';
import { StorageModule } from '@app/storage';
import { AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { EventsModule } from '@app/events';
import { MessagesModule } from '@app/messages';
import { NotificationsModule } from '@app/notifications';
import { PeopleModule } from '@app/people';
import { LogisticsModule } from '@app/logistics';
import { ProgrammeModule } from '@app/programme';
import { RegistrationModule } from '@app/registration';
import { SpeakersModule } from '@app/speakers';
import { WorkerModule } from '@app/runtime';
import { AuthController } from './auth/auth.controller.js';
import { ApplicationsController } from './awards/applications.controller.js';
import { AwardRoundsController } from './awards/award-rounds.controller.js';
import { CeremoniesController } from './awards/ceremonies.controller.js';
import { CitiesController } from './awards/cities.controller.js';
import { CommissionsController } from './awards/commissions.controller.js';
import { DossiersController } from './awards/dossiers.controller.js';
import { GnlcIntakesController } from './awards/gnlc-intakes.controller.js';
import { JuryController } from './awards/jury.controller.js';
import { UsersController } from './auth/users.controller.js';
import { DemoSeeder } from './demo/demo-seeder.js';
import { EventDuplicationController } from './events/event-duplication.controller.js';
import { EventDuplication } from './events/event-duplication.js';
import { EventRolesController } from './events/event-roles.controller.js';
import { EventIdentityController } from './events/event-identity.controller.js';
import { EventsController } from './events/events.controller.js';
import { RoomsController } from './events/rooms.controller.js';
import { TracksController } from './events/tracks.controller.js';
import { AgendaController, SessionAttendanceController } from './registration/agenda.controller.js';
import { BadgesController } from './registration/badges.controller.js';
import { BadgeLayoutController } from './registration/badge-layout.controller.js';
import { CheckInController } from './registration/check-in.controller.js';
import { DelegationsController } from './registration/delegations.controller.js';
import { ManageRegistrationController } from './registration/manage-registration.controller.js';
import { RegistrationPresenter } from './registration/registration-presenter.js';
import { RegistrationRecordsController } from './registration/registration-records.controller.js';
import { RegistrationsController } from './registration/registrations.controller.js';
import { ProtocolController } from './registration/protocol.controller.js';
import { DelegateDataController, VisaLetterVerificationController } from './registration/delegate-data.controller.js';
import { ProgrammeController } from './programme/programme.controller.js';
import { ScheduleExportsController } from './programme/schedule-exports.controller.js';
import { SessionsController } from './programme/sessions.controller.js';
import { SlideHandOffController, SlidesController } from './speakers/slides.controller.js';
import { SpeakerInvitationsController, SpeakerPortalController } from './speakers/speakers.controller.js';
import { PublicSpeakersController } from './speakers/public-speakers.controller.js';
import { HealthController } from './health/health.controller.js';
import { QueueHealthIndicator } from './health/queue.health.js';
import { ApiExceptionFilter } from './http/error.filter.js';
import { MessagesController } from './messages/messages.controller.js';
import { RemindersController } from './messages/reminders.controller.js';
import { MailWordingsController } from './notifications/mail-wordings.controller.js';
import { PeopleController } from './people/people.controller.js';
import { EventNotificationsController, NotificationsController } from './notifications/notifications.controller.js';
import { UnsubscribeController } from './notifications/unsubscribe.controller.js';
import { DelegateLogisticsController } from './logistics/delegate-logistics.controller.js';
import { HotelBlocksController } from './logistics/hotel-blocks.controller.js';
import { CateringController } from './logistics/catering.controller.js';
import { DelegateAnswersController } from './registration/delegate-answers.controller.js';
import { RegistrationFormController } from './registration/registration-form.controller.js';

export interface ApiModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  jwtSecret: string;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, jwtSecret }: ApiModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(databaseUrl, config.DATABASE_POOL_SIZE),
        AuthModule.forRoot(jwtSecret, config.JWT_TTL_SECONDS),
        EventsModule,
        NotificationsModule,
        RegistrationModule,
        ProgrammeModule,
        AwardsModule,
        SpeakersModule,
        PeopleModule,
        MessagesModule,
        LogisticsModule,
        // The demo seeder keeps the demo applications' files through the same port.
        StorageModule,
        TerminusModule,
        // npm start: one process runs everything; api replicas in production set RUN_WORKER=false.
        ...(config.RUN_WORKER ? [WorkerModule.forRoot(config, databaseUrl)] : []),
      ],
      controllers: [
        AuthController,
        HotelBlocksController,
        CateringController,
        DelegateLogisticsController,
        RegistrationFormController,
        DelegateAnswersController,
        UsersController,
        EventsController,
        EventDuplicationController,
        RoomsController,
        EventIdentityController,
        TracksController,
        EventRolesController,
        PeopleController,
        MessagesController,
        RemindersController,
        MailWordingsController,
        EventNotificationsController,
        UnsubscribeController,
        NotificationsController,
        RegistrationsController,
        ProtocolController,
        DelegateDataController,
        VisaLetterVerificationController,
        RegistrationRecordsController,
        ManageRegistrationController,
        DelegationsController,
        AgendaController,
        SessionAttendanceController,
        BadgesController,
        BadgeLayoutController,
        CheckInController,
        SessionsController,
        ProgrammeController,
        ScheduleExportsController,
        SlidesController,
        SlideHandOffController,
        SpeakerInvitationsController,
        PublicSpeakersController,
        SpeakerPortalController,
        CitiesController,
        CommissionsController,
        AwardRoundsController,
        ApplicationsController,
        JuryController,
        CeremoniesController,
        GnlcIntakesController,
        DossiersController,
        HealthController,
      ],
      providers: [{ provide: APP_FILTER, useClass: ApiExceptionFilter }, DemoSeeder, QueueHealthIndicator, RegistrationPresenter, EventDuplication],
    };
  }
}
