import type { LessonSplit } from '../../validate/schema/teaching-plan.js';
import type { Rule } from '../rule.js';

export default {
  id: 'lesson-split',
  description: 'Every lesson count adds up: presence + self-study = total, per learning field and overall.',
  severity: 'error',
  appliesTo: 'teaching-plan',
  run(document, report) {
    const check = (what: string, lessons: LessonSplit) => {
      const computed = lessons.presence + lessons.selfStudy;
      if (computed !== lessons.total) {
        report({
          node: lessons,
          key: 'total',
          message: `${what} declares ${lessons.total}, presence ${lessons.presence} + self-study ${lessons.selfStudy} = ${computed}`,
          expected: computed,
          actual: lessons.total,
        });
      }
    };
    for (const module of document.plan.overview.modules) {
      for (const field of module.learningFields) check(`overview: learning field ${field.id}`, field.lessons);
    }
    check('overview: total lessons', document.plan.overview.total);
    if (document.plan.overview.learningDays) check('overview: learning days', document.plan.overview.learningDays);
    for (const detail of document.plan.details) {
      for (const field of detail.learningFields) check(`learning field ${field.id}`, field.lessons);
    }
  },
} satisfies Rule;
