import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthService, CreateUserDto, RequirePlatformAdmin, UserResponse } from '@app/auth';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { toUserResponse } from './user-response.js';

@ApiTags('auth')
@Controller('users')
export class UsersController {
  constructor(private readonly auth: AuthService) {}

  @Post()
  @RequirePlatformAdmin()
  @ApiOperation({ summary: 'Create a user account (platform admin)' })
  @ApiCreatedResponse({ type: UserResponse })
  @ApiErrors(400, 401, 403, 409)
  async create(@Body() body: CreateUserDto): Promise<UserResponse> {
    return toUserResponse(await this.auth.createUser(body));
  }
}
