package dev.mockloop.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Consumer;

/**
 * One running Mockloop per data directory. The first copy holds an OS file lock on
 * {@code mockloop.lock} and listens on a loopback port; a second copy finds the lock taken,
 * hands its arguments to the first over that port (which comes to the front and previews a
 * pack file it was given), and exits. The lock dies with the process, so a crash never leaves
 * a stale lock behind.
 *
 * <p>The port is open to every local process, so the hand-over is authenticated: the first
 * copy writes the port and a random secret to {@code mockloop.port}, readable by this user
 * only (mode 0600), and acts on a message only when it carries that secret. See
 * {@link HandOverProtocol}.
 */
public final class SingleInstance implements AutoCloseable {

    /** What became of this start: it holds the data folder, or it handed over to the copy that does. */
    public record Claim(SingleInstance instance, HandOver handOver) {
        /** @return whether this copy is the first and should open the window */
        public boolean first() {
            return instance != null;
        }
    }

    /**
     * How the hand-over to the running copy went.
     *
     * @param delivered whether the running copy took the arguments
     * @param message   a sentence for the terminal, saying what happened and what to do
     */
    public record HandOver(boolean delivered, String message) {
    }

    private final FileChannel channel;
    private final FileLock lock;
    private final ServerSocket server;
    private final HandOverProtocol protocol;

    private SingleInstance(FileChannel channel, FileLock lock, ServerSocket server, HandOverProtocol protocol) {
        this.channel = channel;
        this.lock = lock;
        this.server = server;
        this.protocol = protocol;
    }

    /**
     * @param dataDir   the data directory (must exist)
     * @param args      this copy's arguments, sent to the first copy if there is one
     * @param onMessage called on a background thread with each later copy's arguments, only
     *                  for a copy that proved it is this user's (it knew the secret)
     * @return this copy's lock, or how the hand-over to the copy that has it went
     * @throws UncheckedIOException if the lock or port file cannot be written
     */
    public static Claim acquire(Path dataDir, List<String> args, Consumer<List<String>> onMessage) {
        Path lockFile = dataDir.resolve("mockloop.lock");
        try {
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameJvm) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return new Claim(null, HandOverProtocol.tell(dataDir, args));
            }
            ServerSocket server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
            HandOverProtocol protocol = HandOverProtocol.publish(dataDir, server.getLocalPort());
            SingleInstance instance = new SingleInstance(channel, lock, server, protocol);
            Thread listener = new Thread(() -> instance.listen(onMessage), "mockloop-single-instance");
            listener.setDaemon(true);
            listener.start();
            return new Claim(instance, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + lockFile, e);
        }
    }

    private void listen(Consumer<List<String>> onMessage) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                protocol.receive(socket).ifPresent(onMessage);
            } catch (IOException e) {
                // closed, or a caller that went away or lied mid-message: keep listening unless closed
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        Files.deleteIfExists(protocol.portFile());
        lock.release();
        channel.close();
    }
}
