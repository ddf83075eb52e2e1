import { useTranslation } from 'react-i18next';
import { ApiError, type ApiErrorCode } from '../../api/client';
import { errorText } from '../../api/error-text';
import { fieldErrors } from '../../ui/components';

// Refusals that are about one field, though the API answers them as conflicts rather than validation.
const FIELD_OF_CODE: Partial<Record<ApiErrorCode, string>> = {
  EVENT_SLUG_TAKEN: 'slug',
  EVENT_DATES_REVERSED: 'endDate',
  ROOM_NAME_TAKEN: 'name',
  TRACK_NAME_TAKEN: 'name',
  CATEGORY_EXISTS: 'code',
  CATEGORY_QUOTA_BELOW_CONFIRMED: 'quota',
  CAPACITY_BELOW_CONFIRMED: 'capacity',
  WINDOW_REVERSED: 'closesAt',
  // Inviting someone who has the role, or a link still waiting: the email typed is what to change.
  ROLE_ALREADY_HELD: 'email',
  ROLE_INVITATION_PENDING: 'email',
  // Accepting an invitation with an existing account's password: the password typed is wrong.
  LOGIN_FAILED: 'password',
  JUROR_ROLE_REQUIRED: 'userId',
  CATEGORY_FULL: 'category',
};

/** Each refusal by the field it is about; `general` is what belongs to no field (shown above the form). */
export function useRefusals(error: unknown): { fields: Record<string, string[]>; general: unknown } {
  const { t } = useTranslation();
  const fields = fieldErrors(error);
  const field = error instanceof ApiError && error.code ? FIELD_OF_CODE[error.code] : undefined;
  if (!field) return { fields, general: error };
  return { fields: { ...fields, [field]: [errorText(t, error)] }, general: undefined };
}
