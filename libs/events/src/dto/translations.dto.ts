import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsTranslations, type Translations } from '@app/config';
import { IsOptional, Matches } from 'class-validator';

type Fields = Record<string, { maxLength: number; oneLine?: boolean }>;

/** The OpenAPI shape of a translations object: language code → the translatable fields. */
export function translationsSchema(fields: Fields) {
  return {
    type: 'object' as const,
    description:
      "Text in the event's other languages, by ISO 639 code (the plain fields hold its first language); a language the event does not offer is refused (422 LANGUAGE_NOT_OFFERED)",
    example: { vi: Object.fromEntries(Object.keys(fields).map((field) => [field, '…'])) },
    additionalProperties: {
      type: 'object' as const,
      properties: Object.fromEntries(Object.entries(fields).map(([field, rule]) => [field, { type: 'string' as const, maxLength: rule.maxLength }])),
    },
  };
}

/** An optional `translations` body field with these fields. */
export function TranslationsField(fields: Fields): PropertyDecorator {
  return (target, key) => {
    ApiPropertyOptional(translationsSchema(fields))(target, key);
    IsOptional()(target, key);
    IsTranslations(fields)(target, key as string);
  };
}

/** A response's `translations` field, as stored. */
export function TranslationsResponse(fields: Fields): PropertyDecorator {
  return ApiProperty({ ...translationsSchema(fields), description: "Text in the event's other languages as entered, for editing" });
}

export type { Translations };
export const EVENT_TRANSLATABLE = {
  name: { maxLength: 300, oneLine: true },
  description: { maxLength: 20000 },
  venue: { maxLength: 500, oneLine: true },
  organiser: { maxLength: 500, oneLine: true },
};
export const NAME_TRANSLATABLE = { name: { maxLength: 200, oneLine: true } };
export const ROOM_TRANSLATABLE = { ...NAME_TRANSLATABLE, locationNote: { maxLength: 500, oneLine: true } };

/** `?language=`: the reader's language for organiser-entered text. */
export class ReadingLanguageQuery {
  @ApiPropertyOptional({
    example: 'vi',
    description: "The reader's language: names and descriptions in it where the organiser gave them, else in the event's first language",
  })
  @IsOptional()
  @Matches(/^[a-z]{2,3}$/, { message: 'language must be an ISO 639 code such as "vi"' })
  language?: string;
}
