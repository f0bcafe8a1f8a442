// Starting and stopping a subject's server process: its output goes to a log file (not through
// the bench process), and it is ready when it answers HTTP at all.
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { request } from 'node:http';

export async function startServer({ name, command, args, cwd, env, port, readyPath, logFile }) {
  const log = openSync(logFile, 'a');
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  let exitCode = null;
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      exitCode = code ?? signal;
      resolve(exitCode);
    });
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (!(await answers(`${url}${readyPath}`))) {
    if (exitCode !== null)
      throw new Error(`${name} exited (${exitCode}) before it was ready: see ${logFile}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} was not ready within 60 s: see ${logFile}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    name,
    pid: child.pid,
    url,
    logFile,
    async stop() {
      if (exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function answers(url) {
  return new Promise((resolve) => {
    const req = request(url, { method: 'GET', timeout: 1000 }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
    req.end();
  });
}

/** A POST with a JSON body and the session token, as every scenario sends it. */
export function jsonRequest(path, token, body) {
  return {
    method: 'POST',
    path,
    headers: {
      'content-type': 'application/json',
      'user-agent': 'caseload-bench',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  };
}
