const en = {
  appName: 'Plenary',
  skipToContent: 'Skip to content',
  language: 'Language',
  languageNames: { en: 'English', vi: 'Tiếng Việt' },
  nav: { events: 'Events', speaker: 'My talks', organiser: 'Organise', jury: 'Jury', nominate: 'Nominate a city', signIn: 'Sign in', signOut: 'Sign out' },
  loading: 'Loading…',
  saving: 'Saving…',
  save: 'Save',
  cancel: 'Cancel',
  close: 'Close',
  retry: 'Try again',
  required: 'required',
  notFound: 'This page does not exist.',
  errorTitle: 'Something went wrong',
  networkError: 'The server could not be reached. Check your connection and try again.',
  timeZoneNote: 'Times in {{zone}}',
  signIn: { title: 'Sign in', email: 'Email', password: 'Password', submit: 'Sign in', failed: 'Email or password is wrong.' },
  home: { title: 'Events', empty: 'No events yet.' },
};
type Messages = typeof en;

const vi: Messages = {
  appName: 'Plenary',
  skipToContent: 'Chuyển đến nội dung',
  language: 'Ngôn ngữ',
  languageNames: { en: 'English', vi: 'Tiếng Việt' },
  nav: { events: 'Sự kiện', speaker: 'Bài trình bày của tôi', organiser: 'Tổ chức', jury: 'Ban giám khảo', nominate: 'Đề cử thành phố', signIn: 'Đăng nhập', signOut: 'Đăng xuất' },
  loading: 'Đang tải…',
  saving: 'Đang lưu…',
  save: 'Lưu',
  cancel: 'Hủy',
  close: 'Đóng',
  retry: 'Thử lại',
  required: 'bắt buộc',
  notFound: 'Trang này không tồn tại.',
  errorTitle: 'Đã xảy ra lỗi',
  networkError: 'Không kết nối được máy chủ. Vui lòng kiểm tra kết nối và thử lại.',
  timeZoneNote: 'Giờ theo {{zone}}',
  signIn: { title: 'Đăng nhập', email: 'Email', password: 'Mật khẩu', submit: 'Đăng nhập', failed: 'Email hoặc mật khẩu không đúng.' },
  home: { title: 'Sự kiện', empty: 'Chưa có sự kiện nào.' },
};

export default { en, vi };
