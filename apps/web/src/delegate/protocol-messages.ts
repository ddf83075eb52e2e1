import th from '../i18n/th/protocol.js';
// Protocol fields, passport details and the delegate's data rights (namespace "protocol").
const en = {
  honorific: 'Title',
  honorificHint: 'How you are addressed on badges and letters',
  noHonorific: '— none —',
  // Each title as the reader's language says it; the stored value stays the English abbreviation.
  honorifics: { he: 'H.E.', hon: 'Hon.', dr: 'Dr', prof: 'Prof.', mr: 'Mr', ms: 'Ms', mrs: 'Mrs', mx: 'Mx' },
  passportTitle: 'Passport details for the visa letter',
  passportHint: 'Exactly as in your passport. Only the organisers and you can see these details; they are erased after the event.',
  passportName: 'Name as in passport',
  nationality: 'Nationality',
  dateOfBirth: 'Date of birth',
  passportNumber: 'Passport number',
  passportExpiry: 'Passport valid until',
  consulate: 'Embassy or consulate the letter is addressed to',
  consulateHint: 'For example: Embassy of the Kingdom of Thailand, Hanoi',
  erasedNotice: 'Your passport details were erased on {{date}}.',
  dataTitle: 'My data',
  dataHint:
    'Download everything held about your registration, or have your passport details and your dietary and accessibility notes erased now. Your registration itself stays.',
  download: 'Download my data (JSON)',
  erase: 'Erase my passport details and notes',
  eraseConfirm: 'Erase your passport details and your dietary and accessibility notes now? A visa letter can no longer be issued afterwards.',
  eraseYes: 'Yes, erase them',
  eraseNo: 'Keep them',
  erased: 'Your passport details and notes have been erased.',
  verifyTitle: 'Visa letter verification',
  verifyGenuine: 'This letter is genuine.',
  verifyName: 'Issued to',
  verifyEvent: 'Event',
  verifyDates: 'Dates',
  verifyUnknown: 'No visa letter has this code. Check the code printed at the foot of the letter.',
  verifyCode: 'Code {{code}}',
};

export type Messages = typeof en;

const vi: Messages = {
  honorific: 'Danh xưng',
  honorificHint: 'Cách xưng hô trên thẻ đại biểu và thư mời',
  noHonorific: '— không —',
  honorifics: { he: 'Ngài', hon: 'Ngài (nghị sĩ)', dr: 'Tiến sĩ', prof: 'Giáo sư', mr: 'Ông', ms: 'Bà', mrs: 'Bà (đã kết hôn)', mx: 'Không nêu giới tính' },
  passportTitle: 'Thông tin hộ chiếu cho thư mời xin thị thực',
  passportHint: 'Ghi đúng như trong hộ chiếu. Chỉ Ban Tổ chức và Quý vị xem được các thông tin này; chúng sẽ được xóa sau sự kiện.',
  passportName: 'Tên ghi trong hộ chiếu',
  nationality: 'Quốc tịch',
  dateOfBirth: 'Ngày sinh',
  passportNumber: 'Số hộ chiếu',
  passportExpiry: 'Hộ chiếu có giá trị đến',
  consulate: 'Đại sứ quán hoặc lãnh sự quán nhận thư',
  consulateHint: 'Ví dụ: Đại sứ quán Vương quốc Thái Lan tại Hà Nội',
  erasedNotice: 'Thông tin hộ chiếu của Quý vị đã được xóa ngày {{date}}.',
  dataTitle: 'Dữ liệu của tôi',
  dataHint:
    'Quý vị có thể tải về toàn bộ dữ liệu đăng ký của mình, hoặc yêu cầu xóa ngay thông tin hộ chiếu và ghi chú về ăn uống, hỗ trợ tiếp cận. Đăng ký của Quý vị vẫn được giữ nguyên.',
  download: 'Tải dữ liệu của tôi (JSON)',
  erase: 'Xóa thông tin hộ chiếu và ghi chú',
  eraseConfirm: 'Quý vị có chắc muốn xóa ngay thông tin hộ chiếu và ghi chú về ăn uống, hỗ trợ tiếp cận? Sau đó sẽ không thể cấp thư mời xin thị thực.',
  eraseYes: 'Có, xóa',
  eraseNo: 'Giữ lại',
  erased: 'Thông tin hộ chiếu và ghi chú của Quý vị đã được xóa.',
  verifyTitle: 'Xác minh thư mời xin thị thực',
  verifyGenuine: 'Thư mời này là thật.',
  verifyName: 'Cấp cho',
  verifyEvent: 'Sự kiện',
  verifyDates: 'Thời gian',
  verifyUnknown: 'Không có thư mời nào mang mã này. Quý vị vui lòng kiểm tra mã in ở cuối thư.',
  verifyCode: 'Mã {{code}}',
};

export default { en, vi, th };
