package dev.storefront.live;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy in front of a server, for tests that take the server away from an application
 * and give it back: {@link #cut} closes every connection and refuses new ones (as a stopped
 * server does), {@link #restore} accepts again on the same port.
 */
final class TcpProxy implements AutoCloseable {

    private final InetSocketAddress target;

    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    private final int port;

    private volatile ServerSocket server;

    TcpProxy(String host, int port) throws IOException {
        this.target = new InetSocketAddress(host, port);
        this.server = listen(0);
        this.port = this.server.getLocalPort();
    }

    int port() {
        return this.port;
    }

    /** The server is gone: connections drop, new ones are refused. */
    void cut() throws IOException {
        this.server.close();
        for (Socket socket : this.sockets) {
            socket.close();
        }
        this.sockets.clear();
    }

    /** The server is back, on the same port. */
    void restore() throws IOException {
        this.server = listen(this.port);
    }

    @Override
    public void close() throws IOException {
        cut();
    }

    private ServerSocket listen(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        Thread acceptor = new Thread(() -> accept(socket), "tcp-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        return socket;
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                this.sockets.add(client);
                Socket upstream = new Socket();
                this.sockets.add(upstream);
                try {
                    upstream.connect(this.target, 2000);
                } catch (IOException ex) {
                    closeQuietly(client);
                    continue;
                }
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException ex) {
                // Closed by cut().
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(
                () -> {
                    byte[] buffer = new byte[8192];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                            out.write(buffer, 0, n);
                            out.flush();
                        }
                    } catch (IOException ex) {
                        // One side went away.
                    } finally {
                        closeQuietly(from);
                        closeQuietly(to);
                    }
                },
                "tcp-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ex) {
            // Closed already.
        }
    }
}
