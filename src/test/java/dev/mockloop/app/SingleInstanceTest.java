package dev.mockloop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SingleInstanceTest {

    @TempDir
    Path dataDir;

    private final BlockingQueue<List<String>> received = new ArrayBlockingQueue<>(8);

    @Test
    void secondCopyHandsItsArgumentsToTheFirstAndStepsAside() throws Exception {
        SingleInstance.Claim first = SingleInstance.acquire(dataDir, List.of(), received::add);
        assertTrue(first.first());
        try (SingleInstance running = first.instance()) {
            SingleInstance.Claim second = SingleInstance.acquire(dataDir, List.of("/tmp/pack.json"), args -> { });
            assertFalse(second.first(), "only one copy holds the data directory");
            assertEquals(List.of("/tmp/pack.json"), received.poll(5, TimeUnit.SECONDS));
            assertTrue(second.handOver().delivered());
            assertEquals("Mockloop is already running; it was brought to the front and shows the pack's preview"
                    + " before importing it.", second.handOver().message());
        }
        SingleInstance.Claim afterwards = SingleInstance.acquire(dataDir, List.of(), args -> { });
        assertTrue(afterwards.first(), "the lock is free once the first copy stops");
        afterwards.instance().close();
    }

    @Test
    void thePortAndItsSecretAreReadableByThisUserOnly() throws Exception {
        assumeTrue(Files.getFileStore(dataDir).supportsFileAttributeView("posix"), "a POSIX file system");
        try (SingleInstance running = SingleInstance.acquire(dataDir, List.of(), received::add).instance()) {
            Path portFile = dataDir.resolve(HandOverProtocol.PORT_FILE);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(portFile)));
            assertEquals(64, Files.readAllLines(portFile).get(1).length(), "a 256-bit secret in hex");
        }
    }

    static Stream<Arguments> hostileMessages() {
        String end = HandOverProtocol.END + "\n";
        return Stream.of(
                Arguments.of("no secret, the old protocol", "/tmp/evil.json\n" + end),
                Arguments.of("hello without the secret", HandOverProtocol.HELLO + "\n/tmp/evil.json\n" + end),
                Arguments.of("a wrong secret", HandOverProtocol.HELLO + "\n" + "00".repeat(32) + "\n/tmp/evil.json\n" + end),
                Arguments.of("a secret too short", HandOverProtocol.HELLO + "\nab\n/tmp/evil.json\n" + end),
                Arguments.of("not hex", HandOverProtocol.HELLO + "\nzz\u0000\u00ff\n" + end),
                Arguments.of("a line of a megabyte", "x".repeat(1 << 20) + "\n" + end),
                Arguments.of("binary noise", new String(new byte[] {0, 1, 2, (byte) 0xff, 10, 13, 0}, StandardCharsets.ISO_8859_1)),
                Arguments.of("nothing at all", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileMessages")
    void aConnectionWithoutTheSecretIsRefusedAndNothingIsActedOn(String name, String message) throws Exception {
        try (SingleInstance running = SingleInstance.acquire(dataDir, List.of(), received::add).instance()) {
            String answer = send(message);

            assertTrue(answer == null || answer.equals("REFUSED"), "refused: " + answer);
            assertNull(received.poll(300, TimeUnit.MILLISECONDS), "nothing was handed over");
            SingleInstance.Claim real = SingleInstance.acquire(dataDir, List.of("/tmp/mine.json"), args -> { });
            assertTrue(real.handOver().delivered(), "the listener still serves this user's copies");
            assertEquals(List.of("/tmp/mine.json"), received.poll(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void aSilentConnectionDoesNotBlockTheNextHandOver() throws Exception {
        try (SingleInstance running = SingleInstance.acquire(dataDir, List.of(), received::add).instance();
             Socket silent = new Socket(InetAddress.getLoopbackAddress(), port())) {
            SingleInstance.Claim real = SingleInstance.acquire(dataDir, List.of("/tmp/mine.json"), args -> { });

            assertTrue(real.handOver().delivered(), real.handOver().message());
            assertEquals(List.of("/tmp/mine.json"), received.poll(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void aHandOverThatFailsSaysSoInsteadOfClaimingTheWindowCameToTheFront() throws Exception {
        try (SingleInstance running = SingleInstance.acquire(dataDir, List.of(), received::add).instance()) {
            int closedPort;
            try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                closedPort = gone.getLocalPort();
            }
            Path portFile = dataDir.resolve(HandOverProtocol.PORT_FILE);
            List<String> lines = Files.readAllLines(portFile);
            Files.writeString(portFile, closedPort + "\n" + lines.get(1) + "\n");

            SingleInstance.Claim second = SingleInstance.acquire(dataDir, List.of("/tmp/pack.json"), args -> { });

            assertFalse(second.first());
            assertFalse(second.handOver().delivered());
            assertTrue(second.handOver().message().contains("the hand-over failed"), second.handOver().message());
            assertFalse(second.handOver().message().contains("brought to the front"), second.handOver().message());
        }
    }

    private int port() throws IOException {
        return Integer.parseInt(Files.readAllLines(dataDir.resolve(HandOverProtocol.PORT_FILE)).get(0).strip());
    }

    /** Sends raw bytes as a hostile local process would, and returns the first line of the answer. */
    private String send(String message) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(message.getBytes(StandardCharsets.UTF_8));
                out.flush();
                socket.shutdownOutput();
            } catch (IOException refusedMidWay) {
                return null;
            }
            try {
                return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
            } catch (IOException reset) {
                return null;
            }
        }
    }
}
