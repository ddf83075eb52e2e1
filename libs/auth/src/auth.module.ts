import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@app/notifications';
import { AccessGuard } from './access.guard.js';
import { AuthService } from './auth.service.js';
import { EventAccess } from './event-access.js';
import { EventRoleEntity } from './event-role.entity.js';
import { LoginThrottle } from './login-throttle.js';
import { PasswordHasher } from './password-hasher.js';
import { PasswordResetThrottle } from './password-reset-throttle.js';
import { PasswordResetService } from './password-reset.service.js';
import { RefreshTokens } from './refresh-tokens.js';
import { UserEntity } from './user.entity.js';

@Module({})
export class AuthModule {
  /** `secret` signs HS256 access tokens valid for `ttlSeconds`; the algorithm is pinned both ways. */
  static forRoot(secret: string, ttlSeconds: number): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      imports: [
        TypeOrmModule.forFeature([UserEntity, EventRoleEntity]),
        NotificationsModule,
        JwtModule.register({
          secret,
          signOptions: { algorithm: 'HS256', expiresIn: ttlSeconds },
          verifyOptions: { algorithms: ['HS256'] },
        }),
      ],
      providers: [
        AuthService,
        PasswordHasher,
        LoginThrottle,
        RefreshTokens,
        PasswordResetThrottle,
        PasswordResetService,
        EventAccess,
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
      exports: [AuthService, PasswordHasher, PasswordResetService, EventAccess],
    };
  }
}
