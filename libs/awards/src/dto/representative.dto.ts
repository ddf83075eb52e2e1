import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class AddRepresentativeDto {
  @ApiProperty({ description: 'A user holding the representative role on the event' })
  @IsUUID()
  userId: string;
}

export class RepresentativeResponse {
  @ApiProperty() userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty() cityId: string;
  @ApiProperty() city: string;
  @ApiProperty() country: string;
}
