// One ipcMain handler per contract method. Each checks that the message comes from our own top-level
// frame on the app:// origin (not an iframe, not a page navigated elsewhere), then dispatch() validates the
// argument against the contract schema, runs the method and validates the result.
import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import type { HostMethods } from '../../shared/api/contract';
import { METHOD_NAMES, channelOf } from '../../shared/api/ipc-channels';
import { dispatch, type CallOutcome } from '../services/dispatch';
import type { Log } from '../services/ports';
import { isAppUrl } from './protocol-url';

export function isTrustedSender(frame: WebFrameMain | null | undefined): boolean {
  if (!frame) return false;
  if (frame.parent !== null) return false; // only the top-level document, never an embedded frame
  return isAppUrl(frame.url);
}

export function registerHandlers(ipcMain: Pick<IpcMain, 'handle'>, methods: HostMethods, log: Log): string[] {
  const channels: string[] = [];
  for (const name of METHOD_NAMES) {
    const channel = channelOf(name);
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown): Promise<CallOutcome> => {
      if (!isTrustedSender(event.senderFrame)) {
        log.warn(`refused ${name} from ${event.senderFrame?.url ?? 'an unknown frame'}`);
        return { error: { kind: 'denied', message: '拒绝来自非本程序页面的请求' } };
      }
      return dispatch(methods, name, input, log);
    });
    channels.push(channel);
  }
  return channels;
}
