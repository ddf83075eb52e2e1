import th from './th/error-values.js';

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

export type ErrorValues = typeof valuesEn;

export const errorValues = { en: valuesEn, vi: valuesVi, th };
