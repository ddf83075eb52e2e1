import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentEvent, CurrentUser, type EventContext, RequireEventRole } from '@app/auth';
import { DeclareConflictDto, JuryService, NominationResponse, ScoreResponse, SubmitScoresDto } from '@app/awards';
import { ApiErrors } from '../http/api-errors.decorator.js';

/**
 * A juror's own view of a round. Only nominations assigned to them exist here: one from their own
 * country or with a conflict they declared is not found (404), whatever its id.
 */
@ApiTags('awards: jury')
@Controller('events/:slug/awards/jury/rounds/:roundId/nominations')
@RequireEventRole('juror')
export class JuryController {
  constructor(private readonly jury: JuryService) {}

  @Get()
  @ApiOperation({ summary: 'My nominations to judge (juror)' })
  @ApiOkResponse({ type: [NominationResponse] })
  @ApiErrors(400, 401, 403, 404)
  list(@CurrentEvent() event: EventContext, @Param('roundId', ParseUUIDPipe) roundId: string, @CurrentUser() user: AuthUser): Promise<NominationResponse[]> {
    return this.jury.myNominations(event, roundId, user.id);
  }

  @Get(':nominationId')
  @ApiOperation({ summary: 'One of my nominations with its dossier (juror)' })
  @ApiOkResponse({ type: NominationResponse })
  @ApiErrors(400, 401, 403, 404)
  get(
    @CurrentEvent() event: EventContext,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @Param('nominationId', ParseUUIDPipe) nominationId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<NominationResponse> {
    return this.jury.myNomination(event, roundId, nominationId, user.id);
  }

  @Put(':nominationId/scores')
  @ApiOperation({ summary: 'Score a nomination, 0–10 per criterion with a comment; editable until the judging deadline (juror)' })
  @ApiOkResponse({ type: [ScoreResponse] })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  score(
    @CurrentEvent() event: EventContext,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @Param('nominationId', ParseUUIDPipe) nominationId: string,
    @Body() body: SubmitScoresDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ScoreResponse[]> {
    return this.jury.score(event, roundId, nominationId, user.id, body);
  }

  @Get(':nominationId/scores')
  @ApiOperation({ summary: 'My scores for a nomination; once the round has closed, every juror’s (juror)' })
  @ApiOkResponse({ type: [ScoreResponse] })
  @ApiErrors(400, 401, 403, 404)
  scores(
    @CurrentEvent() event: EventContext,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @Param('nominationId', ParseUUIDPipe) nominationId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<ScoreResponse[]> {
    return this.jury.scores(event, roundId, nominationId, user.id);
  }

  @Post(':nominationId/conflict')
  @HttpCode(204)
  @ApiOperation({ summary: 'Declare a conflict of interest: the nomination is hidden from me from now on and my scores for it are withdrawn (juror)' })
  @ApiNoContentResponse()
  @ApiErrors(400, 401, 403, 404, 409)
  async declareConflict(
    @CurrentEvent() event: EventContext,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @Param('nominationId', ParseUUIDPipe) nominationId: string,
    @Body() body: DeclareConflictDto,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    await this.jury.declareConflict(event, roundId, nominationId, user.id, body.reason ?? '');
  }
}
