import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentEvent, CurrentUser, type EventContext, Public, RequireEventRole } from '@app/auth';
import {
  CertificatePdfQuery,
  AddJurorDto,
  AssignmentResultResponse,
  AssignNominationsDto,
  CertificateService,
  ConfirmWinnerDto,
  CreateNominationDto,
  CreateRoundDto,
  JurorResponse,
  JuryService,
  NominationAdminResponse,
  NominationScoresResponse,
  NominationsService,
  PublicWinnersResponse,
  ReleaseResultResponse,
  ReleaseRoundDto,
  ResultsService,
  RoundResponse,
  RoundResultsResponse,
  RoundsService,
  UpdateRoundDto,
} from '@app/awards';
import type { PdfFile } from '@app/documents';
import { assertReadableIn, ReadingLanguageQuery } from '@app/events';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { ApiFileResponse } from '../http/api-file-response.decorator.js';
import { attachment } from '../http/content-disposition.js';

const pdf = ({ filename, stream }: PdfFile) => new StreamableFile(stream, { type: 'application/pdf', disposition: attachment(filename) });

const RANKING =
  'Ranked per UNESCO region by weighted mean score, Σ(score × weight) / Σ(weight) over every score given, highest first (unscored last). Ties are broken, in order, by more jurors having scored, then the earlier nomination, then the nomination id, so the order never changes between two reads. The shortlist is the top of each region up to its quota.';

/** Award rounds: rules, nominations with eligibility, jury, results, winners and their release, certificates. */
@ApiTags('awards')
@Controller('events/:slug/awards/rounds')
export class AwardRoundsController {
  constructor(
    private readonly rounds: RoundsService,
    private readonly nominations: NominationsService,
    private readonly jury: JuryService,
    private readonly results: ResultsService,
    private readonly certificates: CertificateService,
  ) {}

  @Get()
  @Public()
  @ApiOperation({
    summary: 'Award rounds of the event with their rules, criteria and deadlines, named in ?language= (one the event offers) or its first language',
  })
  @ApiOkResponse({ type: [RoundResponse] })
  @ApiErrors(400, 404, 422)
  list(@CurrentEvent() event: EventContext, @Query() query: ReadingLanguageQuery): Promise<RoundResponse[]> {
    assertReadableIn(event, query.language);
    return this.rounds.list(event, query.language);
  }

  @Post()
  @RequireEventRole('organiser')
  @ApiOperation({
    summary: 'Open an award round: rules (each can be switched off with null), per-region quota (default 6), weighted criteria, deadlines (organiser)',
  })
  @ApiCreatedResponse({ type: RoundResponse })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  create(@CurrentEvent() event: EventContext, @Body() body: CreateRoundDto): Promise<RoundResponse> {
    return this.rounds.create(event, body);
  }

  @Get(':roundId')
  @Public()
  @ApiOperation({ summary: 'One award round, named in ?language= (one the event offers) or its first language' })
  @ApiOkResponse({ type: RoundResponse })
  @ApiErrors(400, 404, 422)
  get(@CurrentEvent() event: EventContext, @Param('roundId', ParseUUIDPipe) roundId: string, @Query() query: ReadingLanguageQuery): Promise<RoundResponse> {
    assertReadableIn(event, query.language);
    return this.rounds.get(event, roundId, query.language);
  }

  @Patch(':roundId')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Change a round’s name, rules, deadlines or (before any score) criteria, until its winners are released (organiser)' })
  @ApiOkResponse({ type: RoundResponse })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  update(@CurrentEvent() event: EventContext, @Param('roundId', ParseUUIDPipe) roundId: string, @Body() body: UpdateRoundDto): Promise<RoundResponse> {
    return this.rounds.update(event, roundId, body);
  }

  @Post(':roundId/nominations')
  @RequireEventRole('organiser', 'representative', 'commission')
  @ApiOperation({
    summary:
      'Nominate a city through its National Commission, checked against every rule of the round (organiser, the Commission’s officers, or a representative of that city)',
    description:
      'The nominating body is the National Commission of the city’s country (commissionId; 422 if unknown or of another country), counted against the round’s limit per Commission (the (N+1)th is refused with 422 naming the limit). An organiser may nominate any city of the registry; a Commission’s officers any city of its country; a representative only a city the organisers linked them to (403 otherwise). An ineligible city is refused with 422 naming every rule it fails in details ({ rule, message }). One nomination per city per round (409). Dossier documents are recorded as metadata.',
  })
  @ApiCreatedResponse({ type: NominationAdminResponse })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  nominate(
    @CurrentEvent() event: EventContext,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @Body() body: CreateNominationDto,
    @CurrentUser() user: AuthUser,
  ): Promise<NominationAdminResponse> {
    return this.nominations.nominate(event, roundId, body, user);
  }

  @Get(':roundId/nominations')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Every nomination of the round, with contacts and confirmed winners (organiser)' })
  @ApiOkResponse({ type: [NominationAdminResponse] })
  @ApiErrors(400, 401, 403, 404)
  listNominations(@CurrentEvent() event: EventContext, @Param('roundId', ParseUUIDPipe) roundId: string): Promise<NominationAdminResponse[]> {
    return this.nominations.listForOrganiser(event, roundId);
  }

  @Get(':roundId/nominations/:nominationId')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'One nomination with its dossier (organiser)' })
  @ApiOkResponse({ type: NominationAdminResponse })
  @ApiErrors(400, 401, 403, 404)
  nomination(
    @CurrentEvent() event: EventContext,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @Param('nominationId', ParseUUIDPipe) nominationId: string,
  ): Promise<NominationAdminResponse> {
    return this.nominations.getForOrganiser(event, roundId, nominationId);
  }

  @Get(':roundId/nominations/:nominationId/scores')
  @RequireEventRole('organiser')
  @ApiOperation({
    summary: 'Every juror’s scores for a nomination, juror by juror, at any time (organiser)',
    description:
      'Jurors themselves see only their own scores until the round closes; organisers see each juror’s scores, comments and weighted mean throughout.',
  })
  @ApiOkResponse({ type: NominationScoresResponse })
  @ApiErrors(400, 401, 403, 404)
  nominationScores(
    @CurrentEvent() event: EventContext,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @Param('nominationId', ParseUUIDPipe) nominationId: string,
  ): Promise<NominationScoresResponse> {
    return this.jury.scoresForOrganiser(event, roundId, nominationId);
  }

  @Get(':roundId/jurors')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'The round’s jury (organiser)' })
  @ApiOkResponse({ type: [JurorResponse] })
  @ApiErrors(400, 401, 403, 404)
  jurors(@CurrentEvent() event: EventContext, @Param('roundId', ParseUUIDPipe) roundId: string): Promise<JurorResponse[]> {
    return this.jury.jurors(event, roundId);
  }

  @Post(':roundId/jurors')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Put a user with the juror role on the round’s jury, with their country (organiser)' })
  @ApiCreatedResponse({ type: JurorResponse })
  @ApiErrors(400, 401, 403, 404, 422)
  addJuror(@CurrentEvent() event: EventContext, @Param('roundId', ParseUUIDPipe) roundId: string, @Body() body: AddJurorDto): Promise<JurorResponse> {
    return this.jury.addJuror(event, roundId, body);
  }

  @Post(':roundId/assignments')
  @RequireEventRole('organiser')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Assign nominations to a juror (organiser)',
    description: 'Nominations from the juror’s own country or with a conflict they declared are refused (422, each named), and nothing is assigned.',
  })
  @ApiOkResponse({ type: AssignmentResultResponse })
  @ApiErrors(400, 401, 403, 404, 422)
  assign(
    @CurrentEvent() event: EventContext,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @Body() body: AssignNominationsDto,
  ): Promise<AssignmentResultResponse> {
    return this.jury.assign(event, roundId, body);
  }

  @Get(':roundId/results')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Results per region with the shortlist; confidential until released (organiser)', description: RANKING })
  @ApiOkResponse({ type: RoundResultsResponse })
  @ApiErrors(400, 401, 403, 404)
  resultsOf(@CurrentEvent() event: EventContext, @Param('roundId', ParseUUIDPipe) roundId: string): Promise<RoundResultsResponse> {
    return this.results.results(event, roundId);
  }

  @Post(':roundId/winners')
  @RequireEventRole('organiser')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Confirm a winner after the judging deadline (organiser)',
    description:
      'Never more winners in a region than its quota, nor in a country than the round allows: the database holds the counts, and the confirmation past a limit is refused with 409, however many arrive at once.',
  })
  @ApiOkResponse({ type: RoundResultsResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  confirm(
    @CurrentEvent() event: EventContext,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @Body() body: ConfirmWinnerDto,
    @CurrentUser() user: AuthUser,
  ): Promise<RoundResultsResponse> {
    return this.results.confirmWinner(event, roundId, body.nominationId, user.id);
  }

  @Delete(':roundId/winners/:nominationId')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Withdraw a confirmed winner, before the release (organiser)' })
  @ApiOkResponse({ type: RoundResultsResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  withdraw(
    @CurrentEvent() event: EventContext,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @Param('nominationId', ParseUUIDPipe) nominationId: string,
  ): Promise<RoundResultsResponse> {
    return this.results.withdrawWinner(event, roundId, nominationId);
  }

  @Post(':roundId/release')
  @RequireEventRole('organiser')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Release the winners, now or at a set time (organiser)',
    description:
      'From that time the winners are on the public endpoint, and every nominated city’s contact is told its outcome by mail in their language. Once released, winners no longer change.',
  })
  @ApiOkResponse({ type: ReleaseResultResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  release(
    @CurrentEvent() event: EventContext,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @Body() body: ReleaseRoundDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ReleaseResultResponse> {
    return this.results.release(event, roundId, body.at, user.id);
  }

  @Get(':roundId/winners')
  @Public()
  @ApiOperation({ summary: 'The winners, once released (404 until then); the round named in ?language= or the event’s first language' })
  @ApiOkResponse({ type: PublicWinnersResponse })
  @ApiErrors(400, 404, 422)
  winners(
    @CurrentEvent() event: EventContext,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @Query() query: ReadingLanguageQuery,
  ): Promise<PublicWinnersResponse> {
    assertReadableIn(event, query.language);
    return this.results.publicWinners(event, roundId, query.language);
  }

  @Get(':roundId/certificates.pdf')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'A certificate for every confirmed winner, one landscape A4 page each (organiser)' })
  @ApiFileResponse('application/pdf', 'PDF file')
  @ApiErrors(400, 401, 403, 404)
  async allCertificates(
    @CurrentEvent() event: EventContext,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @Query() query: CertificatePdfQuery,
  ): Promise<StreamableFile> {
    return pdf(await this.certificates.forRound(event, roundId, undefined, query.language));
  }

  @Get(':roundId/nominations/:nominationId/certificate.pdf')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'The certificate of one winning city: city, country, award, round and date (organiser)' })
  @ApiFileResponse('application/pdf', 'PDF file')
  @ApiErrors(400, 401, 403, 404)
  async certificate(
    @CurrentEvent() event: EventContext,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @Param('nominationId', ParseUUIDPipe) nominationId: string,
    @Query() query: CertificatePdfQuery,
  ): Promise<StreamableFile> {
    return pdf(await this.certificates.forRound(event, roundId, nominationId, query.language));
  }
}
