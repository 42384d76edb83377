import { sectionSums, sum } from '../../resolve/sums.js';
import type { LessonRow, LessonTable } from '../../validate/schema/training-plan.js';
import type { Report, Rule } from '../rule.js';

/** Reports a row whose total or year columns differ from the rows it sums. */
function checkSumRow(table: LessonTable, row: LessonRow, parts: readonly LessonRow[], report: Report): void {
  const total = sum(parts.map((p) => p.total));
  if (row.total !== total) {
    report({
      node: row,
      key: 'total',
      message: `lesson table "${table.title}": row "${row.title}" declares ${row.total} lessons, its ${parts.length} rows add up to ${total}`,
      expected: total,
      actual: row.total,
    });
  }
  table.yearHeadings.forEach((heading, year) => {
    const column = sum(parts.map((p) => p.perYear[year] ?? 0));
    const declared = row.perYear[year] ?? 0;
    if (declared !== column) {
      report({
        node: row.perYear,
        key: year,
        message: `lesson table "${table.title}": row "${row.title}", column "${heading}" declares ${declared}, its rows add up to ${column}`,
        expected: column,
        actual: declared,
      });
    }
  });
}

/** Reports a row whose years do not add up to its total. */
function checkYears(table: LessonTable, row: LessonRow, report: Report): void {
  const years = sum(row.perYear);
  if (years !== row.total) {
    report({
      node: row,
      key: 'total',
      message: `lesson table "${table.title}": row "${row.title}" declares ${row.total} lessons, its years add up to ${years}`,
      expected: years,
      actual: row.total,
    });
  }
}

export default {
  id: 'lesson-table-sum',
  description: 'Lesson tables add up: each row over the years, each subtotal over its rows, the total over all sections, and a note\'s share over the rows it marks.',
  severity: 'error',
  appliesTo: 'training-plan',
  run(document, report) {
    for (const table of document.plan.lessonTables) {
      const rowsOf = (section: LessonTable['sections'][number]) => (section.subtotal ? [...section.rows, section.subtotal] : section.rows);
      for (const row of [...table.sections.flatMap(rowsOf), ...(table.total ? [table.total] : [])]) {
        if (row.perYear.length !== table.yearHeadings.length) {
          report({
            node: row,
            key: 'perYear',
            message: `lesson table "${table.title}": row "${row.title}" has ${row.perYear.length} year columns, the table has ${table.yearHeadings.length}`,
            expected: table.yearHeadings.length,
            actual: row.perYear.length,
          });
        }
      }
      for (const section of table.sections) {
        for (const row of rowsOf(section)) checkYears(table, row, report);
        if (section.subtotal) checkSumRow(table, section.subtotal, section.rows, report);
      }
      if (table.total) {
        checkYears(table, table.total, report);
        checkSumRow(table, table.total, sectionSums(table), report);
      }
      for (const note of table.notes) {
        if (!note.share || !note.mark) continue;
        const marked = table.sections.flatMap((s) => s.rows).filter((row) => row.mark === note.mark);
        const markedTotal = sum(marked.map((row) => row.total));
        if (markedTotal !== note.share.of) {
          report({
            node: note.share,
            key: 'of',
            message: `lesson table "${table.title}": note ${note.mark} speaks of ${note.share.lessons} of ${note.share.of} lessons, the rows it marks add up to ${markedTotal}`,
            expected: markedTotal,
            actual: note.share.of,
          });
        }
        if (note.share.lessons > note.share.of) {
          report({ node: note.share, key: 'lessons', message: `lesson table "${table.title}": note ${note.mark} reserves ${note.share.lessons} lessons out of only ${note.share.of}`, expected: `at most ${note.share.of}`, actual: note.share.lessons });
        }
      }
    }
  },
} satisfies Rule;
