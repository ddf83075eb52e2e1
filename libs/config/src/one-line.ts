import { registerDecorator, type ValidationOptions } from 'class-validator';

// A line break or control character in a name or title would split a CSV row, a badge, a mail subject or a
// schedule export line; U+2028/U+2029 are line breaks too.
const ONE_LINE = /^[^\u0000-\u001f\u007f\u2028\u2029]*$/;

export function isOneLine(text: string): boolean {
  return ONE_LINE.test(text);
}

/**
 * One-line text for every name, title and label of a request (multi-line texts such as descriptions,
 * abstracts and biographies do not take it). A list of texts or a { language: text } map is checked text
 * by text; other types are left to the field's own type check. In libs/config because every library
 * depends on it.
 */
export function OneLine(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isOneLine',
      target: target.constructor,
      propertyName,
      options: { message: '$property must be a single line without control characters', ...options },
      validator: {
        validate(value: unknown) {
          if (typeof value === 'string') return isOneLine(value);
          const texts = Array.isArray(value) ? value : value !== null && typeof value === 'object' ? Object.values(value) : [];
          return texts.every((text) => typeof text !== 'string' || isOneLine(text));
        },
      },
    });
}
