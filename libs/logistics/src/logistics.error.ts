import { DomainError } from '@app/errors';

export type LogisticsErrorCode =
  | 'HOTEL_BLOCK_NOT_FOUND'
  | 'HOTEL_BLOCK_FULL'
  | 'HOTEL_BLOCK_BELOW_BOOKED'
  | 'HOTEL_BLOCK_IN_USE'
  | 'HOTEL_BLOCK_NIGHTS_INVALID'
  | 'BOOKING_NEEDS_CONFIRMED_REGISTRATION'
  | 'NOT_DELEGATION_MEMBER'
  | 'TRAVEL_ORDER_INVALID'
  | 'MEAL_NOT_FOUND'
  | 'MEAL_EXISTS'
  | 'MEAL_DAY_OUTSIDE_EVENT';

export class LogisticsError extends DomainError<LogisticsErrorCode> {}
