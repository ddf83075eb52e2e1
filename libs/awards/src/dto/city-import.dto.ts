import { ApiProperty } from '@nestjs/swagger';

export const CITY_IMPORT_PROBLEM_CODES = [
  'COLUMNS_MISSING',
  'NAME_REQUIRED',
  'NAME_TOO_LONG',
  'NAME_NOT_ONE_LINE',
  'COUNTRY_INVALID',
  'REGION_UNKNOWN',
  'NUMBER_OUT_OF_RANGE',
  'MONTH_INVALID',
  'DUPLICATE_LINE',
  'LINE_REFUSED',
] as const;
export type CityImportProblemCode = (typeof CITY_IMPORT_PROBLEM_CODES)[number];

export class CityImportProblem {
  @ApiProperty({ enum: CITY_IMPORT_PROBLEM_CODES, enumName: 'CityImportProblemCode', description: 'Stable reason; clients translate this with `data`' })
  code: CityImportProblemCode;
  @ApiProperty({ nullable: true, type: String, description: 'The CSV column at fault, if one is', example: 'country' })
  field: string | null;
  @ApiProperty({ description: 'English, for logs and API clients', example: 'country must be an ISO 3166-1 alpha-2 code such as VN' })
  message: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'What a translated sentence needs: { value } (COUNTRY_INVALID), { value, allowed } (REGION_UNKNOWN), { value, min, max } (NUMBER_OUT_OF_RANGE), { max } (NAME_TOO_LONG), { line, name, country } (DUPLICATE_LINE), { missing, expected } (COLUMNS_MISSING)',
    example: { value: 'Vietnam' },
  })
  data: Record<string, unknown>;
}

export class CityImportLine {
  @ApiProperty({ description: 'Line of the file, the header being line 1', example: 2 }) line: number;
  @ApiProperty({ type: [CityImportProblem] }) problems: CityImportProblem[];
}
