import type { ErrorValues } from '../error-values.js';

/** Words that arrive as data values and are said in the reader's language. */
const errorValues: ErrorValues = {
  state: {
    pending: 'รอการอนุมัติ',
    confirmed: 'ยืนยันแล้ว',
    waitlisted: 'อยู่ในรายชื่อสำรอง',
    offered: 'ได้รับการเสนอที่นั่ง',
    cancelled: 'ยกเลิกแล้ว',
    rejected: 'ไม่ได้รับการอนุมัติ',
    accepted: 'ตอบรับแล้ว',
    declined: 'ปฏิเสธแล้ว',
    revoked: 'ถูกเพิกถอน',
    expired: 'หมดอายุ',
  },
};

export default errorValues;
