import { describe, expect, it } from 'vitest';
import { shippedCurricula } from '../helpers/curricula.js';

const { result, trainingPlan, teachingPlan } = shippedCurricula();

describe('the shipped curricula', () => {
  it('have no errors', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('hold the whole training plan: 7 domains, 139 particular and 281 evaluation objectives, 148 / 58 / 75 by place', () => {
    const { plan, evaluationObjectives } = trainingPlan;
    expect(plan.domains).toHaveLength(7);
    expect(plan.domains.flatMap((d) => d.competences.flatMap((c) => c.objectives))).toHaveLength(139);
    expect(evaluationObjectives).toHaveLength(281);
    expect(evaluationObjectives.every(({ objective }) => objective.places.length === 1)).toBe(true);
    const byPlace = (place: string) => evaluationObjectives.filter(({ objective }) => objective.places.includes(place as never)).length;
    expect([byPlace('company'), byPlace('ci'), byPlace('school')]).toEqual([148, 58, 75]);
  });

  it('hold the training plan lesson table: 760 + 360 + 140 = 1260 lessons, 540 / 360 / 360 per year', () => {
    const table = trainingPlan.plan.lessonTables.find((t) => t.id === 'lessons')!;
    expect(table.sections[0]!.subtotal).toMatchObject({ total: 760 });
    expect(table.sections[1]!.rows.map((r) => r.total)).toEqual([360, 140]);
    expect(table.total).toMatchObject({ total: 1260, perYear: [540, 360, 360] });
    expect(table.notes.find((n) => n.share)?.share).toEqual({ lessons: 320, of: 600 });
    const optional = trainingPlan.plan.lessonTables.find((t) => t.id === 'optional-courses')!;
    expect(optional.sections[0]!.rows[0]).toMatchObject({ total: 240, perYear: [80, 80, 80] });
  });

  it('hold the teaching plan: 7 modules, 23 learning fields, 366 + 100 = 466 lessons, 7 work situations', () => {
    const { overview } = teachingPlan.plan;
    expect(overview.modules).toHaveLength(7);
    const fields = overview.modules.flatMap((m) => m.learningFields);
    expect(fields).toHaveLength(23);
    expect(fields.reduce((sum, f) => sum + f.lessons.total, 0)).toBe(466);
    expect(overview.total).toEqual({ presence: 366, selfStudy: 100, total: 466 });
    expect(overview.learningDays).toEqual({ presence: 45.75, selfStudy: 12.5, total: 58.25 });
    expect(teachingPlan.workSituations.size).toBe(7);
    expect(teachingPlan.plan.details[0]).toMatchObject({ module: '5', lessons: 92, taughtLessons: 72 });
  });
});
