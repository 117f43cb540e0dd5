import { CATEGORY_IDS } from '../../lib/checker/types';
import { daysBetween } from '../../lib/log/days';
import type { PauseStats } from '../../lib/log/pause-log';
import { PAUSE_OUTCOMES } from '../../lib/log/types';
import { categoryLabel, OUTCOME_LABELS, plural, siteName } from '../common/format';
import { BarChart, type Bar } from './BarChart';

const dayLabel = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });

function dayBars(stats: PauseStats, since: number, until: number): Bar[] {
  return daysBetween(since, until).map((day) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    return { key: day, label: dayLabel.format(new Date(y, m - 1, d)), value: stats.byDay[day] ?? 0 };
  });
}

function busiest(bars: readonly Bar[]): Bar | undefined {
  return [...bars].sort((a, b) => b.value - a.value).find((b) => b.value > 0);
}

export function Charts({ stats, since, until, days }: { stats: PauseStats; since: number; until: number; days: number }) {
  const perDay = dayBars(stats, since, until);
  const categories = CATEGORY_IDS.map((c) => ({ key: c, label: categoryLabel(c), value: stats.byCategory[c] }))
    .filter((b) => b.value > 0)
    .sort((a, b) => b.value - a.value);
  const outcomes = PAUSE_OUTCOMES.map((o) => ({ key: o, label: OUTCOME_LABELS[o], value: stats.byOutcome[o] }));
  const hours = stats.byHour.map((n, h) => ({ key: String(h), label: String(h).padStart(2, '0'), value: n }));
  const sites = Object.entries(stats.bySite)
    .map(([id, n]) => ({ key: id, label: siteName(id), value: n }))
    .sort((a, b) => b.value - a.value);

  const changed = stats.byOutcome.edited + stats.byOutcome['applied-reframe'];
  const topDay = busiest(perDay);
  const topCategory = categories[0];
  const topHour = busiest(hours);
  const topSite = sites[0];

  return (
    <div className="ms-charts">
      <BarChart
        id="per-day"
        title={`Pauses per day, last ${days} days`}
        summary={
          topDay
            ? `${plural(stats.total, 'pause', 'pauses')} in ${days} days; the most on ${topDay.label} (${topDay.value}).`
            : `No pauses in the last ${days} days.`
        }
        bars={perDay}
        layout="columns"
        keyHeader="Day"
        labelEvery={days > 30 ? 14 : 7}
      />
      <BarChart
        id="categories"
        title="What was noticed"
        summary={
          topCategory
            ? `Most often: ${topCategory.label} (${plural(topCategory.value, 'time', 'times')}).`
            : 'Nothing was noticed in this period.'
        }
        bars={categories}
        layout="rows"
        keyHeader="Pattern"
      />
      <BarChart
        id="outcomes"
        title="What you did after pausing"
        summary={
          stats.total
            ? `You changed the message ${changed} of ${stats.total} times and sent it anyway ${stats.byOutcome['sent-anyway']} times.`
            : 'No pauses in this period.'
        }
        bars={outcomes}
        layout="rows"
        keyHeader="Outcome"
      />
      <BarChart
        id="hours"
        title="Time of day"
        summary={topHour ? `Pauses happen most around ${topHour.label}:00.` : 'No pauses in this period.'}
        bars={hours}
        layout="columns"
        keyHeader="Hour"
        labelEvery={3}
      />
      <BarChart
        id="sites"
        title="Where"
        summary={topSite ? `Most pauses were on ${topSite.label} (${topSite.value}).` : 'No pauses in this period.'}
        bars={sites}
        layout="rows"
        keyHeader="Site"
      />
    </div>
  );
}
