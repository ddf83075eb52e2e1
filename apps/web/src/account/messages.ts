const en = {
  forgot: {
    title: 'Forgot your password?',
    intro: 'Enter the email address of your account. We will send you a link to choose a new password.',
    email: 'Email',
    submit: 'Send the link',
    sent: 'If an account exists for {{email}}, a link to choose a new password is on its way. It works once, for one hour. If it does not arrive, look in your spam folder.',
    back: 'Back to sign in',
  },
  reset: {
    title: 'Choose a new password',
    password: 'New password',
    repeat: 'Repeat the new password',
    hint: '8 to 128 characters.',
    mismatch: 'The two passwords are not the same.',
    submit: 'Save the new password',
    noToken: 'This page opens from the link in the password reset email.',
    askAgain: 'Ask for a new link',
  },
  account: {
    title: 'My account',
    signInText: 'Sign in to manage your account.',
    signIn: 'Sign in',
    signedInAs: 'Signed in as {{name}} ({{email}}).',
    change: {
      title: 'Change password',
      current: 'Current password',
      next: 'New password',
      repeat: 'Repeat the new password',
      submit: 'Change password',
      done: 'Your password has been changed. You are still signed in here; every other device has been signed out.',
    },
    everywhere: {
      title: 'Sign out everywhere',
      text: 'Signs you out on every device and browser, this one included. Use it if you signed in on a shared computer or lost a device.',
      submit: 'Sign out everywhere',
    },
  },
  unsubscribe: {
    title: 'Stop these messages',
    ask: 'Stop sending {{what}} from {{event}} to {{email}}?',
    askNoEvent: 'Stop sending {{what}} to {{email}}?',
    confirm: 'Stop these messages',
    done: 'Done: {{email}} will no longer receive {{what}} from {{event}}. Messages about your registration, role or account still arrive.',
    doneNoEvent: 'Done: {{email}} will no longer receive {{what}}. Messages about your registration, role or account still arrive.',
    kinds: {
      'event-reminder': 'reminders before the event',
      'organiser-reminder': 'the organisers’ reminders',
      'organiser-message': 'the organisers’ messages',
      other: 'messages of this kind',
    },
  },
};
type Messages = typeof en;

const vi: Messages = {
  forgot: {
    title: 'Quên mật khẩu?',
    intro: 'Quý vị vui lòng nhập địa chỉ email của tài khoản. Chúng tôi sẽ gửi đường liên kết để Quý vị đặt mật khẩu mới.',
    email: 'Email',
    submit: 'Gửi đường liên kết',
    sent: 'Nếu có tài khoản dùng email {{email}}, đường liên kết đặt mật khẩu mới đang được gửi đến. Đường liên kết chỉ dùng được một lần, trong vòng một giờ. Nếu không nhận được thư, Quý vị vui lòng kiểm tra thư mục thư rác.',
    back: 'Quay lại trang đăng nhập',
  },
  reset: {
    title: 'Đặt mật khẩu mới',
    password: 'Mật khẩu mới',
    repeat: 'Nhập lại mật khẩu mới',
    hint: 'Từ 8 đến 128 ký tự.',
    mismatch: 'Hai mật khẩu không giống nhau.',
    submit: 'Lưu mật khẩu mới',
    noToken: 'Trang này được mở từ đường liên kết trong thư đặt lại mật khẩu.',
    askAgain: 'Yêu cầu đường liên kết mới',
  },
  account: {
    title: 'Tài khoản của tôi',
    signInText: 'Quý vị vui lòng đăng nhập để quản lý tài khoản.',
    signIn: 'Đăng nhập',
    signedInAs: 'Đang đăng nhập với tên {{name}} ({{email}}).',
    change: {
      title: 'Đổi mật khẩu',
      current: 'Mật khẩu hiện tại',
      next: 'Mật khẩu mới',
      repeat: 'Nhập lại mật khẩu mới',
      submit: 'Đổi mật khẩu',
      done: 'Mật khẩu của Quý vị đã được thay đổi. Quý vị vẫn đăng nhập trên thiết bị này; mọi thiết bị khác đã được đăng xuất.',
    },
    everywhere: {
      title: 'Đăng xuất trên mọi thiết bị',
      text: 'Đăng xuất Quý vị trên mọi thiết bị và trình duyệt, kể cả thiết bị này. Nên dùng khi Quý vị đã đăng nhập trên máy tính dùng chung hoặc bị mất thiết bị.',
      submit: 'Đăng xuất trên mọi thiết bị',
    },
  },
  unsubscribe: {
    title: 'Ngừng nhận các thư này',
    ask: 'Ngừng gửi {{what}} của {{event}} đến {{email}}?',
    askNoEvent: 'Ngừng gửi {{what}} đến {{email}}?',
    confirm: 'Ngừng nhận các thư này',
    done: 'Đã xong: {{email}} sẽ không nhận {{what}} của {{event}} nữa. Quý vị vẫn nhận được các thư về đăng ký, vai trò hoặc tài khoản của Quý vị.',
    doneNoEvent: 'Đã xong: {{email}} sẽ không nhận {{what}} nữa. Quý vị vẫn nhận được các thư về đăng ký, vai trò hoặc tài khoản của Quý vị.',
    kinds: {
      'event-reminder': 'thư nhắc trước sự kiện',
      'organiser-reminder': 'thư nhắc của Ban Tổ chức',
      'organiser-message': 'thư của Ban Tổ chức',
      other: 'loại thư này',
    },
  },
};

export default { en, vi };
