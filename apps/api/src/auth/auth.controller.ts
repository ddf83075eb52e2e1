import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccessTokenResponse, Authenticated, AuthService, type AuthUser, CurrentUser, LoginDto, MeResponse, Public, UserEntity, UserResponse } from '@app/auth';
import { ApiErrors } from '../http/api-errors.decorator.js';

export function toUserResponse(user: UserEntity): UserResponse {
  return { id: user.id, email: user.email, displayName: user.displayName, language: user.language, isPlatformAdmin: user.isPlatformAdmin };
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Log in with email and password; returns a short-lived bearer token',
    description:
      'Failed logins are limited per client IP and per account from that client (429 with Retry-After). The answer is the same for an unknown email and a wrong password.',
  })
  @ApiOkResponse({ type: AccessTokenResponse })
  @ApiErrors(400, 401, 429)
  async login(@Body() body: LoginDto, @Req() request: { ip: string }): Promise<AccessTokenResponse> {
    const { accessToken, expiresIn, user } = await this.auth.login(body.email, body.password, request.ip);
    return { accessToken, tokenType: 'Bearer', expiresIn, user: toUserResponse(user) };
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
}
