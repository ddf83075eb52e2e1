import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUrl, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { OneLine } from '@app/config';

/** A language a session is interpreted into, by a link to listen on or a radio channel in the room. */
export class InterpretationChannelDto {
  @ApiProperty({ example: 'vi', description: 'ISO 639 code of the language interpreted into' })
  @Matches(/^[a-z]{2,3}$/, { message: 'language must be an ISO 639 code such as vi' })
  language: string;

  @ApiPropertyOptional({ example: 'https://interpret.example.org/vi' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'link must be an https:// address' })
  @MaxLength(2000)
  link?: string;

  @ApiPropertyOptional({ example: 'Channel 2', description: 'A radio channel of the room' })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  @OneLine()
  channel?: string;
}

/**
 * The `streamUrl` and `interpretation` body fields, shared by sessions and rooms: both are for registered
 * delegates only and never part of anything public.
 */
export class AccessFieldsDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'https://stream.example.org/opening', description: 'Shown to registered delegates only' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'streamUrl must be an https:// address' })
  @MaxLength(2000)
  streamUrl?: string | null;

  @ApiPropertyOptional({ type: () => [InterpretationChannelDto], description: 'Shown to registered delegates only' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => InterpretationChannelDto)
  interpretation?: InterpretationChannelDto[];
}

/** A room's stream and interpretation, for organisers: sessions without their own use them. */
export class RoomAccessResponse {
  @ApiProperty() roomId: string;
  @ApiProperty({ nullable: true, type: String }) streamUrl: string | null;
  @ApiProperty({ type: [InterpretationChannelDto] }) interpretation: InterpretationChannelDto[];
}
