/**
 * A TCP relay in front of the test PostgreSQL, to stage outages: `down()` closes the port and cuts
 * every connection (refused, as when the server is stopped), `hang()` accepts and forwards nothing
 * (as when the server or the network stalls), `up()` brings the same port back.
 */
import net from 'node:net';

export interface TcpProxy {
  readonly port: number;
  down(): Promise<void>;
  hang(): void;
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function tcpProxy(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpProxy> {
  let forwarding = true;
  let port = 0;
  let server: net.Server | null = null;
  const sockets = new Set<net.Socket>();
  const track = (s: net.Socket) => {
    sockets.add(s);
    s.on('error', () => undefined);
    s.on('close', () => sockets.delete(s));
  };
  const cutAll = () => {
    for (const s of sockets) s.destroy();
    sockets.clear();
  };
  const onConnection = (client: net.Socket) => {
    track(client);
    if (!forwarding) return; // accepted, never answered
    const upstream = net.connect(targetPort, targetHost);
    track(upstream);
    client.on('data', (d) => forwarding && upstream.write(d));
    upstream.on('data', (d) => forwarding && client.write(d));
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  };
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = net.createServer(onConnection);
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => {
        port = (s.address() as net.AddressInfo).port;
        server = s;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      cutAll();
      if (!server) return resolve();
      server.close(() => resolve());
      server = null;
    });
  await listen();
  return {
    get port() {
      return port;
    },
    down: stop,
    hang: () => {
      forwarding = false;
    },
    up: async () => {
      // A stalled connection has lost bytes mid-conversation: it is cut, and the pool makes new ones.
      if (!forwarding) cutAll();
      forwarding = true;
      if (!server) await listen();
    },
    close: stop,
  };
}
