import { Module } from '@nestjs/common';
import { EventsModule } from '@app/events';
import { NotificationsModule } from '@app/notifications';
import { BadgeFonts } from '@app/registration';
import { SpeakersModule } from '@app/speakers';
import { CeremonyService } from './ceremony.service.js';
import { CertificateService } from './certificate.service.js';
import { CitiesService } from './cities.service.js';
import { DossierService } from './dossier.service.js';
import { JuryService } from './jury.service.js';
import { NominationsService } from './nominations.service.js';
import { RepresentativesService } from './representatives.service.js';
import { ResultsService } from './results.service.js';
import { RoundsService } from './rounds.service.js';

const services = [CitiesService, RoundsService, NominationsService, JuryService, ResultsService, CeremonyService, CertificateService, DossierService, RepresentativesService];

@Module({
  // The storage port for dossier files comes from the speakers library.
  imports: [EventsModule, NotificationsModule, SpeakersModule],
  providers: [...services, BadgeFonts],
  exports: services,
})
export class AwardsModule {}
