import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentEvent, type EventContext, Public, RequireEventRole } from '@app/auth';
import {
  AnswersService,
  CreateQuestionDto,
  QuestionResponse,
  QuestionsService,
  RegistrationAnswersResponse,
  RegistrationFormResponse,
  RegistrationFormSettingsDto,
  ReorderQuestionsDto,
  UpdateQuestionDto,
} from '@app/registration';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { ApiFileResponse } from '../http/api-file-response.decorator.js';
import { sendStoredFile } from '../http/stored-file.js';

/** The organiser's own questions on the registration form, and the answers delegates gave. */
@ApiTags('registration')
@Controller('events/:slug')
export class RegistrationFormController {
  constructor(
    private readonly questions: QuestionsService,
    private readonly answers: AnswersService,
  ) {}

  @Get('registration-form')
  @Public()
  @ApiOperation({ summary: 'The custom questions of the registration form, in order, with their labels per event language' })
  @ApiOkResponse({ type: RegistrationFormResponse })
  @ApiErrors(404)
  form(@CurrentEvent() event: EventContext): Promise<RegistrationFormResponse> {
    return this.questions.form(event);
  }

  @Put('registration-form')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Set until when delegates may change their answers (organiser)' })
  @ApiOkResponse({ type: RegistrationFormResponse })
  @ApiErrors(400, 401, 403, 404)
  settings(@CurrentEvent() event: EventContext, @Body() body: RegistrationFormSettingsDto): Promise<RegistrationFormResponse> {
    return this.questions.setSettings(event, body);
  }

  @Post('registration-questions')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Add a question at the end of the form (organiser); 422 QUESTION_INVALID says what is wrong with it' })
  @ApiCreatedResponse({ type: QuestionResponse })
  @ApiErrors(400, 401, 403, 404, 422)
  create(@CurrentEvent() event: EventContext, @Body() body: CreateQuestionDto): Promise<QuestionResponse> {
    return this.questions.create(event, body);
  }

  @Put('registration-questions/order')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Put the questions in a new order, naming every one (organiser)' })
  @ApiOkResponse({ type: [QuestionResponse] })
  @ApiErrors(400, 401, 403, 404, 422)
  reorder(@CurrentEvent() event: EventContext, @Body() body: ReorderQuestionsDto): Promise<QuestionResponse[]> {
    return this.questions.reorder(event, body.ids);
  }

  @Patch('registration-questions/:questionId')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Change a question’s labels, choices, categories, condition or whether it is required (organiser)' })
  @ApiOkResponse({ type: QuestionResponse })
  @ApiErrors(400, 401, 403, 404, 422)
  update(@CurrentEvent() event: EventContext, @Param('questionId', ParseUUIDPipe) id: string, @Body() body: UpdateQuestionDto): Promise<QuestionResponse> {
    return this.questions.update(event, id, body);
  }

  @Delete('registration-questions/:questionId')
  @RequireEventRole('organiser')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a question with its answers and the questions shown only after it (organiser)' })
  @ApiNoContentResponse()
  @ApiErrors(400, 401, 403, 404)
  async remove(@CurrentEvent() event: EventContext, @Param('questionId', ParseUUIDPipe) id: string): Promise<void> {
    await this.questions.remove(event, id);
  }

  @Get('registrations/:registrationId/answers')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'A delegate’s answers (organiser)' })
  @ApiOkResponse({ type: RegistrationAnswersResponse })
  @ApiErrors(400, 401, 403, 404)
  registrationAnswers(@CurrentEvent() event: EventContext, @Param('registrationId', ParseUUIDPipe) id: string): Promise<RegistrationAnswersResponse> {
    return this.answers.forOrganiser(event, id);
  }

  @Get('registrations/:registrationId/answers/:questionId/file')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'The file a delegate gave as an answer (organiser)' })
  @ApiFileResponse(['application/pdf', 'image/png', 'image/jpeg'], 'The file, as an attachment')
  @ApiErrors(400, 401, 403, 404)
  async file(
    @CurrentEvent() event: EventContext,
    @Param('registrationId', ParseUUIDPipe) id: string,
    @Param('questionId', ParseUUIDPipe) questionId: string,
    @Res() reply: FastifyReply,
  ) {
    return sendStoredFile(reply, await this.answers.fileForOrganiser(event, id, questionId));
  }
}
