/** Where the publisher writes what it does; English, one line per event, for the operator's terminal. */
export interface Logger {
  info(message: string): void
  warn(message: string): void
  error(message: string): void
}

/** A logger printing to the console with a prefix, e.g. `[publisher]`. */
export function consoleLogger(prefix: string): Logger {
  const stamp = () => new Date().toISOString().slice(11, 19)
  return {
    info: (message) => console.log(`${stamp()} ${prefix} ${message}`),
    warn: (message) => console.warn(`${stamp()} ${prefix} WARN ${message}`),
    error: (message) => console.error(`${stamp()} ${prefix} ERROR ${message}`),
  }
}

/** A logger that drops everything (tests that assert on the status file instead). */
export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} }
