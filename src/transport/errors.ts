// Transport failures as one clear sentence with a stable code (the JSON report's error.code).

export class TransportFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function describeSocketError(err: unknown, where: string): TransportFailure {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ECONNREFUSED':
      return new TransportFailure('REFUSED', `connection refused by ${where}: nothing is listening there`);
    case 'ECONNRESET':
      return new TransportFailure('RESET', `the connection to ${where} was reset by the server`);
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new TransportFailure('UNREACHABLE', `${where} is unreachable from this machine (${e.code})`);
    case 'EPIPE':
      return new TransportFailure('RESET', `the server at ${where} closed the connection while the request was being sent`);
    case 'EADDRNOTAVAIL':
      return new TransportFailure('NETWORK', `cannot connect to ${where}: address not available`);
    default:
      return new TransportFailure('NETWORK', `network error talking to ${where}: ${e.message ?? String(err)}`);
  }
}
