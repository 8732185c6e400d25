// -f ndjson: one JSON object per exchange, written as each finishes (in input order), then one summary line.
// Each exchange line is the JSON report's entry for it, with `"type": "exchange"`; the last line is
// `{"type": "summary", schemaVersion, tool, summary}`. Pure: the CLI writes the lines as they come.
import type { Formatter, ReportContext, RunTotals, StreamingFormatter } from './format';
import { totalsOf } from './format';
import { SCHEMA_VERSION, inspectionEntries, proxyJson, summaryJson } from './json';

export const ndjsonStream: StreamingFormatter = {
  inspection(inspection, position, context) {
    return inspectionEntries(inspection, position.index, position.exchangesBefore, context)
      .map((entry) => `${JSON.stringify({ type: 'exchange', ...entry })}\n`)
      .join('');
  },
  end(totals: RunTotals, context: ReportContext) {
    const summary = { type: 'summary', schemaVersion: SCHEMA_VERSION, tool: context.tool, summary: summaryJson(totals, context.known !== undefined) };
    return `${JSON.stringify({ ...summary, ...proxyJson(context) })}\n`;
  },
};

export const renderNdjson: Formatter = (inspections, context) => {
  let before = 0;
  const lines = inspections.map((inspection, index) => {
    const text = ndjsonStream.inspection(inspection, { index, exchangesBefore: before }, context);
    before += inspection.exchanges.length;
    return text;
  });
  return `${lines.join('')}${ndjsonStream.end(totalsOf(inspections, context), context)}`;
};
