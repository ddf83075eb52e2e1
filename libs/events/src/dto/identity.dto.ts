import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { OneLine } from '@app/config';

const COLOUR = /^#[0-9a-f]{6}$/;

export class UpdateEventIdentityDto {
  @ApiPropertyOptional({ example: 'UNESCO Institute for Lifelong Learning', description: 'Printed at the head of documents; empty: the event’s organiser' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  @OneLine()
  organiserName?: string;

  @ApiPropertyOptional({ example: '#1d3557', description: 'Lower-case #rrggbb' })
  @IsOptional()
  @Matches(COLOUR, { message: 'primaryColour must be a colour written #rrggbb in lower case' })
  primaryColour?: string;

  @ApiPropertyOptional({ example: '#c9a227' })
  @IsOptional()
  @Matches(COLOUR, { message: 'accentColour must be a colour written #rrggbb in lower case' })
  accentColour?: string;
}

export class SignatoryDto {
  @ApiPropertyOptional({ description: 'An existing signatory kept (with their signature image); absent for a new one' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiProperty({ example: 'David Atchoarena' })
  @IsString()
  @Length(1, 200)
  @OneLine()
  name: string;

  @ApiProperty({ example: 'Director, UNESCO Institute for Lifelong Learning' })
  @IsString()
  @MaxLength(300)
  @OneLine()
  title: string;
}

export class SetSignatoriesDto {
  @ApiProperty({ type: [SignatoryDto], description: 'In the order they sign, at most four' })
  @ValidateNested({ each: true })
  @Type(() => SignatoryDto)
  @ArrayMaxSize(4)
  signatories: SignatoryDto[];
}

export class SignatoryResponse {
  @ApiProperty() id: string;
  @ApiProperty() position: number;
  @ApiProperty() name: string;
  @ApiProperty() title: string;
  @ApiProperty() hasSignature: boolean;
}

export class EventIdentityResponse {
  @ApiProperty({ description: 'As entered; empty when the event’s organiser is used' }) organiserName: string;
  @ApiProperty({ description: 'What documents print' }) printedOrganiserName: string;
  @ApiProperty() primaryColour: string;
  @ApiProperty() accentColour: string;
  @ApiProperty() hasEmblem: boolean;
  @ApiProperty({ type: [SignatoryResponse] }) signatories: SignatoryResponse[];
}
