/**
 * Connects the preload's calls to the dispatcher. Every message is checked for its sender
 * first (main frame of app://inspector/); events go back only to the webContents that
 * asked. security.md A1.6.
 */
import type { IpcMainInvokeEvent } from 'electron';
import { ipcMain } from 'electron';

import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../shared/ipc/contract.ts';
import { failure } from '../../shared/ipc/envelope.ts';
import type { Dispatch } from '../api/dispatch.ts';
import { isTrustedSender } from '../api/security/sender.ts';

export function connectIpc(dispatch: Dispatch): void {
  ipcMain.handle(
    INVOKE_CHANNEL,
    async (event: IpcMainInvokeEvent, channel: unknown, args: unknown) => {
      const frame = event.senderFrame;
      const sender = frame === null ? null : { url: frame.url, isMainFrame: frame.parent === null };
      if (!isTrustedSender(sender)) {
        process.stderr.write('usage-inspector: refused an IPC message from an untrusted frame\n');

        return failure({ code: 'usage', message: 'This page may not use the inspector.' });
      }

      const contents = event.sender;

      return dispatch(channel, args, {
        emit: (name, payload) => {
          if (!contents.isDestroyed()) {
            contents.send(EVENT_CHANNEL, name, payload);
          }
        },
      });
    },
  );
}
