import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Min, ValidateNested } from 'class-validator';
import { OneLine } from '@app/config';
import { SHIPPED_LANGUAGES } from '@app/notifications';

export class DossierDocumentDto {
  @ApiProperty({ example: 'dossier-son-la.pdf' })
  @IsString()
  @Length(1, 255)
  @OneLine()
  filename: string;

  @ApiProperty({ example: 'application/pdf' })
  @Matches(/^[\w.+-]+\/[\w.+-]+$/, { message: 'contentType must be a media type such as application/pdf' })
  contentType: string;

  @ApiPropertyOptional({ example: 1_048_576 })
  @IsOptional()
  @IsInt()
  @Min(0)
  sizeBytes?: number;
}

export class CreateNominationDto {
  @ApiProperty()
  @IsUUID()
  cityId: string;

  @ApiProperty({ description: 'The National Commission for UNESCO of the city’s country that nominates it (see the Commissions list)' })
  @IsUUID()
  commissionId: string;

  @ApiProperty({ example: 'Lò Văn Hùng', description: "The city's contact, told the outcome" })
  @IsString()
  @Length(1, 200)
  @OneLine()
  contactName: string;

  @ApiProperty({ example: 'contact@sonla.gov.vn' })
  @IsEmail()
  contactEmail: string;

  @ApiPropertyOptional({ enum: SHIPPED_LANGUAGES, default: 'en', description: 'The language the contact is written to in' })
  @IsOptional()
  @IsIn([...SHIPPED_LANGUAGES])
  contactLanguage?: string;

  @ApiPropertyOptional({ description: 'What the dossier shows' })
  @IsOptional()
  @IsString()
  @Length(0, 10_000)
  summary?: string;

  @ApiPropertyOptional({ type: [DossierDocumentDto], description: 'Dossier documents (metadata; the files go through the storage port)' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => DossierDocumentDto)
  @ArrayMaxSize(50)
  documents?: DossierDocumentDto[];
}

export class DossierDocumentResponse {
  @ApiProperty() id: string;
  @ApiProperty() filename: string;
  @ApiProperty() contentType: string;
  @ApiProperty({ nullable: true, type: Number }) sizeBytes: number | null;
  @ApiProperty({ description: 'Whether the file itself is stored (uploads go through the storage port)' }) stored: boolean;
}

export class NominationResponse {
  @ApiProperty() id: string;
  @ApiProperty() roundId: string;
  @ApiProperty() cityId: string;
  @ApiProperty() city: string;
  @ApiProperty() country: string;
  @ApiProperty() region: string;
  @ApiProperty() commissionId: string;
  @ApiProperty({ description: 'The nominating National Commission’s name' }) nominatingBody: string;
  @ApiProperty() summary: string;
  @ApiProperty({ type: [DossierDocumentResponse] }) documents: DossierDocumentResponse[];
  @ApiProperty() createdAt: string;
}

/** The organisers' view, with the contact and the (confidential) outcome. */
export class NominationAdminResponse extends NominationResponse {
  @ApiProperty() contactName: string;
  @ApiProperty() contactEmail: string;
  @ApiProperty() contactLanguage: string;
  @ApiProperty() winner: boolean;
}
