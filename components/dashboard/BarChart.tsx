import { useId, type ReactNode } from 'react';

export interface Bar {
  key: string;
  label: string;
  value: number;
}

export interface BarChartProps {
  /** Used in tests and styles: data-chart on the figure. */
  id: string;
  title: string;
  /** One sentence saying what the chart shows, read out with it. */
  summary: string;
  bars: readonly Bar[];
  /** 'columns' for time (days, hours), 'rows' for named things (categories, sites). */
  layout: 'columns' | 'rows';
  /** Header of the first column of the table alternative. */
  keyHeader: string;
  /** Column charts: label every n-th bar under the axis. */
  labelEvery?: number;
}

const WIDTH = 600;
const COLUMN_HEIGHT = 150;
const AXIS = 20;
const ROW = 28;
const ROW_LABEL = 170;

/**
 * A bar chart drawn as SVG, with a table alternative. The SVG is one image with a name and a
 * description for screen readers; the table underneath carries every number.
 */
export function BarChart({ id, title, summary, bars, layout, keyHeader, labelEvery = 1 }: BarChartProps) {
  const uid = useId();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const titleId = `${uid}-title`;
  const summaryId = `${uid}-summary`;

  let body: ReactNode;
  let height: number;
  if (layout === 'columns') {
    height = COLUMN_HEIGHT + AXIS;
    const slot = WIDTH / Math.max(1, bars.length);
    const barWidth = Math.max(1, slot * 0.75);
    body = bars.map((b, i) => {
      const h = (b.value / max) * COLUMN_HEIGHT;
      const x = i * slot + (slot - barWidth) / 2;
      return (
        <g key={b.key}>
          <rect
            className="ms-bar"
            data-key={b.key}
            data-value={b.value}
            x={x}
            y={COLUMN_HEIGHT - h}
            width={barWidth}
            height={h}
            rx={Math.min(2, barWidth / 4)}
          >
            <title>{`${b.label}: ${b.value}`}</title>
          </rect>
          {i % labelEvery === 0 && (
            <text
              className="ms-axis-label"
              x={i === 0 ? 0 : i === bars.length - 1 ? WIDTH : i * slot + slot / 2}
              y={COLUMN_HEIGHT + AXIS - 4}
              textAnchor={i === 0 ? 'start' : i === bars.length - 1 ? 'end' : 'middle'}
            >
              {b.label}
            </text>
          )}
        </g>
      );
    });
  } else {
    height = Math.max(1, bars.length) * ROW;
    const room = WIDTH - ROW_LABEL - 40;
    body = bars.map((b, i) => {
      const w = (b.value / max) * room;
      return (
        <g key={b.key} transform={`translate(0 ${i * ROW})`}>
          <text className="ms-axis-label" x={ROW_LABEL - 8} y={ROW / 2 + 4} textAnchor="end">
            {b.label}
          </text>
          <rect className="ms-bar" data-key={b.key} data-value={b.value} x={ROW_LABEL} y={3} width={w} height={ROW - 6} rx={2}>
            <title>{`${b.label}: ${b.value}`}</title>
          </rect>
          <text className="ms-axis-label" x={ROW_LABEL + w + 6} y={ROW / 2 + 4}>
            {b.value}
          </text>
        </g>
      );
    });
  }

  return (
    <figure className="ms-chart" data-chart={id} aria-labelledby={titleId}>
      <figcaption>
        <h3 id={titleId}>{title}</h3>
        <p className="ms-hint" id={summaryId}>
          {summary}
        </p>
      </figcaption>
      <svg
        role="img"
        aria-labelledby={titleId}
        aria-describedby={summaryId}
        viewBox={`0 0 ${WIDTH} ${height}`}
        preserveAspectRatio="xMinYMin meet"
        width="100%"
      >
        {body}
      </svg>
      <details>
        <summary>Show as a table</summary>
        <table className="ms-table">
          <caption className="ms-visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{keyHeader}</th>
              <th scope="col">Pauses</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.key} data-key={b.key}>
                <th scope="row">{b.label}</th>
                <td>{b.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
