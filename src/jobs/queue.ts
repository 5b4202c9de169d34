import { randomUUID } from "node:crypto";

/**
 * The analysis queue: jobs go in, their status comes out. This one runs in the process with a bounded
 * number of jobs at a time (a video job already uses every core); a PostgreSQL-backed queue with the
 * same interface comes with running several servers.
 */

export type JobState = "queued" | "running" | "done" | "failed";

export interface JobStatus<O> {
  id: string;
  /** Who may see the job (the athlete it was submitted for). */
  owner: string;
  state: JobState;
  /** 0–1. */
  progress: number;
  result?: O;
  error?: unknown;
  submittedAt: string;
  finishedAt?: string;
}

export type JobRunner<I, O> = (input: I, onProgress: (fraction: number) => void) => Promise<O>;

export interface JobQueue<I, O> {
  /** Adds a job; throws QueueFullError when too many wait already. */
  submit(owner: string, input: I): JobStatus<O>;
  status(id: string): JobStatus<O> | undefined;
  /** Waits for running jobs to finish and stops taking new ones. */
  close(): Promise<void>;
}

export class QueueFullError extends Error {
  override name = "QueueFullError";
}

export interface QueueOptions {
  /** Jobs run at once. */
  concurrency: number;
  /** Jobs waiting beyond the running ones before submit refuses. */
  maxWaiting: number;
  /** How long a finished job's status is kept (ms). */
  keepFinishedMs: number;
  now?: () => Date;
}

export class InProcessQueue<I, O> implements JobQueue<I, O> {
  private readonly jobs = new Map<string, JobStatus<O>>();
  private readonly waiting: { id: string; input: I }[] = [];
  private readonly running = new Set<Promise<void>>();
  private closed = false;

  constructor(
    private readonly run: JobRunner<I, O>,
    private readonly options: QueueOptions,
  ) {}

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  submit(owner: string, input: I): JobStatus<O> {
    if (this.closed) throw new QueueFullError("the server is shutting down");
    this.forgetOld();
    if (this.waiting.length >= this.options.maxWaiting) {
      throw new QueueFullError(
        `${this.waiting.length} analyses are already waiting; try again in a few minutes`,
      );
    }
    const job: JobStatus<O> = {
      id: randomUUID(),
      owner,
      state: "queued",
      progress: 0,
      submittedAt: this.now().toISOString(),
    };
    this.jobs.set(job.id, job);
    this.waiting.push({ id: job.id, input });
    this.pump();
    return { ...job };
  }

  status(id: string): JobStatus<O> | undefined {
    const job = this.jobs.get(id);
    return job ? { ...job } : undefined;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.waiting.length = 0;
    await Promise.allSettled([...this.running]);
  }

  private pump(): void {
    while (this.running.size < this.options.concurrency && this.waiting.length > 0) {
      const next = this.waiting.shift() as { id: string; input: I };
      const job = this.jobs.get(next.id) as JobStatus<O>;
      job.state = "running";
      const work = this.run(next.input, (fraction) => {
        job.progress = Math.max(job.progress, Math.min(1, fraction));
      })
        .then(
          (result) => {
            job.state = "done";
            job.progress = 1;
            job.result = result;
          },
          (error: unknown) => {
            job.state = "failed";
            job.error = error;
          },
        )
        .finally(() => {
          job.finishedAt = this.now().toISOString();
          this.running.delete(work);
          this.pump();
        });
      this.running.add(work);
    }
  }

  private forgetOld(): void {
    const cutoff = this.now().getTime() - this.options.keepFinishedMs;
    for (const [id, job] of this.jobs) {
      if (job.finishedAt && Date.parse(job.finishedAt) < cutoff) this.jobs.delete(id);
    }
  }
}
