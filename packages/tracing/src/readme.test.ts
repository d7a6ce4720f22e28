import { describe, expect, it } from 'vitest';
import { createTraceHeader, encodeTrace, readTrace, synthesizeEvents } from './index.js';

describe('the README example', () => {
  it('writes a binary trace and reads it back, checked', async () => {
    const events = [...synthesizeEvents({ events: 1000, seed: 1 })];
    const bytes = encodeTrace('pmt', createTraceHeader({ profile: 'cpython-3.11' }), events);
    const back = await readTrace(bytes, { check: true });
    expect(back.events.length === events.length).toBe(true);
  });
});
