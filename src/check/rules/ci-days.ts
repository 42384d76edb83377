import type { Rule } from '../rule.js';

export default {
  id: 'ci-days',
  description: "A CI course's days agree between its description and its program table, and its hours equal days × hours per day.",
  severity: 'error',
  appliesTo: 'training-plan',
  run(document, report) {
    for (const course of document.plan.interCompanyCourses.courses) {
      if (course.program.days !== undefined && course.program.days !== course.days) {
        report({ node: course.program, key: 'days', message: `${course.title}: the program table gives ${course.program.days} days, the course lasts ${course.days} days`, expected: course.days, actual: course.program.days });
      }
      const hours = course.days * course.hoursPerDay;
      if (course.hours !== undefined && course.hours !== hours) {
        report({ node: course, key: 'hours', message: `${course.title} declares ${course.hours} hours, ${course.days} days × ${course.hoursPerDay} hours = ${hours}`, expected: hours, actual: course.hours });
      }
    }
  },
} satisfies Rule;
