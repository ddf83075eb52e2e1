import { QueryClientProvider } from '@tanstack/react-query';
import { type MouseEvent, useEffect, useRef } from 'react';
import { Route } from 'wouter';
import { queryClient } from '../api/query-client';
import { TimetablePage } from './timetable-page';
import './embed.css';

const COLOUR = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** ?accent=#aa3300 and ?theme=dark from the organiser's snippet; anything else is ignored. */
function applyTheme(search: URLSearchParams) {
  const root = document.documentElement;
  const accent = COLOUR.exec(search.get('accent') ?? '');
  if (accent) {
    const hex = accent[1].length === 3 ? [...accent[1]].map((digit) => digit + digit).join('') : accent[1];
    const [r, g, b] = [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
    // Text on the accent stays readable: dark ink on a light accent, white on a dark one.
    const light = 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.5;
    root.style.setProperty('--accent', `#${hex}`);
    root.style.setProperty('--accent-ink', light ? '#1b1f24' : '#ffffff');
  }
  if (search.get('theme') === 'dark') root.classList.add('embed-dark');
  // Every link leaves the frame for a new tab on this site.
  const base = document.createElement('base');
  base.target = '_blank';
  document.head.append(base);
}

/** The public timetable inside an organiser's site: no header or navigation; its height is posted to the page around it. */
export function EmbedApp() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => applyTheme(new URLSearchParams(window.location.search)), []);
  useEffect(() => {
    const element = ref.current;
    if (!element || window.parent === window) return;
    const observer = new ResizeObserver(() => window.parent.postMessage({ type: 'plenary:embed-height', height: element.offsetHeight }, '*'));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  // A link's own in-app navigation would stay in the frame: stop it, so the browser opens the link by <base target>.
  const leaveFrame = (event: MouseEvent) => {
    if (event.target instanceof Element && event.target.closest('a[href]')) event.stopPropagation();
  };
  return (
    <QueryClientProvider client={queryClient}>
      <div ref={ref} className="embed" onClickCapture={leaveFrame}>
        <Route path="/events/:slug/embed">
          <TimetablePage embed />
        </Route>
      </div>
    </QueryClientProvider>
  );
}
