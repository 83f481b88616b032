// Runs one command as its own process under GNU time (`/usr/bin/time -v`) and reads back its
// wall-clock time and peak resident set size. For a process tree (a shell running terraform, or
// the CLI spawning terraform), GNU time reports the peak RSS of the largest single process in the
// tree (getrusage RUSAGE_CHILDREN's ru_maxrss), not the sum of processes running at once.
const { spawnSync } = require('node:child_process');
const { closeSync, openSync, readFileSync, rmSync } = require('node:fs');
const { join } = require('node:path');

const GNU_TIME = '/usr/bin/time';
/** Kernel clock ticks per second of /proc/stat (USER_HZ, 100 on Linux). */
const USER_HZ = 100;

/**
 * CPU seconds all processes of the machine have spent busy since boot (/proc/stat), so the bench
 * can tell how much CPU other processes took while a measurement ran.
 * @returns {number}
 */
function machineBusySeconds() {
  const [, user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  return (user + nice + system + irq + softirq + steal) / USER_HZ;
}

/**
 * Sleeps synchronously (the bench runs one process at a time on purpose).
 * @param {number} ms
 */
function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Waits until other processes leave the CPUs mostly idle (busy below `maxBusy` of all CPUs over
 * half a second), for at most `maxWaitSeconds`; other engineers' test runs share this machine.
 * @param {number} maxWaitSeconds
 * @param {number} [maxBusy]
 * @returns {{ waitedSeconds: number, busy: number }} busy: the last sampled fraction
 */
function waitForQuiet(maxWaitSeconds, maxBusy = 0.15) {
  const cpus = require('node:os').cpus().length;
  const start = Date.now();
  for (;;) {
    const before = machineBusySeconds();
    sleep(500);
    const busy = (machineBusySeconds() - before) / (0.5 * cpus);
    const waitedSeconds = (Date.now() - start) / 1000;
    if (busy < maxBusy || waitedSeconds >= maxWaitSeconds) return { waitedSeconds, busy };
    sleep(2000);
  }
}

/**
 * @typedef {object} Sample
 * @property {number} wallSeconds  GNU time's "Elapsed (wall clock) time" (10 ms resolution)
 * @property {number} hrSeconds    the same wall time seen from this process (spawn included)
 * @property {number} peakRssMiB   GNU time's "Maximum resident set size", in MiB
 * @property {number} userSeconds
 * @property {number} systemSeconds
 * @property {number} [foreignCpuSeconds] CPU time other processes of the machine took meanwhile
 * @property {number} [busyBefore]        fraction of all CPUs busy just before (NaN when not sampled)
 * @property {number} [waitedSeconds]     time spent waiting for a quiet machine first
 */

/**
 * Parses `h:mm:ss.cc` or `m:ss.cc` into seconds.
 * @param {string} text
 * @returns {number}
 */
function parseClock(text) {
  return text
    .trim()
    .split(':')
    .reduce((total, part) => total * 60 + Number(part), 0);
}

/**
 * Reads the fields the bench uses out of GNU time's `-v` report.
 * @param {string} report
 * @returns {Omit<Sample, 'hrSeconds'>}
 */
function parseTimeReport(report) {
  const field = (label) => {
    const line = report.split('\n').find((l) => l.trim().startsWith(label));
    if (!line) throw new Error(`GNU time report has no "${label}" line:\n${report}`);
    return line.slice(line.lastIndexOf(': ') + 2);
  };
  return {
    wallSeconds: parseClock(field('Elapsed (wall clock) time')),
    peakRssMiB: Number(field('Maximum resident set size (kbytes)')) / 1024,
    userSeconds: Number(field('User time (seconds)')),
    systemSeconds: Number(field('System time (seconds)')),
  };
}

/** How long each measurement may wait for other processes to leave the CPUs idle; 0 turns waiting off. */
let quietWaitSeconds = 0;

/**
 * Sets how long each measurement waits for a quiet machine first (`--quiet-wait`).
 * @param {number} seconds
 */
function setQuietWait(seconds) {
  quietWaitSeconds = seconds;
}

/**
 * Runs `command args` under `/usr/bin/time -v` in `cwd`; stdout goes to `stdoutFile` (or is
 * discarded), stderr is kept for the error message. Throws when the command fails.
 * @param {string} command
 * @param {readonly string[]} args
 * @param {{ cwd: string, env?: NodeJS.ProcessEnv, stdoutFile?: string, scratch: string }} options
 * @returns {Sample}
 */
function measure(command, args, options) {
  const reportFile = join(options.scratch, `time-${process.pid}.txt`);
  const quiet = quietWaitSeconds > 0 ? waitForQuiet(quietWaitSeconds) : { waitedSeconds: 0, busy: NaN };
  const out = openSync(options.stdoutFile ?? '/dev/null', 'w');
  const busyBefore = machineBusySeconds();
  const started = process.hrtime.bigint();
  let result;
  try {
    result = spawnSync(GNU_TIME, ['-v', '-o', reportFile, command, ...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', out, 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } finally {
    closeSync(out);
  }
  const hrSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const busy = machineBusySeconds() - busyBefore;
  if (result.error) throw result.error;
  if (result.status !== 0) {
    const stderr = String(result.stderr ?? '').split('\n').slice(-30).join('\n');
    throw new Error(`"${[command, ...args].join(' ')}" exited ${result.status} in ${options.cwd}:\n${stderr}`);
  }
  const report = readFileSync(reportFile, 'utf8');
  rmSync(reportFile, { force: true });
  const parsed = parseTimeReport(report);
  const foreignCpuSeconds = Math.max(0, round(busy - parsed.userSeconds - parsed.systemSeconds, 2));
  return { ...parsed, hrSeconds, foreignCpuSeconds, busyBefore: round(quiet.busy, 2), waitedSeconds: round(quiet.waitedSeconds, 1) };
}

/**
 * The median of numbers (the mean of the middle two for an even count).
 * @param {readonly number[]} values
 * @returns {number}
 */
function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Medians of a list of samples, field by field, plus the raw samples.
 * @param {readonly Sample[]} samples
 */
function summarize(samples) {
  return {
    runs: samples.length,
    wallSeconds: median(samples.map((s) => s.wallSeconds)),
    peakRssMiB: median(samples.map((s) => s.peakRssMiB)),
    userSeconds: median(samples.map((s) => s.userSeconds)),
    systemSeconds: median(samples.map((s) => s.systemSeconds)),
    samples: samples.map((s) => ({
      wallSeconds: s.wallSeconds,
      peakRssMiB: round(s.peakRssMiB, 1),
      cpuSeconds: round(s.userSeconds + s.systemSeconds, 2),
      foreignCpuSeconds: s.foreignCpuSeconds ?? null,
      waitedSeconds: s.waitedSeconds ?? 0,
    })),
  };
}

/**
 * Rounds to a number of decimals.
 * @param {number} value
 * @param {number} digits
 */
function round(value, digits) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

module.exports = { measure, median, round, setQuietWait, summarize };
