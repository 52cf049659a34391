import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import type { AssessmentMeta, AssessmentResult, Perspective } from './assessment-types.js';
import { heatmapChartSvg } from './heatmap-chart-svg.js';
import { PERSPECTIVES } from './plan-elements.js';
import { radarChartSvg } from './radar-chart-svg.js';
import { svgText, truncate } from './svg-text.js';

/** The committed fonts, so the chart looks the same on every server (no system fonts). */
export const CHART_FONT_FILES: readonly string[] = [
  fileURLToPath(new URL('../../assets/fonts/DejaVuSans.ttf', import.meta.url)),
  fileURLToPath(new URL('../../assets/fonts/DejaVuSans-Bold.ttf', import.meta.url)),
];

export const CHART_WIDTH = 1280;
export const CHART_HEIGHT = 720;
/** The PNG is rendered at this zoom for sharp text. */
export const CHART_ZOOM = 1.5;

const SUBTITLES: Readonly<Record<Perspective, string>> = {
  PA: 'rechtmatige overheid',
  NPM: 'presterende overheid',
  NPG: 'netwerkende overheid',
  SR: 'participerende overheid',
};

/** The chart's title line: large for a short plan title, smaller (and shortened) for a long one, always within the width. */
function headline(title: string): string {
  const full = `Sturingsprofiel: ${title.replace(/\s+/g, ' ').trim()}`;
  if (full.length <= 64) return svgText(40, 50, full, { size: 28, weight: 'bold' });
  return svgText(40, 48, truncate(full, 86), { size: 22, weight: 'bold' });
}

/** The chart as SVG: a radar of the four perspectives for the plan as a whole and a heatmap of the element × perspective matrix. */
export function assessmentChartSvg(result: AssessmentResult, meta: AssessmentMeta): string {
  const profile = result.overall.frameworks.find((candidate) => candidate.id === 'sturingsperspectief');
  const axes = PERSPECTIVES.map((perspective) => ({
    perspective,
    subtitle: SUBTITLES[perspective],
    value: profile?.ranking.find((score) => score.category === perspective)?.score ?? 0,
  }));
  const weak = profile?.status !== 'ok';
  const panelTop = 118;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" font-family="DejaVu Sans">`,
    `<rect x="0" y="0" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" fill="#ffffff"/>`,
    headline(meta.title),
    svgText(40, 80, 'Sturingsperspectieven van Nijdam (2020), offline getypeerd uit de tekst van het plan: een indicatie, geen oordeel.', { size: 15, fill: '#52606d' }),
    `<line x1="40" y1="96" x2="${CHART_WIDTH - 40}" y2="96" stroke="#e4e7eb" stroke-width="2"/>`,
    svgText(40, panelTop + 20, 'Plan als geheel', { size: 20, weight: 'bold' }),
    svgText(40, panelTop + 44, weak ? 'te weinig aanknopingspunten: onzeker (gestippeld)' : 'score per perspectief (0–1)', { size: 14, fill: '#52606d' }),
    radarChartSvg({ centreX: 345, centreY: 430, radius: 165, axes, weak }),
    `<line x1="672" y1="${panelTop}" x2="672" y2="${CHART_HEIGHT - 40}" stroke="#e4e7eb" stroke-width="2"/>`,
    svgText(700, panelTop + 20, 'Per element (Bijlage E)', { size: 20, weight: 'bold' }),
    svgText(700, panelTop + 44, 'score van de onderdelen over dat element; donkerder is sterker', { size: 14, fill: '#52606d' }),
    heatmapChartSvg({
      matrix: result.matrix,
      left: 830,
      top: panelTop + 112,
      cellWidth: 100,
      cellHeight: 68,
      columnSubtitles: PERSPECTIVES.map((perspective) => SUBTITLES[perspective].replace(' overheid', '')),
    }),
    svgText(CHART_WIDTH - 40, CHART_HEIGHT - 16, 'Stuurwijzer · Nijdam (2020) Bijlage E · beslissingen neem je zelf', { size: 12, anchor: 'end', fill: '#9aa5b1' }),
    '</svg>',
  ];
  return parts.join('\n');
}

/** Renders the chart to PNG on the server with resvg and the committed DejaVu fonts. */
export function renderAssessmentChart(result: AssessmentResult, meta: AssessmentMeta): Buffer {
  const svg = assessmentChartSvg(result, meta);
  const resvg = new Resvg(svg, {
    font: { fontFiles: [...CHART_FONT_FILES], loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    fitTo: { mode: 'zoom', value: CHART_ZOOM },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
