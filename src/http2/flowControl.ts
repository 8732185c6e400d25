// Flow control for our one stream (RFC 9113 §5.2, §6.9): what the server may still send us (receive windows,
// replenished as we read), and what we may still send it (send windows, for the request body). Pure.
import { DEFAULT_WINDOW, MAX_WINDOW } from './constants';

export class FlowControl {
  private recvConnection: number;
  private recvStream: number;
  private sendConnection = DEFAULT_WINDOW;
  private sendStream = DEFAULT_WINDOW;
  private peerInitialWindow = DEFAULT_WINDOW;
  private violationReported = false;

  /** `window`: our SETTINGS_INITIAL_WINDOW_SIZE, and the connection window we grant at the start. */
  constructor(private readonly window: number) {
    this.recvConnection = window;
    this.recvStream = window;
  }

  /**
   * Accounts for a DATA frame (its whole payload, padding included). Returns a description the first time
   * the server sends past a window; the windows are then reset to 0 so reading goes on.
   */
  received(length: number, onStream: boolean): string | undefined {
    this.recvConnection -= length;
    if (onStream) this.recvStream -= length;
    if (this.recvConnection >= 0 && this.recvStream >= 0) return undefined;
    const over = -Math.min(this.recvConnection, this.recvStream);
    const which = this.recvConnection < 0 ? 'connection' : 'stream';
    this.recvConnection = Math.max(this.recvConnection, 0);
    this.recvStream = Math.max(this.recvStream, 0);
    if (this.violationReported) return undefined;
    this.violationReported = true;
    return `DATA past the ${which} flow-control window the client granted (${over} bytes over)`;
  }

  /** WINDOW_UPDATE increments to send once a window is half used: [stream id, increment]. */
  replenish(streamOpen: boolean): Array<[number, number]> {
    const updates: Array<[number, number]> = [];
    if (this.recvConnection < this.window / 2) {
      updates.push([0, this.window - this.recvConnection]);
      this.recvConnection = this.window;
    }
    if (streamOpen && this.recvStream < this.window / 2) {
      updates.push([1, this.window - this.recvStream]);
      this.recvStream = this.window;
    }
    return updates;
  }

  /** A WINDOW_UPDATE from the server. */
  credit(streamId: number, increment: number): void {
    if (streamId === 0) this.sendConnection += increment;
    else if (streamId === 1) this.sendStream += increment;
  }

  /** The server's SETTINGS_INITIAL_WINDOW_SIZE changed our stream's send window by the difference (§6.9.2). */
  initialWindow(value: number): void {
    this.sendStream += value - this.peerInitialWindow;
    this.peerInitialWindow = value;
  }

  get sendWindowTooLarge(): boolean {
    return this.sendConnection > MAX_WINDOW || this.sendStream > MAX_WINDOW;
  }

  /** How many body bytes may go out now (and counts them as sent). */
  take(wanted: number): number {
    const room = Math.max(0, Math.min(this.sendConnection, this.sendStream, wanted));
    this.sendConnection -= room;
    this.sendStream -= room;
    return room;
  }
}
