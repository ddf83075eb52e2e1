import th from '../../i18n/th/badges.js';

const en = {
  title: 'Badges',
  layout: 'Badge layout',
  intro:
    'Choose how the badges of confirmed delegates print. The name and the event are always on the badge; the delegate’s own badge follows the same layout.',
  size: 'Size',
  sizes: { a6: 'A6 insert (105 × 148 mm)', cr80: 'Card CR80 (85.6 × 54 mm)', '4x3in': 'Card 4 × 3 in (102 × 76 mm)' },
  fields: 'Printed on the badge',
  fieldsHint: 'Besides the name and the event.',
  fieldNames: {
    honorific: 'Title (H.E., Dr, Prof. …) before the name',
    organisation: 'Organisation',
    delegation: 'Delegation',
    country: 'City and country',
    category: 'Category colour band',
    qr: 'QR code for check-in',
    'dietary-icons': 'Dietary icons (V vegetarian, VG vegan, H halal, K kosher, NP no pork, NB no beef, GF gluten-free, LF lactose-free, N nuts, SF seafood)',
  },
  sheet: 'Several badges on each A4 sheet, with crop marks',
  perSheet_one: '{{count}} badge on each A4 sheet.',
  perSheet_other: '{{count}} badges on each A4 sheet.',
  save: 'Save the layout',
  saved: 'Layout saved.',
  print: 'Print the badges of confirmed delegates (PDF)',
};

export type Messages = typeof en;

const vi: Messages = {
  title: 'Thẻ đại biểu',
  layout: 'Mẫu thẻ đại biểu',
  intro: 'Chọn cách in thẻ cho các đại biểu đã xác nhận. Họ tên và tên sự kiện luôn có trên thẻ; thẻ đại biểu tự tải về cũng theo mẫu này.',
  size: 'Khổ thẻ',
  sizes: { a6: 'Khổ A6 (105 × 148 mm)', cr80: 'Thẻ CR80 (85,6 × 54 mm)', '4x3in': 'Thẻ 4 × 3 inch (102 × 76 mm)' },
  fields: 'Nội dung in trên thẻ',
  fieldsHint: 'Ngoài họ tên và tên sự kiện.',
  fieldNames: {
    honorific: 'Danh xưng (H.E., Dr, Prof. …) trước họ tên',
    organisation: 'Cơ quan, tổ chức',
    delegation: 'Đoàn',
    country: 'Thành phố và quốc gia',
    category: 'Dải màu theo loại đại biểu',
    qr: 'Mã QR để điểm danh',
    'dietary-icons':
      'Biểu tượng chế độ ăn (V ăn chay, VG thuần chay, H halal, K kosher, NP không thịt lợn, NB không thịt bò, GF không gluten, LF không lactose, N dị ứng hạt, SF dị ứng hải sản)',
  },
  sheet: 'In nhiều thẻ trên mỗi tờ A4, có dấu cắt',
  perSheet_one: '{{count}} thẻ trên mỗi tờ A4.',
  perSheet_other: '{{count}} thẻ trên mỗi tờ A4.',
  save: 'Lưu mẫu thẻ',
  saved: 'Đã lưu mẫu thẻ.',
  print: 'In thẻ của các đại biểu đã xác nhận (PDF)',
};

export default { en, vi, th };
