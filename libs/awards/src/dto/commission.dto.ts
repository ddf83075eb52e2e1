import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { OneLine, type Translations } from '@app/config';
import { NAME_TRANSLATABLE, TranslationsField, TranslationsResponse } from '@app/events';

export class CreateCommissionDto {
  @ApiProperty({ example: 'Viet Nam National Commission for UNESCO', description: 'In the event’s first language' })
  @IsString()
  @Length(1, 200)
  @OneLine()
  name: string;

  @TranslationsField(NAME_TRANSLATABLE)
  translations?: Translations<'name'>;

  @ApiProperty({ example: 'VN', description: 'ISO 3166-1 alpha-2; one Commission per country per event' })
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as VN' })
  country: string;
}

export class UpdateCommissionDto {
  @ApiPropertyOptional({ example: 'Viet Nam National Commission for UNESCO' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @OneLine()
  name?: string;

  @TranslationsField(NAME_TRANSLATABLE)
  translations?: Translations<'name'>;
}

export class AddCommissionContactDto {
  @ApiProperty({ description: 'A user holding the commission role on the event' })
  @IsUUID()
  userId: string;
}

export class CommissionContactResponse {
  @ApiProperty() userId: string;
  @ApiProperty() displayName: string;
}

export class CommissionResponse {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'In the language read (?language=), else the event’s first' }) name: string;
  @TranslationsResponse(NAME_TRANSLATABLE) translations: Translations<'name'>;
  @ApiProperty() country: string;
  @ApiProperty({ type: [CommissionContactResponse] }) contacts: CommissionContactResponse[];
}
