import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { SHIPPED_LANGUAGES } from '../shipped-languages.js';

export class UnsubscribeResponse {
  @ApiProperty({ example: 'event-reminder', description: 'The kind of message the link stops' })
  kind: string;

  @ApiProperty({ type: String, nullable: true, description: 'The event the messages come from; null for messages about no event' })
  eventName: string | null;

  @ApiProperty({ example: 'la…@hanoi.test', description: 'The recipient, partly hidden' })
  email: string;

  @ApiProperty({ description: 'Whether messages of this kind are already stopped' })
  optedOut: boolean;
}

export class UnsubscribeQuery {
  @ApiProperty({ description: 'The signed token from the message' })
  @IsString()
  @MaxLength(2048)
  token: string;

  @ApiPropertyOptional({ enum: SHIPPED_LANGUAGES, description: 'The page language the link carries; the API ignores it' })
  @IsOptional()
  @IsIn([...SHIPPED_LANGUAGES])
  lang?: string;
}
