import { type FileHandle, open } from "node:fs/promises";

/**
 * Makes commits durable off the event loop. The store runs SQLite with synchronous = NORMAL, so a
 * commit reaches the operating system (which keeps it if the process is killed) without waiting
 * for the disk; a write is acknowledged only after an fdatasync of the WAL that started after its
 * commit. So every acknowledged write survives a power cut, as with FULL, while the wait runs on
 * libuv's pool, other requests go on, and one sync covers every commit made meanwhile.
 */
export class WalSync {
  private handle: Promise<FileHandle> | undefined;
  private running: Promise<void> | undefined;
  private queued: Promise<void> | undefined;

  constructor(private readonly walFile: string) {}

  /** Resolves once everything committed before the call is on disk. */
  durable(): Promise<void> {
    if (this.queued) return this.queued;
    if (!this.running) return this.start();
    // The sync under way may have started before the caller's commit: one more, after it, serves
    // everyone who asks until it starts.
    this.queued = this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = undefined;
        return this.start();
      });
    return this.queued;
  }

  /** Waits for syncs under way, then lets go of the file. */
  async close(): Promise<void> {
    await (this.queued ?? this.running)?.catch(() => undefined);
    const handle = this.handle;
    this.handle = undefined;
    await (await handle?.catch(() => undefined))?.close();
  }

  private start(): Promise<void> {
    const run = this.sync().finally(() => {
      if (this.running === run) this.running = undefined;
    });
    this.running = run;
    return run;
  }

  private async sync(): Promise<void> {
    this.handle ??= open(this.walFile, "r");
    try {
      await (await this.handle).datasync();
    } catch (error) {
      this.handle = undefined;
      throw error;
    }
  }
}
