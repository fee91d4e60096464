package dev.mockloop.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The second copy's message to the first, and how the first checks it came from this user.
 *
 * <p>The first copy writes {@code mockloop.port} in the data folder: the port on its first
 * line and a random 256-bit secret (hex) on its second, in a file only this user can read
 * (POSIX mode 0600; on Windows the data folder's per-user access list). A message is
 * <pre>
 * MOCKLOOP-HANDOVER 1
 * &lt;secret&gt;
 * &lt;one argument a line&gt;
 * --end--
 * </pre>
 * and the first copy answers {@code OK} once it has taken the arguments, or {@code REFUSED}.
 * A connection without the right secret, with lines over {@value #MAX_LINE_CHARS} characters,
 * with more than {@value #MAX_ARGS} arguments, or whose message takes longer than
 * {@value #READ_TIMEOUT_MS} ms is dropped and nothing is acted on.
 */
final class HandOverProtocol {

    static final String PORT_FILE = "mockloop.port";
    static final String HELLO = "MOCKLOOP-HANDOVER 1";
    static final String END = "--end--";
    /** Longest line read, in characters: a long path fits. */
    static final int MAX_LINE_CHARS = 8192;
    /** Most arguments taken from one message. */
    static final int MAX_ARGS = 64;
    /** Longest wait for the other side, in ms. */
    static final int READ_TIMEOUT_MS = 2000;

    private final Path portFile;
    private final byte[] secret;

    private HandOverProtocol(Path portFile, byte[] secret) {
        this.portFile = portFile;
        this.secret = secret;
    }

    /** @return the file holding the port and the secret */
    Path portFile() {
        return portFile;
    }

    /**
     * Writes a new secret and the port, readable by this user only. The file is written
     * under another name with its permissions already set, then moved into place, so it is
     * never readable by others, not even for a moment.
     */
    static HandOverProtocol publish(Path dataDir, int port) throws IOException {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Path file = dataDir.resolve(PORT_FILE);
        Path temp = dataDir.resolve(PORT_FILE + ".new");
        Files.deleteIfExists(temp);
        if (Files.getFileStore(dataDir).supportsFileAttributeView("posix")) {
            Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
            try {
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(ownerOnly));
            } catch (FileAlreadyExistsException raced) {
                throw new IOException("another copy of Mockloop is writing " + temp, raced);
            }
            Files.setPosixFilePermissions(temp, ownerOnly);
        } else {
            Files.createFile(temp);
        }
        Files.writeString(temp, port + "\n" + HexFormat.of().formatHex(secret) + "\n", StandardCharsets.UTF_8);
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return new HandOverProtocol(file, secret);
    }

    /**
     * Sends this copy's arguments to the running one.
     *
     * @return what happened, worded for the terminal
     */
    static SingleInstance.HandOver tell(Path dataDir, List<String> args) {
        Path file = dataDir.resolve(PORT_FILE);
        String[] lines;
        try {
            lines = Files.readString(file, StandardCharsets.UTF_8).split("\n");
        } catch (NoSuchFileException e) {
            return notAnswered("it has not said where to reach it yet (it may be starting or stopping); try again in"
                    + " a moment");
        } catch (IOException e) {
            return notAnswered("cannot read " + file + " (" + e.getMessage() + ")");
        }
        int port;
        try {
            port = Integer.parseInt(lines[0].strip());
        } catch (NumberFormatException e) {
            return notAnswered(file + " does not hold a port; try again in a moment");
        }
        String secret = lines.length > 1 ? lines[1].strip() : "";
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), READ_TIMEOUT_MS);
            socket.setSoTimeout(READ_TIMEOUT_MS * 2);
            OutputStream raw = socket.getOutputStream();
            PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(raw, StandardCharsets.UTF_8), false);
            out.print(HELLO + "\n" + secret + "\n");
            args.forEach(a -> out.print(a.replace('\n', ' ') + "\n"));
            out.print(END + "\n");
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String answer = in.readLine();
            if ("OK".equals(answer)) {
                long packs = LaunchOptions.parse(args).packFiles().size();
                return new SingleInstance.HandOver(true, "Mockloop is already running; it was brought to the front"
                        + (packs == 0 ? "." : packs == 1 ? " and shows the pack's preview before importing it."
                        : " and shows each pack's preview before importing it."));
            }
            return notAnswered("it refused the hand-over (" + (answer == null ? "no answer" : answer) + ")");
        } catch (SocketTimeoutException e) {
            return notAnswered("it did not answer within " + (READ_TIMEOUT_MS * 2 / 1000) + " s; it may be busy");
        } catch (IOException e) {
            return notAnswered("it cannot be reached on port " + port + " (" + e.getMessage() + ")");
        }
    }

    private static SingleInstance.HandOver notAnswered(String why) {
        return new SingleInstance.HandOver(false, "Mockloop is already running for this data folder, but the hand-over"
                + " failed: " + why + ". Switch to its window, or quit it and start again.");
    }

    /**
     * Reads one message from a connection and answers it.
     *
     * @return the arguments, when the message carried this copy's secret; empty otherwise
     */
    Optional<List<String>> receive(Socket socket) throws IOException {
        socket.setSoTimeout(READ_TIMEOUT_MS);
        long deadline = System.nanoTime() + READ_TIMEOUT_MS * 1_000_000L;
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        List<String> args = new ArrayList<>();
        boolean authentic;
        try {
            authentic = HELLO.equals(line(in, deadline)) && MessageDigest.isEqual(secretBytes(line(in, deadline)), secret);
            if (authentic) {
                for (String line = line(in, deadline); !END.equals(line); line = line(in, deadline)) {
                    if (line == null || args.size() >= MAX_ARGS) {
                        authentic = false;
                        break;
                    }
                    args.add(line);
                }
            }
        } catch (SocketTimeoutException | LineTooLong e) {
            authentic = false;
        }
        OutputStream out = socket.getOutputStream();
        out.write((authentic ? "OK\n" : "REFUSED\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        return authentic ? Optional.of(List.copyOf(args)) : Optional.empty();
    }

    private static byte[] secretBytes(String hex) {
        try {
            return hex == null ? new byte[0] : HexFormat.of().parseHex(hex.strip());
        } catch (IllegalArgumentException notHex) {
            return new byte[0];
        }
    }

    /** A line of at most {@value #MAX_LINE_CHARS} characters, or null at the end; the whole message has until {@code deadline}. */
    private static String line(BufferedReader in, long deadline) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1; c = in.read()) {
            if (c == '\n') {
                return line.toString();
            }
            if (line.length() >= MAX_LINE_CHARS || System.nanoTime() > deadline) {
                throw new LineTooLong();
            }
            line.append((char) c);
        }
        return line.length() == 0 ? null : line.toString();
    }

    private static final class LineTooLong extends IOException {
        LineTooLong() {
            super("line too long", null);
        }
    }
}
