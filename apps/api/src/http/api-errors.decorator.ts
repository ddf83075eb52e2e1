import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ApiErrorResponse } from './api-error.js';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input (details name each field)',
  401: 'No valid access token',
  403: 'The caller lacks the role this needs',
  404: 'Not found',
  409: 'Conflicts with existing data',
  413: 'Body too large',
  429: 'Too many requests',
};

/** Documents the error answers of an endpoint, all in the one error shape. */
export const ApiErrors = (...statuses: number[]) =>
  applyDecorators(...statuses.map((status) => ApiResponse({ status, description: DESCRIPTIONS[status], type: ApiErrorResponse })));
