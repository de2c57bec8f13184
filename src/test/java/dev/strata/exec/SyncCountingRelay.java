package dev.strata.exec;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay in front of a local PostgreSQL that counts the Sync messages its clients send. In the extended
 * protocol a client waits for the server's answer only after a Sync, so the count is the number of round trips.
 */
final class SyncCountingRelay implements AutoCloseable {

    private static final int SSL_REQUEST = 80877103;
    private static final int GSS_ENCRYPTION_REQUEST = 80877104;

    private final ServerSocket listener;
    private final int target;
    private final AtomicInteger syncs = new AtomicInteger();

    SyncCountingRelay(int targetPort) throws IOException {
        this.target = targetPort;
        this.listener = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        daemon(this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    /** The Sync messages sent through the relay so far. */
    int syncs() {
        return syncs.get();
    }

    private void accept() {
        try {
            while (true) {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                daemon(() -> relayCounting(client, server));
                daemon(() -> relay(server, client));
            }
        } catch (IOException closed) {
            // the relay was closed
        }
    }

    /** Copies the client's messages to the server, counting its Syncs (message type 'S' after the startup). */
    private void relayCounting(Socket client, Socket server) {
        try (client; server) {
            DataInputStream in = new DataInputStream(client.getInputStream());
            OutputStream out = server.getOutputStream();
            boolean started = false;
            while (true) {
                byte[] message;
                if (started) {
                    byte type = in.readByte();
                    int length = in.readInt();
                    message = frame(type, length, in);
                    if (type == 'S') {
                        syncs.incrementAndGet();
                    }
                } else {
                    int length = in.readInt();
                    message = frame(null, length, in);
                    int code = (message[4] & 0xff) << 24 | (message[5] & 0xff) << 16 | (message[6] & 0xff) << 8
                            | (message[7] & 0xff);
                    started = code != SSL_REQUEST && code != GSS_ENCRYPTION_REQUEST;
                }
                out.write(message);
                out.flush();
            }
        } catch (EOFException ended) {
            // the client closed its connection
        } catch (IOException e) {
            // either side closed
        }
    }

    /** A whole message: its type byte (none during the startup), its length and its body. */
    private static byte[] frame(Byte type, int length, DataInputStream in) throws IOException {
        int head = type == null ? 0 : 1;
        byte[] message = new byte[head + length];
        if (type != null) {
            message[0] = type;
        }
        message[head] = (byte) (length >>> 24);
        message[head + 1] = (byte) (length >>> 16);
        message[head + 2] = (byte) (length >>> 8);
        message[head + 3] = (byte) length;
        in.readFully(message, head + 4, length - 4);
        return message;
    }

    private static void relay(Socket from, Socket to) {
        try (from; to) {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            byte[] buffer = new byte[8192];
            for (int read; (read = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // either side closed
        }
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "sync-counting-relay");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
