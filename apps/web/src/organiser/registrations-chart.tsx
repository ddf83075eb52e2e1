import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { formatDay } from '../ui/time';

export type DayCount = Schemas['DayCountResponse'];

/** Every calendar day from the first to the last (dates without a zone, so UTC arithmetic is exact). */
function fillDays(perDay: DayCount[]): DayCount[] {
  if (perDay.length === 0) return [];
  const byDay = new Map(perDay.map((day) => [day.key, day.count]));
  const days: DayCount[] = [];
  const last = perDay[perDay.length - 1].key;
  for (let at = new Date(`${perDay[0].key}T00:00:00Z`); days.length < 2000; at.setUTCDate(at.getUTCDate() + 1)) {
    const key = at.toISOString().slice(0, 10);
    days.push({ key, count: byDay.get(key) ?? 0 });
    if (key >= last) break;
  }
  return days;
}

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { top: 16, right: 48, bottom: 36, left: 40 };

/**
 * Registrations per day (bars, left scale) and the running total (line, right scale), as inline SVG.
 * The picture is one image with a summary for screen readers; the same numbers are in a table below it.
 */
export function RegistrationsChart({ perDay }: { perDay: DayCount[] }) {
  const { t, i18n } = useTranslation('organiser');
  const id = useId();
  const days = fillDays(perDay);
  if (days.length === 0) return <p>{t('dashboard.noRegistrations')}</p>;

  const total = days.reduce((sum, day) => sum + day.count, 0);
  const maxDay = Math.max(1, ...days.map((day) => day.count));
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const step = plotWidth / days.length;
  const barWidth = Math.min(48, Math.max(1, step * 0.7));
  const y = (value: number, max: number) => PAD.top + plotHeight - (value / max) * plotHeight;
  let running = 0;
  const cumulative = days.map((day) => (running += day.count));
  const line = cumulative.map((value, index) => `${(PAD.left + step * (index + 0.5)).toFixed(1)},${y(value, Math.max(1, total)).toFixed(1)}`).join(' ');
  const labelEvery = Math.max(1, Math.ceil(days.length / 6));
  const short = (key: string) => formatDay(key, i18n.language, 'short');
  const busiest = days.reduce((best, day) => (day.count > best.count ? day : best), days[0]);

  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="chart-svg">
        <title id={`${id}-title`}>{t('dashboard.chartTitle')}</title>
        <desc id={`${id}-desc`}>
          {t('dashboard.chartSummary', {
            total,
            from: short(days[0].key),
            to: short(days[days.length - 1].key),
            busiest: short(busiest.key),
            busiestCount: busiest.count,
          })}
        </desc>
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={PAD.top + plotHeight} y2={PAD.top + plotHeight} className="chart-axis" />
        <text x={PAD.left - 6} y={PAD.top + 4} textAnchor="end" className="chart-label">
          {maxDay}
        </text>
        <text x={PAD.left - 6} y={PAD.top + plotHeight} textAnchor="end" className="chart-label">
          0
        </text>
        <text x={WIDTH - PAD.right + 6} y={PAD.top + 4} className="chart-label chart-label-total">
          {total}
        </text>
        {days.map((day, index) => (
          <rect
            key={day.key}
            x={PAD.left + step * index + (step - barWidth) / 2}
            y={y(day.count, maxDay)}
            width={barWidth}
            height={PAD.top + plotHeight - y(day.count, maxDay)}
            className="chart-bar"
          />
        ))}
        <polyline points={line} className="chart-line" fill="none" />
        {days.map((day, index) =>
          index % labelEvery === 0 ? (
            <text key={day.key} x={PAD.left + step * (index + 0.5)} y={HEIGHT - 12} textAnchor="middle" className="chart-label">
              {short(day.key)}
            </text>
          ) : null,
        )}
      </svg>
      <figcaption className="chart-legend">
        <span className="legend-bar" aria-hidden="true" /> {t('dashboard.legendDaily')} <span className="legend-line" aria-hidden="true" />{' '}
        {t('dashboard.legendTotal')}
      </figcaption>
      <details>
        <summary>{t('dashboard.chartTable')}</summary>
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t('dashboard.chartTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.day')}</th>
                <th scope="col">{t('dashboard.newRegistrations')}</th>
                <th scope="col">{t('dashboard.runningTotal')}</th>
              </tr>
            </thead>
            <tbody>
              {/* The picture needs the quiet days for its time axis; the table lists only days with registrations. */}
              {days.map((day, index) =>
                day.count === 0 ? null : (
                  <tr key={day.key}>
                    <th scope="row">{formatDay(day.key, i18n.language)}</th>
                    <td>{day.count}</td>
                    <td>{cumulative[index]}</td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
