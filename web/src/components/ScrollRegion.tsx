import type { ReactNode } from 'react';

/**
 * A horizontally scrollable region for wide tables on narrow screens: the page itself never scrolls
 * sideways, and keyboard users can focus the region and scroll it with the arrow keys.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="tb-scroll-region" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
