import { Module } from '@nestjs/common';
import { DocumentsModule } from '@app/documents';
import { EventsModule } from '@app/events';
import { NotificationsModule } from '@app/notifications';
import { ProgrammeModule } from '@app/programme';
import { StorageModule } from '@app/storage';
import { ApplicationsService } from './applications.service.js';
import { CeremonyService } from './ceremony.service.js';
import { CertificateService } from './certificate.service.js';
import { CitiesService } from './cities.service.js';
import { CommissionsService } from './commissions.service.js';
import { DossierService } from './dossier.service.js';
import { JuryService } from './jury.service.js';
import { NominationsService } from './nominations.service.js';
import { RepresentativesService } from './representatives.service.js';
import { ResultsService } from './results.service.js';
import { RequiredDocumentsService } from './required-documents.service.js';
import { RoundsService } from './rounds.service.js';

const services = [
  CitiesService,
  RoundsService,
  NominationsService,
  JuryService,
  ResultsService,
  CeremonyService,
  CertificateService,
  DossierService,
  RepresentativesService,
  CommissionsService,
  RequiredDocumentsService,
  ApplicationsService,
];

@Module({
  imports: [EventsModule, NotificationsModule, DocumentsModule, StorageModule, ProgrammeModule],
  providers: services,
  exports: services,
})
export class AwardsModule {}
