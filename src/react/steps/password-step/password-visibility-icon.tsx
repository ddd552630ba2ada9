/**
 * The show/hide toggle's icon: an eye while the password is hidden (what pressing does), the same
 * eye struck through while it shows. Drawn in `currentColor`, so it follows the theme and forced
 * colours; decorative, as the button's name says what it does.
 */
export function PasswordVisibilityIcon({ visible }: { visible: boolean }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M2 12c2.5-4.7 5.8-7 10-7s7.5 2.3 10 7c-2.5 4.7-5.8 7-10 7s-7.5-2.3-10-7z" />
      <circle cx="12" cy="12" r="3" />
      {visible ? <path d="M4 4l16 16" /> : null}
    </svg>
  );
}
