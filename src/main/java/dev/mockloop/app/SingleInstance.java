package dev.mockloop.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One running Mockloop per data directory. The first copy holds an OS file lock on
 * {@code mockloop.lock} and listens on a loopback port (written to {@code mockloop.port});
 * a second copy finds the lock taken, sends its arguments to the first (which comes to the
 * front, and imports a pack file it was given), and exits. The lock dies with the process,
 * so a crash never leaves a stale lock behind.
 */
public final class SingleInstance implements AutoCloseable {

    private static final String END = "--end--";

    private final FileChannel channel;
    private final FileLock lock;
    private final ServerSocket server;

    private SingleInstance(FileChannel channel, FileLock lock, ServerSocket server) {
        this.channel = channel;
        this.lock = lock;
        this.server = server;
    }

    /**
     * @param dataDir   the data directory (must exist)
     * @param args      this copy's arguments, sent to the first copy if there is one
     * @param onMessage called on a background thread with each later copy's arguments
     * @return the lock if this is the first copy; empty if another copy has it (it was told)
     * @throws UncheckedIOException if the lock file cannot be created
     */
    public static Optional<SingleInstance> acquire(Path dataDir, List<String> args, Consumer<List<String>> onMessage) {
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
                tell(dataDir, args);
                return Optional.empty();
            }
            ServerSocket server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
            Files.writeString(dataDir.resolve("mockloop.port"), Integer.toString(server.getLocalPort()));
            SingleInstance instance = new SingleInstance(channel, lock, server);
            Thread listener = new Thread(() -> instance.listen(onMessage), "mockloop-single-instance");
            listener.setDaemon(true);
            listener.start();
            return Optional.of(instance);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + lockFile, e);
        }
    }

    private static void tell(Path dataDir, List<String> args) {
        try {
            int port = Integer.parseInt(Files.readString(dataDir.resolve("mockloop.port")).strip());
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
                 PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8)) {
                args.forEach(out::println);
                out.println(END);
            }
        } catch (IOException | NumberFormatException e) {
            // The first copy is starting or stopping; it holds the lock either way, so this copy just exits.
        }
    }

    private void listen(Consumer<List<String>> onMessage) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept();
                 BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
                List<String> args = new ArrayList<>();
                for (String line = in.readLine(); line != null && !line.equals(END); line = in.readLine()) {
                    args.add(line);
                }
                onMessage.accept(args);
            } catch (IOException e) {
                // closed, or a caller that went away mid-message: keep listening unless closed
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        lock.release();
        channel.close();
    }
}
