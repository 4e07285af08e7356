package com.gmall.rtdw.jobs.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/**
 * A loopback port where nothing listens until {@code after} has passed; from then on every
 * connection is passed through to {@code targetPort}. For the client's side of a server outage:
 * connections are refused (as when the server is down), then the real server answers.
 */
public final class LateListener implements AutoCloseable {
    private final int port;
    private final Thread acceptor;
    private volatile ServerSocket server;

    private LateListener(int port, int targetPort, Duration after) {
        this.port = port;
        this.acceptor = new Thread(() -> run(targetPort, after), "late-listener-" + port);
        this.acceptor.setDaemon(true);
        this.acceptor.start();
    }

    /**
     * Starts listening on a free loopback port {@code after} from now, passing connections to
     * {@code targetPort}.
     */
    public static LateListener forward(int targetPort, Duration after) throws IOException {
        int free;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            free = probe.getLocalPort();
        }
        return new LateListener(free, targetPort, after);
    }

    public int port() {
        return port;
    }

    private void run(int targetPort, Duration after) {
        try {
            Thread.sleep(after.toMillis());
            server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
            while (!server.isClosed()) {
                Socket client = server.accept();
                Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                pipe(client.getInputStream(), target.getOutputStream(), target);
                pipe(target.getInputStream(), client.getOutputStream(), client);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            if (server != null && !server.isClosed()) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void pipe(InputStream from, OutputStream to, Socket closeWhenDone) {
        Thread t =
                new Thread(
                        () -> {
                            try (closeWhenDone) {
                                from.transferTo(to);
                            } catch (IOException e) {
                                // the other side closed: the connection is over
                            }
                        },
                        "late-listener-pipe");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        acceptor.interrupt();
        if (server != null) {
            server.close();
        }
    }
}
