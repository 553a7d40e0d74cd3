/** Runs a job every `intervalMs`, never two at once; stands in for EventBridge's cron locally. */
export const every = (intervalMs: number, job: () => Promise<unknown>, onError: (error: unknown) => void) => {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = job().catch(onError).finally(schedule);
    }, intervalMs);
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
};
