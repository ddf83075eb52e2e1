import th from '../../i18n/th/visas.js';
// The organisers' visa-letter settings, retention date and passport audit trail (namespace "visas").
const en = {
  title: 'Visa letters and passport data',
  letterTitle: 'Visa letters',
  letterHint: 'Who signs the invitation letters, and who bears the costs for each category.',
  signatoryName: 'Signatory’s name',
  signatoryTitle: 'Signatory’s title',
  costsTitle: 'Who bears the costs',
  bears: { delegate: 'The delegate', organiser: 'The organisers', shared: 'Shared: organisers pay accommodation, delegate pays travel' },
  retentionTitle: 'Data retention',
  retentionHint: 'After this day the passport details and the free-text dietary and accessibility notes of every delegate are erased. The counts are kept.',
  retentionDate: 'Erase passport data after',
  erasedOn: 'Erased on {{date}}: {{passports}} passport records and {{needs}} free-text notes.',
  save: 'Save',
  saved: 'Saved.',
  auditTitle: 'Who viewed or exported passport data',
  auditHint: 'Every view, export, letter, download and erasure of passport data, newest first.',
  auditEmpty: 'No one has viewed or exported passport data yet.',
  exportPassport: 'Export the list with passport data (CSV)',
  column: { at: 'When', who: 'Who', action: 'What', delegate: 'Delegate' },
  actor: { delegate: 'The delegate', retention: 'Retention date' },
  action: { view: 'Viewed', export: 'Exported', letter: 'Visa letter', download: 'Downloaded own data', erase: 'Erased' },
};

export type Messages = typeof en;

const vi: Messages = {
  title: 'Thư mời xin thị thực và dữ liệu hộ chiếu',
  letterTitle: 'Thư mời xin thị thực',
  letterHint: 'Người ký thư mời, và bên chi trả chi phí cho từng thành phần tham dự.',
  signatoryName: 'Họ tên người ký',
  signatoryTitle: 'Chức vụ người ký',
  costsTitle: 'Bên chi trả chi phí',
  bears: { delegate: 'Đại biểu', organiser: 'Ban Tổ chức', shared: 'Chia sẻ: Ban Tổ chức chi trả lưu trú, đại biểu chi trả đi lại' },
  retentionTitle: 'Thời hạn lưu giữ dữ liệu',
  retentionHint: 'Sau ngày này, thông tin hộ chiếu và ghi chú về ăn uống, hỗ trợ tiếp cận của mọi đại biểu sẽ bị xóa. Số liệu thống kê được giữ lại.',
  retentionDate: 'Xóa dữ liệu hộ chiếu sau ngày',
  erasedOn: 'Đã xóa ngày {{date}}: {{passports}} hồ sơ hộ chiếu và {{needs}} ghi chú.',
  save: 'Lưu',
  saved: 'Đã lưu.',
  auditTitle: 'Những ai đã xem hoặc xuất dữ liệu hộ chiếu',
  auditHint: 'Mọi lần xem, xuất, cấp thư mời, tải về và xóa dữ liệu hộ chiếu, mới nhất trước.',
  auditEmpty: 'Chưa có ai xem hoặc xuất dữ liệu hộ chiếu.',
  exportPassport: 'Xuất danh sách kèm dữ liệu hộ chiếu (CSV)',
  column: { at: 'Thời điểm', who: 'Người thực hiện', action: 'Thao tác', delegate: 'Đại biểu' },
  actor: { delegate: 'Đại biểu', retention: 'Hết thời hạn lưu giữ' },
  action: { view: 'Xem', export: 'Xuất', letter: 'Thư mời xin thị thực', download: 'Đại biểu tải dữ liệu', erase: 'Xóa' },
};

export default { en, vi, th };
