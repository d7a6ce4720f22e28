// The conformance suite pymem ships, run on my collector with node's own test runner.
import { describe, it } from 'node:test';
import { collectors, describeCollector } from '@pymem/cycle-collector';
import { createBudgetCollector } from '../src/budgetCollector.js';

describeCollector('budget', createBudgetCollector, { describe, it });

describe('registering my collector', () => {
  it('adds it to the open registry without editing pymem', () => {
    collectors.register('budget', createBudgetCollector, { description: 'budgeted root scan' });
    if (!collectors.names().includes('budget')) throw new Error('not registered');
  });
});
