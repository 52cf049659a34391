import type { PerspectiveMatrix } from './assessment-types.js';
import { dutchScore } from './dutch-format.js';
import { ELEMENT_LABELS } from './plan-elements.js';
import { coordinate, svgText } from './svg-text.js';

export interface HeatmapChartInput {
  matrix: PerspectiveMatrix;
  /** Top-left corner of the cell grid. */
  left: number;
  top: number;
  cellWidth: number;
  cellHeight: number;
  /** Short subtitles under the column headers. */
  columnSubtitles: readonly string[];
}

/** White to dark blue: the sequential scale of the heatmap, for a value between 0 and 1. */
export function heatColour(value: number): string {
  const clamped = Math.max(0, Math.min(1, value));
  const from = [247, 251, 255];
  const to = [8, 48, 107];
  const channel = (index: number): number => Math.round((from[index] ?? 0) + ((to[index] ?? 0) - (from[index] ?? 0)) * Math.pow(clamped, 0.8));
  return `rgb(${channel(0)},${channel(1)},${channel(2)})`;
}

/** Dark text on light cells, white text on dark cells. */
function textColour(value: number): string {
  return value > 0.5 ? '#ffffff' : '#102a43';
}

/**
 * A heatmap of the element × perspective matrix: one row per element, one column per perspective, every cell
 * coloured by its score and labelled with it; rows without a section are grey, rows with too little text are
 * marked with an asterisk. A colour legend runs under the grid.
 */
export function heatmapChartSvg(input: HeatmapChartInput): string {
  const { matrix, left, top, cellWidth, cellHeight } = input;
  const parts: string[] = [];
  matrix.perspectives.forEach((perspective, column) => {
    const x = left + column * cellWidth + cellWidth / 2;
    parts.push(svgText(x, top - 34, perspective, { size: 20, weight: 'bold', anchor: 'middle' }));
    parts.push(svgText(x, top - 14, input.columnSubtitles[column] ?? '', { size: 13, anchor: 'middle', fill: '#52606d' }));
  });
  matrix.elements.forEach((element, row) => {
    const y = top + row * cellHeight;
    const status = matrix.status[row] ?? 'geen sectie';
    const label = `${ELEMENT_LABELS[element]}${status === 'te weinig aanknopingspunten' ? ' *' : ''}`;
    parts.push(svgText(left - 14, y + cellHeight / 2 + 7, label, { size: 18, weight: 'bold', anchor: 'end' }));
    (matrix.scores[row] ?? []).forEach((value, column) => {
      const x = left + column * cellWidth;
      if (status === 'geen sectie') {
        parts.push(`<rect x="${coordinate(x)}" y="${coordinate(y)}" width="${cellWidth}" height="${cellHeight}" fill="#e4e7eb" stroke="#ffffff" stroke-width="3"/>`);
        return;
      }
      parts.push(`<rect x="${coordinate(x)}" y="${coordinate(y)}" width="${cellWidth}" height="${cellHeight}" fill="${heatColour(value)}" stroke="#ffffff" stroke-width="3"/>`);
      parts.push(svgText(x + cellWidth / 2, y + cellHeight / 2 + 7, dutchScore(value), { size: 19, weight: 'bold', anchor: 'middle', fill: textColour(value) }));
    });
    if (status === 'geen sectie') {
      parts.push(svgText(left + (cellWidth * matrix.perspectives.length) / 2, y + cellHeight / 2 + 6, 'geen onderdeel over dit element', { size: 16, anchor: 'middle', fill: '#52606d' }));
    }
  });
  // Legend: a gradient bar from 0 to 1 under the grid.
  const legendTop = top + matrix.elements.length * cellHeight + 30;
  const legendWidth = cellWidth * matrix.perspectives.length;
  const stops = Array.from({ length: 11 }, (_, index) => `<stop offset="${index * 10}%" stop-color="${heatColour(index / 10)}"/>`).join('');
  parts.push(`<defs><linearGradient id="heat-legend" x1="0" x2="1" y1="0" y2="0">${stops}</linearGradient></defs>`);
  parts.push(`<rect x="${left}" y="${legendTop}" width="${legendWidth}" height="16" fill="url(#heat-legend)" stroke="#9aa5b1" stroke-width="1"/>`);
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    const x = left + legendWidth * tick;
    parts.push(`<line x1="${coordinate(x)}" y1="${legendTop + 16}" x2="${coordinate(x)}" y2="${legendTop + 22}" stroke="#52606d" stroke-width="1"/>`);
    parts.push(svgText(x, legendTop + 38, dutchScore(tick), { size: 13, anchor: 'middle', fill: '#52606d' }));
  }
  parts.push(svgText(left - 14, legendTop + 14, 'score', { size: 14, anchor: 'end', fill: '#52606d' }));
  if (matrix.status.includes('te weinig aanknopingspunten')) {
    parts.push(svgText(left + legendWidth, legendTop + 64, '* te weinig aanknopingspunten in de tekst: de scores zijn onzeker', { size: 13, anchor: 'end', fill: '#52606d' }));
  }
  return parts.join('\n');
}
