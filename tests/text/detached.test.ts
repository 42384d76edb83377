import { describe, expect, it } from 'vitest';
import { detached } from '../../src/text/detached.js';

describe('detached', () => {
  it('copies any text exactly: accents, symbols outside the BMP, a lone surrogate', () => {
    const source = 'x'.repeat(40) + ' Tâche «efficace» œuvre ✓ 😀 \uD800 fin';
    const word = source.slice(40);
    expect(detached(word)).toBe(word);
    expect(detached('')).toBe('');
  });
});
