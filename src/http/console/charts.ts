// Charts drawn on the server as SVG: no script, no CDN, readable offline and in a screenshot.
// A viewBox lets the browser scale them to the phone or desk width; colours come from CSS classes.

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const pct = (v: number) => `${Math.round(v * 100)}%`;
const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1));

export interface BarRow {
  label: string;
  /** One value per series, each 0..1; null: never reported, drawn as "—" with no bar. */
  values: (number | null)[];
  /** Drawn dimmed (e.g. 未报送). */
  muted?: boolean;
  /** Shown instead of the value labels when no value is known (e.g. "未报送"). */
  note?: string;
}

/** Horizontal grouped bars, one group per row: suits long Chinese names on a narrow screen. */
export function barChart(rows: BarRow[], series: string[], title: string): string {
  // Narrow on purpose: scaled up on a desk it stays readable, scaled down on a phone the text is still legible.
  const width = 420;
  const labelW = 76;
  const valueW = 36;
  const barH = 12;
  const gap = 10;
  const legendH = 26;
  const groupH = series.length * barH + gap;
  const plotW = width - labelW - valueW;
  const height = legendH + rows.length * groupH + 18;
  const out: string[] = [];
  out.push(`<svg class="chart bar-chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(title)}" xmlns="http://www.w3.org/2000/svg">`);
  out.push(`<title>${esc(title)}</title>`);
  series.forEach((name, s) => {
    const x = labelW + s * 100;
    out.push(`<rect class="s${s}" x="${x}" y="6" width="12" height="12"/><text class="legend" x="${x + 16}" y="16">${esc(name)}</text>`);
  });
  for (const tick of [0, 0.5, 1]) {
    const x = labelW + tick * plotW;
    out.push(`<line class="grid" x1="${x}" x2="${x}" y1="${legendH}" y2="${height - 16}"/>`);
    out.push(`<text class="axis" x="${x}" y="${height - 4}" text-anchor="middle">${pct(tick)}</text>`);
  }
  rows.forEach((row, i) => {
    const y0 = legendH + i * groupH;
    out.push(`<g class="bar-row${row.muted ? ' muted' : ''}" data-label="${esc(row.label)}">`);
    out.push(`<text class="label" x="${labelW - 6}" y="${y0 + (series.length * barH) / 2 + 4}" text-anchor="end">${esc(row.label)}</text>`);
    const silent = row.note !== undefined && row.values.every((v) => v === null);
    if (silent) out.push(`<text class="note" x="${labelW + 4}" y="${y0 + (series.length * barH) / 2 + 4}">${esc(row.note!)}</text>`);
    row.values.forEach((v, s) => {
      if (v === null) {
        if (!silent) out.push(`<text class="value unknown" x="${labelW + 4}" y="${y0 + s * barH + barH - 2}">—</text>`);
        return;
      }
      const clamped = Math.max(0, Math.min(1, Number.isFinite(v) ? v : 0));
      const y = y0 + s * barH;
      const w = (clamped * plotW).toFixed(1);
      out.push(`<rect class="s${s}" x="${labelW}" y="${y}" width="${w}" height="${barH - 1}" data-value="${clamped.toFixed(4)}"><title>${esc(`${row.label} ${series[s] ?? ''} ${pct(v)}`)}</title></rect>`);
      if (!silent) out.push(`<text class="value" x="${labelW + Number(w) + 4}" y="${y + barH - 2}">${pct(v)}</text>`);
    });
    out.push('</g>');
  });
  out.push('</svg>');
  return out.join('');
}

export interface LinePoint {
  date: string;
  value: number;
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** A round upper bound for the y axis. */
export function niceMax(v: number): number {
  if (v <= 0) return 1;
  const mag = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * mag >= v) return m * mag;
  return 10 * mag;
}

/**
 * One indicator over the campaign: x is the calendar from `from` to `to`, y starts at 0.
 * `target` (e.g. 应换届数) is drawn as a dashed line so the distance to the goal is visible.
 */
export function lineChart(points: LinePoint[], opts: { from: string; to: string; title: string; target?: number }): string {
  const width = 320;
  const height = 150;
  const left = 34;
  const right = 10;
  const top = 12;
  const bottom = 24;
  const span = Math.max(1, daysBetween(opts.from, opts.to));
  const max = niceMax(Math.max(opts.target ?? 0, ...points.map((p) => p.value)));
  const x = (d: string) => left + (daysBetween(opts.from, d) / span) * (width - left - right);
  const y = (v: number) => top + (1 - v / max) * (height - top - bottom);
  const out: string[] = [];
  out.push(`<svg class="chart line-chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(opts.title)}" xmlns="http://www.w3.org/2000/svg">`);
  out.push(`<title>${esc(opts.title)}</title>`);
  for (const v of [0, max / 2, max]) {
    out.push(`<line class="grid" x1="${left}" x2="${width - right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}"/>`);
    out.push(`<text class="axis" x="${left - 4}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${fmt(v)}</text>`);
  }
  out.push(`<text class="axis" x="${left}" y="${height - 6}">${esc(opts.from.slice(5))}</text>`);
  out.push(`<text class="axis" x="${width - right}" y="${height - 6}" text-anchor="end">${esc(opts.to.slice(5))}</text>`);
  if (opts.target !== undefined) {
    out.push(`<line class="target" x1="${left}" x2="${width - right}" y1="${y(opts.target).toFixed(1)}" y2="${y(opts.target).toFixed(1)}"/>`);
  }
  const sorted = [...points].sort((a, b) => a.date.localeCompare(b.date));
  if (sorted.length > 1) {
    out.push(`<polyline class="line" points="${sorted.map((p) => `${x(p.date).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ')}"/>`);
  }
  for (const p of sorted) {
    out.push(`<circle class="dot" cx="${x(p.date).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="3" data-date="${esc(p.date)}" data-value="${p.value}"><title>${esc(`${p.date} ${fmt(p.value)}`)}</title></circle>`);
  }
  out.push('</svg>');
  return out.join('');
}
