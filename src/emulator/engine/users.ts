/** Emails are matched case-insensitively, and stored the way they are matched. */
export function normalizeEmail(email: string): string {
  return email.toLowerCase();
}
