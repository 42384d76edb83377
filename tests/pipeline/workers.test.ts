import { describe, expect, it } from 'vitest';
import { workersFor } from '../../src/pipeline/project.js';

describe('workersFor', () => {
  it('keeps a few documents in the calling process', () => {
    expect(workersFor(1, 2)).toBe(0);
    expect(workersFor(7, 2)).toBe(0);
  });

  it('starts a second worker only once there are enough documents to win back its warm-up', () => {
    expect(workersFor(8, 2)).toBe(1);
    expect(workersFor(47, 2)).toBe(1);
    expect(workersFor(48, 2)).toBe(2);
  });

  it('never starts more workers than jobs', () => {
    expect(workersFor(1000, 2)).toBe(2);
    expect(workersFor(1000, 1)).toBe(1);
    expect(workersFor(1000, 8)).toBe(8);
    expect(workersFor(100, 8)).toBe(3);
  });
});
