import { Body, Controller, Get, HttpCode, Post, Put, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCookieAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  AccessTokenResponse,
  Authenticated,
  AuthError,
  AuthService,
  type AuthUser,
  ChangePasswordDto,
  CurrentUser,
  LoginDto,
  MeResponse,
  PasswordResetConfirmDto,
  PasswordResetRequestDto,
  PasswordResetRequestedResponse,
  PasswordResetService,
  Public,
  SetLanguageDto,
} from '@app/auth';
import { AppConfig } from '@app/config';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiErrorResponse } from '../http/api-error.js';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { clearSession, REFRESH_COOKIE, refreshTokenOf, sendSession } from './session-cookie.js';
import { toUserResponse } from './user-response.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly resets: PasswordResetService,
    private readonly config: AppConfig,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Log in with email and password; returns a short-lived bearer token and sets the refresh cookie',
    description:
      `The refresh token goes in the httpOnly cookie ${REFRESH_COOKIE} (Path=/auth), for POST /auth/refresh. ` +
      'Failed logins are limited per client IP and per account from that client (429 with Retry-After). The answer is the same for an unknown email and a wrong password.',
  })
  @ApiOkResponse({ type: AccessTokenResponse })
  @ApiErrors(400, 401, 429)
  async login(@Body() body: LoginDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<AccessTokenResponse> {
    return sendSession(request, reply, this.config.PUBLIC_URL, await this.auth.login(body.email, body.password, request.ip));
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiCookieAuth(REFRESH_COOKIE)
  @ApiOperation({
    summary: 'A new access token for the refresh cookie, which is rotated',
    description:
      'Each refresh token works once. One used a second time revokes every token of its sign-in, since someone copied it. ' +
      'A sign-in lasts 12 hours without use and 7 days at most.',
  })
  @ApiOkResponse({ type: AccessTokenResponse })
  @ApiErrors(401)
  async refresh(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<AccessTokenResponse> {
    const token = refreshTokenOf(request);
    try {
      if (!token) throw new AuthError('REFRESH_TOKEN_INVALID', 'No session to refresh; sign in');
      return sendSession(request, reply, this.config.PUBLIC_URL, await this.auth.refresh(token));
    } catch (error) {
      clearSession(request, reply, this.config.PUBLIC_URL);
      throw error;
    }
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiCookieAuth(REFRESH_COOKIE)
  @ApiOperation({ summary: 'Sign out on this browser: its refresh token is revoked and the cookie cleared' })
  @ApiNoContentResponse()
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    const token = refreshTokenOf(request);
    if (token) await this.auth.logout(token);
    clearSession(request, reply, this.config.PUBLIC_URL);
  }

  @Post('logout-everywhere')
  @Authenticated()
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out on every device: all refresh tokens revoked, and every access token refused from now on' })
  @ApiNoContentResponse()
  @ApiErrors(401)
  async logoutEverywhere(@CurrentUser() caller: AuthUser, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.signOutEverywhere(caller.id);
    clearSession(request, reply, this.config.PUBLIC_URL);
  }

  @Post('password')
  @Authenticated()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Change my password (the current one is needed); other sessions end, this one gets new tokens',
    description: 'A wrong current password counts as a failed login (429 with Retry-After past the limits).',
  })
  @ApiOkResponse({ type: AccessTokenResponse })
  @ApiErrors(400, 401, 403, 429)
  async changePassword(
    @CurrentUser() caller: AuthUser,
    @Body() body: ChangePasswordDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AccessTokenResponse> {
    const session = await this.auth.changePassword(caller, body.currentPassword, body.newPassword, request.ip);
    return sendSession(request, reply, this.config.PUBLIC_URL, session);
  }

  @Post('password-reset')
  @Public()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Mail a single-use link to choose a new password',
    description:
      'The answer is the same whether or not the email has an account. Requests are limited per client (429 with Retry-After) and per address (no more mail for a while).',
  })
  @ApiAcceptedResponse({ type: PasswordResetRequestedResponse })
  @ApiErrors(400, 429)
  async requestPasswordReset(@Body() body: PasswordResetRequestDto, @Req() request: FastifyRequest): Promise<PasswordResetRequestedResponse> {
    await this.resets.request(body.email, request.ip);
    return { accepted: true };
  }

  @Post('password-reset/confirm')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Set a new password with the token from the mailed link; every session of the account ends' })
  @ApiNoContentResponse()
  @ApiErrors(400, 404)
  @ApiResponse({ status: 410, description: 'Used or expired', type: ApiErrorResponse })
  async confirmPasswordReset(@Body() body: PasswordResetConfirmDto): Promise<void> {
    await this.resets.confirm(body.token, body.password);
  }

  @Get('me')
  @Authenticated()
  @ApiOperation({ summary: 'The signed-in user and their roles on each event' })
  @ApiOkResponse({ type: MeResponse })
  @ApiErrors(401)
  async me(@CurrentUser() caller: AuthUser): Promise<MeResponse> {
    const [user, roles] = await Promise.all([this.auth.findUser(caller.id), this.auth.rolesOf(caller.id)]);
    return { ...toUserResponse(user), roles };
  }

  @Put('me/language')
  @Authenticated()
  @ApiOperation({ summary: "The signed-in user's language, chosen with the page's language switch" })
  @ApiOkResponse({ type: MeResponse })
  @ApiErrors(400, 401)
  async setLanguage(@CurrentUser() caller: AuthUser, @Body() body: SetLanguageDto): Promise<MeResponse> {
    const [user, roles] = await Promise.all([this.auth.setLanguage(caller.id, body.language), this.auth.rolesOf(caller.id)]);
    return { ...toUserResponse(user), roles };
  }
}
