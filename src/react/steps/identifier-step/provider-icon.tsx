import { usePartAttributes } from '../../primitives/parts.js';

/** A brand colour and a letter mark per social provider: small, no logo files, no requests. */
const MARKS: Record<string, { mark: string; color: string }> = {
  google: { mark: 'G', color: '#1a73e8' },
  github: { mark: 'GH', color: '#24292f' },
  facebook: { mark: 'f', color: '#1877f2' },
  gitlab: { mark: 'GL', color: '#c2410c' },
  linkedin: { mark: 'in', color: '#0a66c2' },
};

const NEUTRAL = '#4b5563';

export interface ProviderIconProps {
  /** `social_provider` (`google`, …) or `saml`. */
  provider: string;
  /** The name shown beside the icon; its first letter marks providers the kit has no mark for. */
  name: string;
}

/**
 * The icon of a provider button. Decorative (`aria-hidden`): the button's text names the provider.
 * @selector [data-scope="authn"][data-part="provider-icon"][data-state=<provider>]
 */
export function ProviderIcon({ provider, name }: ProviderIconProps) {
  const partAttributes = usePartAttributes();
  const common = {
    'aria-hidden': true,
    focusable: false,
    width: 20,
    height: 20,
    viewBox: '0 0 20 20',
    ...partAttributes('provider-icon', provider),
  } as const;
  if (provider === 'microsoftonline') {
    // Four squares need no letter.
    return (
      <svg {...common}>
        <rect x="1" y="1" width="8.5" height="8.5" fill="#f25022" />
        <rect x="10.5" y="1" width="8.5" height="8.5" fill="#7fba00" />
        <rect x="1" y="10.5" width="8.5" height="8.5" fill="#00a4ef" />
        <rect x="10.5" y="10.5" width="8.5" height="8.5" fill="#ffb900" />
      </svg>
    );
  }
  if (provider === 'saml') {
    // A key: single sign-on with the organisation's own identity provider.
    return (
      <svg {...common}>
        <rect width="20" height="20" rx="4" fill={NEUTRAL} />
        <circle cx="7" cy="10" r="3.25" fill="none" stroke="#fff" strokeWidth="1.75" />
        <path d="M10.25 10h6.25M14.5 10v2.5M16.5 10v2" fill="none" stroke="#fff" strokeWidth="1.75" strokeLinecap="round" />
      </svg>
    );
  }
  const known = MARKS[provider];
  const mark = known?.mark ?? (Array.from(name.trim())[0] ?? '?').toUpperCase();
  return (
    <svg {...common}>
      <rect width="20" height="20" rx="4" fill={known?.color ?? NEUTRAL} />
      <text
        x="10"
        y="14.25"
        textAnchor="middle"
        fill="#fff"
        fontFamily="system-ui, sans-serif"
        fontSize={mark.length > 1 ? 8.5 : 12}
        fontWeight={700}
      >
        {mark}
      </text>
    </svg>
  );
}
