export { AWARD_NOTIFICATION_KINDS } from './award-notifications.js';
export { ApplicationsService } from './applications.service.js';
export {
  ApplicationDocumentResponse,
  ApplicationLinkDto,
  ApplicationResponse,
  ChecklistItemResponse,
  CommissionDeskResponse,
  CommissionRoundLimitResponse,
  CreateApplicationDto,
  NotShortlistedDto,
  RequiredDocumentDto,
  RequiredDocumentResponse,
  ReturnApplicationDto,
  SetRequiredDocumentsDto,
  StageNoteDto,
  StageTransitionResponse,
  UpdateApplicationDto,
} from './dto/application.dto.js';
export { RequiredDocumentsService } from './required-documents.service.js';
export { AwardsModule } from './awards.module.js';
export { CeremonyService } from './ceremony.service.js';
export { CertificateService } from './certificate.service.js';
export { CitiesService } from './cities.service.js';
export { CommissionsService } from './commissions.service.js';
export { AddCommissionContactDto, CommissionContactResponse, CommissionResponse, CreateCommissionDto, UpdateCommissionDto } from './dto/commission.dto.js';
export { CITY_IMPORT_COLUMNS } from './city-import.js';
export { CITY_IMPORT_PROBLEM_CODES, CityImportLine, CityImportProblem } from './dto/city-import.dto.js';
export { insertDemoApplications } from './demo-applications.js';
export { insertDemoAwards } from './demo-awards.js';
export { DossierService, type DossierDownload } from './dossier.service.js';
export {
  CeremonyItemDto,
  RunOfShowCityResponse,
  RunOfShowDto,
  RunOfShowItemResponse,
  RunOfShowPdfQuery,
  CertificatePdfQuery,
  RunOfShowResponse,
} from './dto/ceremony.dto.js';
export { CityImportResponse, CityListQuery, CityResponse, CreateCityDto } from './dto/city.dto.js';
export {
  AddJurorDto,
  AssignmentResultResponse,
  AssignNominationsDto,
  DeclareConflictDto,
  JurorResponse,
  JurorScoresResponse,
  NominationScoresResponse,
  ScoreDto,
  ScoreResponse,
  SubmitScoresDto,
} from './dto/jury.dto.js';
export { CreateNominationDto, DossierDocumentDto, DossierDocumentResponse, NominationAdminResponse, NominationResponse } from './dto/nomination.dto.js';
export { AddRepresentativeDto, RepresentativeResponse } from './dto/representative.dto.js';
export { ConfirmWinnerDto, PublicWinnersResponse, ReleaseResultResponse, RoundResultsResponse } from './dto/results.dto.js';
export {
  CreateRoundDto,
  CriterionDto,
  CriterionResponse,
  RegionQuotaDto,
  RegionQuotaResponse,
  ReleaseRoundDto,
  RoundResponse,
  RoundRulesDto,
  RoundRulesResponse,
  UpdateRoundDto,
} from './dto/round.dto.js';
export { JuryService } from './jury.service.js';
export { NominationsService } from './nominations.service.js';
export { RepresentativesService } from './representatives.service.js';
export { ResultsService } from './results.service.js';
export { RoundsService } from './rounds.service.js';
export { AwardsError, type AwardsErrorCode } from './awards.error.js';
export { GnlcIntakeResponse, GnlcMemberResponse, GnlcNewMemberDto, PublicGnlcMemberResponse, SetGnlcIntakeDto } from './dto/gnlc-intake.dto.js';
export { GnlcIntakeService } from './gnlc-intake.service.js';
