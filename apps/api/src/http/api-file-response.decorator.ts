import { ApiOkResponse } from '@nestjs/swagger';

/**
 * Documents a 200 whose body is a file (PDF, CSV, ZIP, iCalendar, image …) as bytes of the given media types.
 * Given as `content` rather than through `@ApiProduces`, so the endpoint's errors stay documented as JSON.
 */
export const ApiFileResponse = (mediaTypes: string | string[], description: string) =>
  ApiOkResponse({
    description,
    content: Object.fromEntries([mediaTypes].flat().map((mediaType) => [mediaType, { schema: { type: 'string', format: 'binary' } }])),
  });
