import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { DateTime, IANAZone } from 'luxon';

/** An IANA time zone name that this runtime knows, e.g. `Asia/Bangkok`. */
export function IsIanaTimeZone(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isIanaTimeZone',
      target: target.constructor,
      propertyName,
      options: { message: `$property must be an IANA time zone such as "Asia/Bangkok"`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && value.includes('/') && IANAZone.isValidZone(value) },
    });
}

/** A calendar date `YYYY-MM-DD` that exists. */
export function IsCalendarDate(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName,
      options: { message: `$property must be a date in the form YYYY-MM-DD`, ...options },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value).isValid,
      },
    });
}

/** A time of day `HH:MM` on the 24-hour clock, e.g. `09:00`. */
export function TimeOfDay(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'timeOfDay',
      target: target.constructor,
      propertyName,
      options: { message: `$property must be a time of day in the form HH:MM, such as 09:00`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value) },
    });
}

/** This date is on or after the date in `otherProperty` (when both are present). */
export function IsOnOrAfter(otherProperty: string, options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isOnOrAfter',
      target: target.constructor,
      propertyName,
      constraints: [otherProperty],
      options: { message: `$property must not be before ${otherProperty}`, ...options },
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const other = (args.object as Record<string, unknown>)[otherProperty];
          return typeof value !== 'string' || typeof other !== 'string' || value >= other;
        },
      },
    });
}
