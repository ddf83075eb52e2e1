// What each of the API's error codes says, with the code's data as {{placeholders}}. Every code in the
// server's table (apps/api/src/http/error-codes.ts) needs a sentence in every language:
// test/error-translations.e2e-spec.ts fails otherwise, and the type below keeps vi in step with en.
// Vietnamese follows the glossary of /work/shared/l10n/vi-review.md (đại biểu, phiên, bài trình bày,
// bài trình chiếu, Ban Tổ chức, kỳ xét giải, thành phần tham dự, điểm danh, Quý vị).
const en = {
  // The request itself
  VALIDATION_FAILED: 'Some fields are not filled in correctly.',
  MALFORMED_JSON: 'The request could not be read.',
  BODY_TOO_LARGE: 'What was sent is too large.',
  UNSUPPORTED_MEDIA_TYPE: 'This kind of content cannot be sent here.',
  ROUTE_NOT_FOUND: 'This address does not exist.',
  METHOD_NOT_ALLOWED: 'This action is not possible here.',
  RATE_LIMITED: 'Too many attempts. Please wait {{retryAfterSeconds}} seconds and try again.',
  INVALID_VALUE: 'A value in the request is not in the expected form.',
  CONSTRAINT_VIOLATED: 'This change breaks a rule of the data and was not saved.',
  BAD_REQUEST: 'The request is not valid.',
  SERVICE_UNAVAILABLE: 'The service is not available at the moment. Please try again shortly.',
  INTERNAL_ERROR: 'Something went wrong on our side. Please try again; if it happens again, tell the organisers.',
  MULTIPART_REQUIRED: 'Choose a file to upload.',
  MULTIPART_UNREADABLE: 'The upload could not be read. Please try again.',
  FILE_MISSING: 'No file was sent. Choose a file and try again.',
  CSV_REQUIRED: 'Send the file as CSV.',
  INVITATION_LINK_INVALID: 'This is not a valid invitation link. Check that you copied the whole link from the email.',
  BIOGRAPHY_INVALID: 'Each biography may have at most 2000 characters.',
  // Events, rooms, tracks
  EVENT_NOT_FOUND: 'This event does not exist.',
  USER_NOT_FOUND: 'This user does not exist.',
  ROOM_NOT_FOUND: 'This room is not one of the event’s rooms.',
  TRACK_NOT_FOUND: 'This track is not one of the event’s tracks.',
  EVENT_SLUG_TAKEN: 'Another event already has this short name (slug).',
  ROOM_NAME_TAKEN: 'This event already has a room with that name.',
  TRACK_NAME_TAKEN: 'This event already has a track with that name.',
  EVENT_DATES_REVERSED: 'The end date must not be before the start date.',
};

const vi: Record<keyof typeof en, string> = {
  VALIDATION_FAILED: 'Một số trường chưa được điền đúng.',
  MALFORMED_JSON: 'Không đọc được yêu cầu.',
  BODY_TOO_LARGE: 'Dữ liệu gửi lên quá lớn.',
  UNSUPPORTED_MEDIA_TYPE: 'Không thể gửi loại nội dung này tại đây.',
  ROUTE_NOT_FOUND: 'Địa chỉ này không tồn tại.',
  METHOD_NOT_ALLOWED: 'Không thể thực hiện thao tác này tại đây.',
  RATE_LIMITED: 'Quý vị đã thử quá nhiều lần. Vui lòng chờ {{retryAfterSeconds}} giây rồi thử lại.',
  INVALID_VALUE: 'Một giá trị trong yêu cầu không đúng định dạng.',
  CONSTRAINT_VIOLATED: 'Thay đổi này vi phạm quy tắc dữ liệu nên chưa được lưu.',
  BAD_REQUEST: 'Yêu cầu không hợp lệ.',
  SERVICE_UNAVAILABLE: 'Dịch vụ tạm thời không khả dụng. Vui lòng thử lại sau ít phút.',
  INTERNAL_ERROR: 'Hệ thống gặp sự cố. Vui lòng thử lại; nếu lỗi vẫn tiếp diễn, xin báo cho Ban Tổ chức.',
  MULTIPART_REQUIRED: 'Vui lòng chọn tệp để tải lên.',
  MULTIPART_UNREADABLE: 'Không đọc được tệp tải lên. Vui lòng thử lại.',
  FILE_MISSING: 'Chưa có tệp nào được gửi. Vui lòng chọn tệp rồi thử lại.',
  CSV_REQUIRED: 'Vui lòng gửi tệp ở định dạng CSV.',
  INVITATION_LINK_INVALID: 'Đường liên kết lời mời không hợp lệ. Vui lòng kiểm tra đã sao chép đầy đủ đường liên kết trong email.',
  BIOGRAPHY_INVALID: 'Mỗi tiểu sử dài tối đa 2000 ký tự.',
  // Events, rooms, tracks
  EVENT_NOT_FOUND: 'Sự kiện này không tồn tại.',
  USER_NOT_FOUND: 'Người dùng này không tồn tại.',
  ROOM_NOT_FOUND: 'Phòng này không thuộc sự kiện.',
  TRACK_NOT_FOUND: 'Chủ đề này không thuộc sự kiện.',
  EVENT_SLUG_TAKEN: 'Đã có sự kiện khác dùng tên rút gọn (slug) này.',
  ROOM_NAME_TAKEN: 'Sự kiện đã có phòng mang tên này.',
  TRACK_NAME_TAKEN: 'Sự kiện đã có chủ đề mang tên này.',
  EVENT_DATES_REVERSED: 'Ngày kết thúc không được trước ngày bắt đầu.',
};

/** Words that arrive as data values (a registration's or invitation's state) and are said in the reader's language. */
const valuesEn = {
  state: {
    pending: 'awaiting approval',
    confirmed: 'confirmed',
    waitlisted: 'on the waiting list',
    offered: 'offered a place',
    cancelled: 'cancelled',
    rejected: 'rejected',
    accepted: 'accepted',
    declined: 'declined',
    revoked: 'withdrawn',
    expired: 'expired',
  },
};
const valuesVi: typeof valuesEn = {
  state: {
    pending: 'đang chờ duyệt',
    confirmed: 'đã xác nhận',
    waitlisted: 'trong danh sách chờ',
    offered: 'được mời nhận chỗ',
    cancelled: 'đã hủy',
    rejected: 'bị từ chối',
    accepted: 'đã nhận lời',
    declined: 'đã từ chối',
    revoked: 'đã bị thu hồi',
    expired: 'đã hết hạn',
  },
};

export const errorValues = { en: valuesEn, vi: valuesVi };
export default { en, vi };
