/** A worker of the read cache: reads the files it takes from the shared list and stores each (cache.ts). */
import { workerData } from 'node:worker_threads';
import { readJobs, type ReadJobs } from './cache.ts';

readJobs(workerData as ReadJobs);
