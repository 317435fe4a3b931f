/**
 * A tiny stand-in for a PostgreSQL server that asks for a password and then refuses it, as a
 * server with password authentication does. The local test server trusts every connection, so
 * a wrong password can only be tested against something like this.
 */
import { createServer, type Server } from 'node:net';

export interface FakeServer {
  port: number;
  close(): Promise<void>;
}

export async function startPasswordRefusingServer(): Promise<FakeServer> {
  const server: Server = createServer((socket) => {
    let startupSeen = false;
    socket.on('data', (chunk) => {
      if (!startupSeen) {
        startupSeen = true;
        // An SSLRequest (length 8, code 80877103) gets "N", then the real startup follows.
        if (chunk.length === 8 && chunk.readInt32BE(4) === 80877103) {
          socket.write('N');
          startupSeen = false;

          return;
        }
        // AuthenticationCleartextPassword: 'R', length 8, code 3.
        const request = Buffer.alloc(9);
        request.write('R', 0);
        request.writeInt32BE(8, 1);
        request.writeInt32BE(3, 5);
        socket.write(request);

        return;
      }

      socket.end(errorResponse('28P01', 'password authentication failed for user "fusionauth"'));
    });
    socket.on('error', () => undefined);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;

  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function errorResponse(code: string, message: string): Buffer {
  const fields = Buffer.concat([
    field('S', 'FATAL'),
    field('C', code),
    field('M', message),
    Buffer.from([0]),
  ]);
  const header = Buffer.alloc(5);
  header.write('E', 0);
  header.writeInt32BE(fields.length + 4, 1);

  return Buffer.concat([header, fields]);
}

function field(type: string, value: string): Buffer {
  return Buffer.concat([Buffer.from(type), Buffer.from(value), Buffer.from([0])]);
}
