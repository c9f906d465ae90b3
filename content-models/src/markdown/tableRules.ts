/**
 * Turndown rules that turn pasted tables (Word and LibreOffice reports are
 * full of them) into GFM pipe tables, which {@link renderMarkdown} renders.
 * The first row becomes the header row: GFM tables must have one. Merged
 * cells (colspan) are padded so every row has the same number of columns.
 */
import type TurndownService from 'turndown';

type Rule = TurndownService.Rule;

function owningTable(node: Element): Element | undefined {
  for (let p = node.parentElement; p; p = p.parentElement) if (p.nodeName === 'TABLE') return p;
  return undefined;
}

/** The rows of a table, not those of tables nested in its cells. */
function rowsOf(table: Element): Element[] {
  return Array.from(table.getElementsByTagName('tr')).filter((tr) => owningTable(tr) === table);
}

function cellsOf(row: Element): Element[] {
  return Array.from(row.children).filter((c) => c.nodeName === 'TD' || c.nodeName === 'TH');
}

function span(cell: Element): number {
  const n = Number(cell.getAttribute('colspan') ?? '1');
  return Number.isInteger(n) && n > 1 ? Math.min(n, 50) : 1;
}

const width = (row: Element): number => cellsOf(row).reduce((sum, cell) => sum + span(cell), 0);

/** One cell: its text on one line, pipes escaped, plus empty cells for the columns it spans. */
export const tableCell: Rule = {
  filter: ['th', 'td'],
  replacement: (content, node) => {
    const text = content.replace(/\\\n/g, ' ').replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
    return ` ${text} |` + ' |'.repeat(span(node as Element) - 1);
  },
};

/** One row on one line; after the first row, the header separator. */
export const tableRow: Rule = {
  filter: 'tr',
  replacement: (content, node) => {
    const row = node as Element;
    const table = owningTable(row);
    const rows = table ? rowsOf(table) : [row];
    const columns = Math.max(1, ...rows.map(width));
    const line = `|${content.replace(/\n/g, ' ')}${' |'.repeat(Math.max(0, columns - width(row)))}`;
    const separator = rows[0] === row ? `\n|${' --- |'.repeat(columns)}` : '';
    return `\n${line}${separator}\n`;
  },
};

/** thead/tbody/tfoot add nothing of their own (no blank lines between rows). */
export const tableSection: Rule = {
  filter: ['thead', 'tbody', 'tfoot'],
  replacement: (content) => content,
};

/** The table as a block; its caption, if any, as a paragraph before it. */
export const table: Rule = {
  filter: 'table',
  replacement: (content) => `\n\n${content.replace(/^\n+|\n+$/g, '')}\n\n`,
};

/** Captions are pulled out of the table so they do not break the pipe rows. */
export const tableCaption: Rule = {
  filter: 'caption',
  replacement: (content) => `\n\n${content.trim()}\n\n`,
};
