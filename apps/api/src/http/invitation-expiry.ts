import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** How long an invitation link works, the same for role and speaker invitations. */
export const InvitationExpiry = () =>
  applyDecorators(ApiPropertyOptional({ example: 14, description: 'Days until the link expires (1–60, default 14)' }), IsOptional(), IsInt(), Min(1), Max(60));
