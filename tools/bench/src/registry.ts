// The benchmarks `npm run bench` knows. Add one by appending it here.
import type { Benchmark } from './harness.js';
import { busBench } from './busBench.js';
import { deallocBench } from './deallocBench.js';
import { traceBench } from './traceBench.js';
import { poolBench } from './poolBench.js';
import { gcBench } from './gcBench.js';
import { pythonBench } from './pythonBench.js';
import { recorderBench } from './recorderBench.js';

export const benchmarks: Benchmark[] = [busBench, traceBench, deallocBench, poolBench, gcBench, pythonBench, recorderBench];
