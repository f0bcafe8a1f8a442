import fc from 'fast-check';
import { vocabularies } from '../domain';
import { countsTowardPlanLimit, explainPlanLimit } from './plan-limits';

const plan = fc.constantFrom(...vocabularies.PracticePlan);
const kind = fc.constantFrom(...vocabularies.StaffKind);
const count = fc.nat({ max: 50 });

describe('explainPlanLimit', () => {
  it('lets a Solo practice have one practitioner besides students', () => {
    expect(
      explainPlanLimit({
        plan: 'SOLO',
        practitionerCountExcludingStudents: 0,
        addingKind: 'THERAPIST',
      }),
    ).toEqual({ allowed: true, reason: { kind: 'WITHIN_LIMIT', limit: 1, countAfter: 1 } });
  });

  it('refuses a second practitioner on Solo+ with PLAN_LIMIT and a message that says what to do', () => {
    expect(
      explainPlanLimit({
        plan: 'SOLO_PLUS',
        practitionerCountExcludingStudents: 1,
        addingKind: 'THERAPIST',
      }),
    ).toEqual({
      allowed: false,
      code: 'PLAN_LIMIT',
      limit: 1,
      message:
        'The Solo+ plan allows 1 practitioner besides student practitioners, and this practice has 1. ' +
        'Upgrade to the Team plan to add another; student practitioners are free on every plan.',
    });
  });

  it('keeps student practitioners free and does not count non-practitioners', () => {
    const full = { plan: 'SOLO' as const, practitionerCountExcludingStudents: 1 };
    expect(explainPlanLimit({ ...full, addingKind: 'STUDENT_THERAPIST' })).toEqual({
      allowed: true,
      reason: { kind: 'NOT_COUNTED', staffKind: 'STUDENT_THERAPIST' },
    });
    expect(explainPlanLimit({ ...full, addingKind: 'ADMIN_STAFF' }).allowed).toBe(true);
    expect(explainPlanLimit({ ...full, addingKind: 'EXTERNAL_AGENT' }).allowed).toBe(true);
  });

  it('never limits the Team plan', () => {
    fc.assert(
      fc.property(count, kind, (practitioners, addingKind) => {
        const decision = explainPlanLimit({
          plan: 'TEAM',
          practitionerCountExcludingStudents: practitioners,
          addingKind,
        });
        expect(decision.allowed).toBe(true);
      }),
    );
  });

  it('on any plan, refuses only a counted practitioner once a limited plan is full', () => {
    fc.assert(
      fc.property(plan, count, kind, (somePlan, practitioners, addingKind) => {
        const decision = explainPlanLimit({
          plan: somePlan,
          practitionerCountExcludingStudents: practitioners,
          addingKind,
        });
        const refused = somePlan !== 'TEAM' && addingKind === 'THERAPIST' && practitioners >= 1;
        expect(decision.allowed).toBe(!refused);
      }),
    );
  });
});

describe('countsTowardPlanLimit', () => {
  it('counts therapists who hold a seat: invited, active or on hold', () => {
    expect(countsTowardPlanLimit({ kind: 'THERAPIST', status: 'INVITED' })).toBe(true);
    expect(countsTowardPlanLimit({ kind: 'THERAPIST', status: 'ACTIVE' })).toBe(true);
    expect(countsTowardPlanLimit({ kind: 'THERAPIST', status: 'ON_HOLD' })).toBe(true);
  });

  it('does not count inactive or removed members, students, admin staff or external agents', () => {
    expect(countsTowardPlanLimit({ kind: 'THERAPIST', status: 'INACTIVE' })).toBe(false);
    expect(countsTowardPlanLimit({ kind: 'THERAPIST', status: 'REMOVED' })).toBe(false);
    expect(countsTowardPlanLimit({ kind: 'STUDENT_THERAPIST', status: 'ACTIVE' })).toBe(false);
    expect(countsTowardPlanLimit({ kind: 'ADMIN_STAFF', status: 'ACTIVE' })).toBe(false);
    expect(countsTowardPlanLimit({ kind: 'EXTERNAL_AGENT', status: 'ACTIVE' })).toBe(false);
  });

  it('a kind that never counts is never refused', () => {
    fc.assert(
      fc.property(plan, count, kind, (somePlan, practitioners, addingKind) => {
        fc.pre(!countsTowardPlanLimit({ kind: addingKind, status: 'ACTIVE' }));
        const decision = explainPlanLimit({
          plan: somePlan,
          practitionerCountExcludingStudents: practitioners,
          addingKind,
        });
        expect(decision.allowed).toBe(true);
      }),
    );
  });
});
