/**
 * The generated admin password, framed so it stands out at the end of start-up rather than scroll
 * away among the lines before it: it is shown this once and nowhere else.
 */
export function adminPasswordNotice(email: string, password: string, publicUrl: string): string {
  const lines = [
    'First start: the platform admin was created with a generated password.',
    '',
    `  Email:    ${email}`,
    `  Password: ${password}`,
    '',
    `Sign in at ${publicUrl}/login. This password is shown once only;`,
    'set ADMIN_PASSWORD on the first start to choose it instead.',
  ];
  const width = Math.max(...lines.map((line) => line.length));
  const rule = '═'.repeat(width + 4);
  return ['', `╔${rule}╗`, ...lines.map((line) => `║  ${line.padEnd(width)}  ║`), `╚${rule}╝`].join('\n');
}
