import { spawn, type SpawnOptions } from 'node:child_process'

/** Runs a command with inherited output; resolves with its exit code. */
export function run(command: string, args: readonly string[], options: SpawnOptions = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options })
    child.on('error', reject)
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

/** Prints a progress step the way both root commands do. */
export function step(message: string): void {
  console.log(`\n▶ ${message}`)
}
