import type { ReactElement, SVGProps } from 'react';
import { brandOf } from '../../../i18n/provider-brands.js';
import { GENERIC_MARK, MARKS } from './marks.js';

export interface ProviderMarkProps extends SVGProps<SVGSVGElement> {
  /** `social_provider` (`google`, …), `saml`, or any other id: the generic mark. */
  provider: string;
}

/**
 * A provider's mark as an inline SVG: no requests, no fonts, drawn in any colour scheme. A plain
 * function (no hooks), so the icon can call it once its chunk is in.
 */
export function drawProviderMark({ provider, ...rest }: ProviderMarkProps): ReactElement {
  const brand = brandOf(provider);
  const mark = brand === null ? null : MARKS[brand];
  const box = mark?.box ?? 24;
  return (
    <svg {...rest} width="20" height="20" viewBox={`0 0 ${box} ${box}`} data-mark={brand ?? 'generic'}>
      {mark === null ? (
        <path d={GENERIC_MARK} fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" />
      ) : (
        mark.shapes.map(([fill, path]) => <path key={path} fill={fill} d={path} />)
      )}
    </svg>
  );
}
