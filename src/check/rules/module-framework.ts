import { lessonsOf } from '../../resolve/sums.js';
import type { Rule } from '../rule.js';

export default {
  id: 'module-framework',
  description: "A detailed module agrees with the overview: its lessons equal the module's total, its taught lessons the presence lessons of its learning fields, and each learning field's lessons its overview row.",
  severity: 'error',
  appliesTo: 'teaching-plan',
  run(document, report) {
    for (const detail of document.plan.details) {
      const module = document.modules.get(detail.module);
      if (!module) {
        report({ node: detail, key: 'module', message: `module ${detail.module} is detailed but missing from the overview`, actual: detail.module });
        continue;
      }
      if (detail.lessons !== module.total) {
        report({ node: detail, key: 'lessons', message: `module ${detail.module} declares ${detail.lessons} lessons, the overview gives it ${module.total}`, expected: module.total, actual: detail.lessons });
      }
      const fieldsTotal = lessonsOf(detail.learningFields, 'total');
      if (fieldsTotal !== detail.lessons) {
        report({ node: detail, key: 'lessons', message: `module ${detail.module} declares ${detail.lessons} lessons, its learning fields add up to ${fieldsTotal}`, expected: fieldsTotal, actual: detail.lessons });
      }
      const presence = lessonsOf(detail.learningFields, 'presence');
      if (presence !== detail.taughtLessons) {
        report({ node: detail, key: 'taughtLessons', message: `module ${detail.module} declares ${detail.taughtLessons} taught lessons, its learning fields have ${presence} presence lessons`, expected: presence, actual: detail.taughtLessons });
      }
      for (const field of detail.learningFields) {
        const row = document.overviewFields.get(field.id);
        if (!row || row.module !== module) {
          report({ node: field, key: 'id', message: `learning field ${field.id} is not listed under module ${module.id} in the overview`, actual: field.id });
          continue;
        }
        for (const part of ['presence', 'selfStudy', 'total'] as const) {
          if (row.field.lessons[part] !== field.lessons[part]) {
            report({ node: field.lessons, key: part, message: `learning field ${field.id} declares ${field.lessons[part]} ${part === 'selfStudy' ? 'self-study' : part} lessons, the overview gives ${row.field.lessons[part]}`, expected: row.field.lessons[part], actual: field.lessons[part] });
          }
        }
      }
    }
  },
} satisfies Rule;
