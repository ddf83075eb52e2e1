import th from '../../i18n/th/catering.js';

const en = {
  title: 'Catering',
  meals: 'Meals and counts',
  intro:
    'For each meal, the confirmed delegates by the dietary needs they ticked on the form; someone with two needs counts on both lines, once in the total. “Other” counts those who also wrote needs in their own words: read them in the registrations. “Checked in” counts those who have arrived on that day. Send the counts to the caterer.',
  none: 'No meal yet. Add the meals you serve below.',
  need: 'Dietary need',
  noSpecialNeeds: 'No special needs',
  other: 'Other (see registrations)',
  accessibility: 'Accessibility needs',
  accessibilityIntro: 'Confirmed delegates by the accessibility needs they ticked, for the venue and the interpreters.',
  accessibilityNeed: 'Need',
  confirmed: 'Confirmed',
  checkedIn: 'Checked in that day',
  total: 'Total',
  remove: 'Remove',
  removeConfirm: 'Remove the meal “{{meal}}”?',
  download: 'Download the counts (CSV)',
  downloadAccessibility: 'Download the accessibility counts (CSV)',
  newMeal: 'Add a meal',
  day: 'Day',
  meal: 'Meal',
  venue: 'Venue (optional)',
  add: 'Add the meal',
  kind: { breakfast: 'Breakfast', coffee: 'Coffee break', lunch: 'Lunch', dinner: 'Dinner', reception: 'Reception' },
};

export type Messages = typeof en;

const vi: Messages = {
  title: 'Ăn uống',
  meals: 'Các bữa ăn và số suất',
  intro:
    'Với mỗi bữa, số đại biểu đã xác nhận theo chế độ ăn họ đánh dấu trong phiếu đăng ký; đại biểu có hai yêu cầu được tính ở cả hai dòng nhưng chỉ một lần trong tổng số. Dòng “Khác” đếm những người ghi thêm yêu cầu riêng: xem chi tiết trong danh sách đăng ký. Cột “đã điểm danh” đếm những người đã có mặt trong ngày đó. Gửi các con số này cho đơn vị phục vụ ăn uống.',
  none: 'Chưa có bữa ăn nào. Hãy thêm các bữa ăn ở bên dưới.',
  need: 'Chế độ ăn đặc biệt',
  noSpecialNeeds: 'Không có yêu cầu đặc biệt',
  other: 'Khác (xem danh sách đăng ký)',
  accessibility: 'Nhu cầu hỗ trợ tiếp cận',
  accessibilityIntro: 'Số đại biểu đã xác nhận theo nhu cầu hỗ trợ tiếp cận họ đánh dấu, để chuẩn bị hội trường và phiên dịch.',
  accessibilityNeed: 'Nhu cầu',
  confirmed: 'Đã xác nhận',
  checkedIn: 'Đã điểm danh trong ngày',
  total: 'Tổng cộng',
  remove: 'Xóa',
  removeConfirm: 'Xóa bữa ăn “{{meal}}”?',
  download: 'Tải số suất ăn (CSV)',
  downloadAccessibility: 'Tải số đại biểu theo nhu cầu hỗ trợ tiếp cận (CSV)',
  newMeal: 'Thêm bữa ăn',
  day: 'Ngày',
  meal: 'Bữa ăn',
  venue: 'Địa điểm (không bắt buộc)',
  add: 'Thêm bữa ăn',
  kind: { breakfast: 'Bữa sáng', coffee: 'Giải lao', lunch: 'Bữa trưa', dinner: 'Bữa tối', reception: 'Tiệc chiêu đãi' },
};

export default { en, vi, th };
