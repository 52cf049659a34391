import type { Perspective } from './assessment-types.js';
import { dutchScore } from './dutch-format.js';
import { coordinate, svgText } from './svg-text.js';

export interface RadarChartInput {
  /** Centre and radius of the chart in the surrounding SVG. */
  centreX: number;
  centreY: number;
  radius: number;
  axes: ReadonlyArray<{ perspective: Perspective; subtitle: string; value: number }>;
  /** Drawn dashed and with a note when the classification had too little to go on. */
  weak: boolean;
}

const RINGS = [0.25, 0.5, 0.75, 1];
const RING_LABELS: Readonly<Record<number, string>> = { 0.25: '0,25', 0.5: '0,5', 0.75: '0,75', 1: '1' };

/** Angle of axis `index` of `count`, starting at the top and going clockwise. */
function angle(index: number, count: number): number {
  return -Math.PI / 2 + (2 * Math.PI * index) / count;
}

function point(input: RadarChartInput, index: number, value: number): [number, number] {
  const theta = angle(index, input.axes.length);
  return [input.centreX + Math.cos(theta) * input.radius * value, input.centreY + Math.sin(theta) * input.radius * value];
}

/** A radar (spider) chart of the four perspectives, with rings, labelled axes and the value at every point. */
export function radarChartSvg(input: RadarChartInput): string {
  const parts: string[] = [];
  const count = input.axes.length;
  for (const ring of RINGS) {
    const corners = input.axes.map((_, index) => point(input, index, ring).map(coordinate).join(',')).join(' ');
    parts.push(`<polygon points="${corners}" fill="${ring === 1 ? '#f8fafc' : 'none'}" stroke="#cbd2d9" stroke-width="1"/>`);
  }
  input.axes.forEach((_, index) => {
    const [x, y] = point(input, index, 1);
    parts.push(`<line x1="${coordinate(input.centreX)}" y1="${coordinate(input.centreY)}" x2="${coordinate(x)}" y2="${coordinate(y)}" stroke="#9aa5b1" stroke-width="1"/>`);
  });
  // Ring values along the first axis (upwards), to the left of it; the values of the plan go to the right.
  for (const ring of RINGS) {
    const [x, y] = point(input, 0, ring);
    parts.push(svgText(x - 10, y + 5, RING_LABELS[ring] ?? String(ring), { size: 13, anchor: 'end', fill: '#7b8794' }));
  }
  const polygon = input.axes.map((axis, index) => point(input, index, Math.max(0, Math.min(1, axis.value))).map(coordinate).join(',')).join(' ');
  parts.push(
    `<polygon points="${polygon}" fill="#2563eb" fill-opacity="0.28" stroke="#1d4ed8" stroke-width="3"${input.weak ? ' stroke-dasharray="8 6"' : ''}/>`,
  );
  input.axes.forEach((axis, index) => {
    const value = Math.max(0, Math.min(1, axis.value));
    const [x, y] = point(input, index, value);
    parts.push(`<circle cx="${coordinate(x)}" cy="${coordinate(y)}" r="5" fill="#1d4ed8"/>`);
    // The value next to its point, pushed outwards so it does not sit on the polygon's edge.
    const theta = angle(index, count);
    const labelX = x + Math.cos(theta) * 14 + (Math.abs(Math.cos(theta)) < 0.1 ? 26 : 0);
    const labelY = y + Math.sin(theta) * 14 + 5 + (Math.abs(Math.sin(theta)) < 0.1 ? -12 : 0);
    const anchor = Math.cos(theta) > 0.1 ? 'start' : Math.cos(theta) < -0.1 ? 'end' : 'start';
    parts.push(svgText(labelX, labelY, dutchScore(axis.value), { size: 16, weight: 'bold', anchor, fill: '#1e3a8a' }));
    // The axis label outside the outer ring.
    const [outerX, outerY] = point(input, index, 1);
    const offsetX = Math.cos(theta) * 24;
    const offsetY = Math.sin(theta) * 24;
    const labelAnchor = Math.cos(theta) > 0.1 ? 'start' : Math.cos(theta) < -0.1 ? 'end' : 'middle';
    const side = Math.abs(Math.sin(theta)) < 0.1;
    // Left and right of the chart the subtitle is broken over two lines, so it stays inside the panel.
    const subtitleLines = side ? axis.subtitle.split(' ') : [axis.subtitle];
    const baseY = Math.sin(theta) < -0.1 ? outerY + offsetY - 22 : Math.sin(theta) > 0.1 ? outerY + offsetY + 16 : outerY - 14;
    parts.push(svgText(outerX + offsetX, baseY, axis.perspective, { size: 20, weight: 'bold', anchor: labelAnchor }));
    subtitleLines.forEach((line, lineIndex) => {
      parts.push(svgText(outerX + offsetX, baseY + 20 + lineIndex * 17, line, { size: 14, anchor: labelAnchor, fill: '#52606d' }));
    });
  });
  return parts.join('\n');
}
