/**
 * Preloaded into every build step (`node --import`): when build.ts dies,
 * even by SIGKILL, which runs no handler, the IPC pipe it opened to this step
 * closes and the step ends too, instead of writing on into a staging folder
 * nobody will swap in. (The pipe is unref'd so it never keeps a finished step alive.)
 */
if (process.channel) {
  process.channel.unref();
  process.on('disconnect', () => {
    process.stderr.write('build step stopped: build.ts is gone / langkah build dihentikan\n');
    process.exit(130);
  });
}
