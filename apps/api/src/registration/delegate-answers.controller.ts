import { Body, Controller, Get, Param, ParseUUIDPipe, Put, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '@app/auth';
import { AppConfig } from '@app/config';
import { AnswersService, RegistrationAnswersResponse, SaveAnswersDto } from '@app/registration';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { ApiFileResponse } from '../http/api-file-response.decorator.js';
import { RequestError } from '../http/request-error.js';
import { sendStoredFile } from '../http/stored-file.js';

const UPLOAD_BODY = { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } };

/**
 * A delegate's answers to the event's questions through the private link; the head of a delegation also
 * for each member (`members/{memberId}/…`). Changes are refused (409 ANSWERS_CLOSED) after the deadline.
 */
@ApiTags('registration')
@ApiParam({ name: 'token', description: 'The private token from the management link' })
@Controller('registrations/manage/:token')
@Public()
export class DelegateAnswersController {
  constructor(
    private readonly answers: AnswersService,
    private readonly config: AppConfig,
  ) {}

  @Get('answers')
  @ApiOperation({ summary: 'The questions for my category and my answers' })
  @ApiOkResponse({ type: RegistrationAnswersResponse })
  @ApiErrors(404)
  mine(@Param('token') token: string): Promise<RegistrationAnswersResponse> {
    return this.answers.forDelegate(token);
  }

  @Put('answers')
  @ApiOperation({ summary: 'Change my answers (those given replace, null clears; the rest stay); 422 names the question refused' })
  @ApiOkResponse({ type: RegistrationAnswersResponse })
  @ApiErrors(400, 404, 409, 422)
  save(@Param('token') token: string, @Body() body: SaveAnswersDto): Promise<RegistrationAnswersResponse> {
    return this.answers.save(token, body.answers);
  }

  @Put('answers/:questionId/file')
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @ApiOperation({ summary: 'Answer a file question: PDF, PNG or JPEG by content, at most ANSWER_FILE_MAX_BYTES (413; another type 415)' })
  @ApiOkResponse({ type: RegistrationAnswersResponse })
  @ApiErrors(400, 404, 409, 413, 422)
  upload(@Param('token') token: string, @Param('questionId', ParseUUIDPipe) questionId: string, @Req() request: FastifyRequest) {
    return this.receive(request, token, questionId);
  }

  @Get('answers/:questionId/file')
  @ApiOperation({ summary: 'The file I gave as an answer' })
  @ApiFileResponse(['application/pdf', 'image/png', 'image/jpeg'], 'The file, as an attachment')
  @ApiErrors(400, 404)
  async file(@Param('token') token: string, @Param('questionId', ParseUUIDPipe) questionId: string, @Res() reply: FastifyReply) {
    return sendStoredFile(reply, await this.answers.fileForDelegate(token, questionId));
  }

  @Get('members/:memberId/answers')
  @ApiOperation({ summary: 'A member’s questions and answers (head of delegation)' })
  @ApiOkResponse({ type: RegistrationAnswersResponse })
  @ApiErrors(400, 404)
  member(@Param('token') token: string, @Param('memberId', ParseUUIDPipe) memberId: string): Promise<RegistrationAnswersResponse> {
    return this.answers.forDelegate(token, memberId);
  }

  @Put('members/:memberId/answers')
  @ApiOperation({ summary: 'Change a member’s answers (head of delegation)' })
  @ApiOkResponse({ type: RegistrationAnswersResponse })
  @ApiErrors(400, 404, 409, 422)
  saveMember(
    @Param('token') token: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Body() body: SaveAnswersDto,
  ): Promise<RegistrationAnswersResponse> {
    return this.answers.save(token, body.answers, memberId);
  }

  @Put('members/:memberId/answers/:questionId/file')
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @ApiOperation({ summary: 'Answer a member’s file question (head of delegation)' })
  @ApiOkResponse({ type: RegistrationAnswersResponse })
  @ApiErrors(400, 404, 409, 413, 422)
  uploadForMember(
    @Param('token') token: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Param('questionId', ParseUUIDPipe) questionId: string,
    @Req() request: FastifyRequest,
  ) {
    return this.receive(request, token, questionId, memberId);
  }

  private async receive(request: FastifyRequest, token: string, questionId: string, memberId?: string): Promise<RegistrationAnswersResponse> {
    if (!request.isMultipart()) throw new RequestError('MULTIPART_REQUIRED', 'Send the file as multipart/form-data in a field named "file"');
    await this.answers.assertMayUpload(token, questionId, memberId);
    const part = await request.file({ limits: { fileSize: this.config.ANSWER_FILE_MAX_BYTES, files: 1 } }).catch((error: unknown) => {
      throw new RequestError('MULTIPART_UNREADABLE', `The multipart body could not be read: ${error instanceof Error ? error.message : String(error)}`);
    });
    if (!part) throw new RequestError('FILE_MISSING', 'No file in the request: send it in a field named "file"');
    return this.answers.uploadFile(token, questionId, { stream: part.file, filename: part.filename, truncated: () => part.file.truncated }, memberId);
  }
}
