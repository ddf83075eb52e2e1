import { ApiProperty } from '@nestjs/swagger';
import { CityImportLine } from '@app/awards';
import { ApiErrorResponse } from '../http/api-error.js';

/** The one error shape, with the import's line report typed so clients can translate each problem. */
export class CityImportRejectedResponse extends ApiErrorResponse {
  @ApiProperty({ type: [CityImportLine], description: 'Every wrong line (line 1 is the header), each with its problems' })
  declare details: CityImportLine[];
}
