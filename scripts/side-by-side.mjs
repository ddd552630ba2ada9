// Runs shell commands at the same time, each line of output prefixed with its command's number, and
// exits non-zero if any of them failed (after all have ended, so every failure is printed).
import { spawn } from 'node:child_process';

const commands = process.argv.slice(2);
const codes = await Promise.all(
  commands.map(
    (command, index) =>
      new Promise((resolve) => {
        const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
        const prefix = `[${index + 1}] `;
        for (const stream of [child.stdout, child.stderr]) {
          let rest = '';
          stream.on('data', (chunk) => {
            const lines = (rest + chunk.toString()).split('\n');
            rest = lines.pop() ?? '';
            lines.forEach((line) => process.stdout.write(`${prefix}${line}\n`));
          });
          stream.on('end', () => rest && process.stdout.write(`${prefix}${rest}\n`));
        }
        child.on('close', (code) => {
          console.log(`${prefix}\`${command}\` ended with ${code}`);
          resolve(code ?? 1);
        });
      }),
  ),
);
process.exit(codes.some((code) => code !== 0) ? 1 : 0);
