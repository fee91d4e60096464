package dev.mockloop.pack.io;

import static dev.mockloop.pack.PackFixtures.PNG;
import static dev.mockloop.pack.PackFixtures.minimal;
import static dev.mockloop.pack.PackFixtures.utf8;
import static dev.mockloop.pack.PackFixtures.zip;
import static dev.mockloop.pack.PackFixtures.zipPack;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.pack.PackBundle;
import dev.mockloop.pack.PackException;
import dev.mockloop.pack.PackFixtures;
import dev.mockloop.pack.PackReader;
import dev.mockloop.pack.PackWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each pack format, and each hostile input the issue lists, read as the importer reads them. */
class PackSourcesTest {

    @TempDir
    Path dir;

    private final PackSources sources = new PackSources(new PackReader(), new PackWriter(), new Download());

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of("pack.json", (Layout) d -> Files.writeString(d.resolve("pack.json"), minimal())),
                Arguments.of("pack.zip", (Layout) d -> Files.write(d.resolve("pack.zip"),
                        zipPack(PackFixtures.withImage(minimal(), "assets/cache.png"), Map.of("assets/cache.png", PNG)))),
                Arguments.of("wrapped.zip", (Layout) d -> Files.write(d.resolve("wrapped.zip"), zip(entries(
                        "repo-main/", null, "repo-main/README.md", utf8("# hi"),
                        "repo-main/pack.json", utf8(minimal()))))),
                Arguments.of("folder", (Layout) d -> {
                    Files.createDirectories(d.resolve("folder/assets/img"));
                    Files.writeString(d.resolve("folder/pack.json"), PackFixtures.withImage(minimal(), "assets/img/cache.png"));
                    Files.write(d.resolve("folder/assets/img/cache.png"), PNG);
                }),
                Arguments.of("bom.json", (Layout) d -> Files.write(d.resolve("bom.json"),
                        concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(minimal())))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void everyFormatReadsTheSamePack(String name, Layout layout) throws Exception {
        layout.write(dir);

        PackBundle bundle = sources.read(dir.resolve(name));

        assertEquals("test.minimal", bundle.pack().id());
        assertEquals("cache-story", bundle.pack().questions().get(0).id());
        bundle.assets().values().forEach(a -> assertArrayEquals(PNG, a));
    }

    static Stream<Arguments> hostileZips() throws IOException {
        byte[] pack = utf8(minimal());
        return Stream.of(
                Arguments.of("zip slip with ..", zip(entries("pack.json", pack, "../evil.png", PNG)), "outside the pack"),
                Arguments.of("zip slip nested ..", zip(entries("pack.json", pack, "assets/../../evil.png", PNG)),
                        "outside the pack"),
                Arguments.of("absolute path", zip(entries("pack.json", pack, "/etc/evil.png", PNG)), "absolute path"),
                Arguments.of("drive letter", zip(entries("pack.json", pack, "C:/evil.png", PNG)), "absolute path"),
                Arguments.of("backslash", zip(entries("pack.json", pack, "assets\\..\\..\\evil.png", PNG)), "the zip is refused"),
                Arguments.of("symlink", symlinkZip(pack), "symbolic link"),
                Arguments.of("bomb by ratio", zip(entries("pack.json", pack, "assets/zeros.png", new byte[8 * 1024 * 1024])),
                        "zip bombs"),
                Arguments.of("too many entries", manyEntries(pack, 1001), "at most 1000"),
                Arguments.of("asset over its limit", storedZip(pack, "assets/big.png", 17 * 1024 * 1024), "unpacks to more than"),
                Arguments.of("no pack.json", zip(entries("readme.txt", utf8("hi"))), "no pack.json"),
                Arguments.of("two packs", zip(entries("a/pack.json", pack, "b/pack.json", pack)), "several packs"),
                Arguments.of("html asset", zip(entries("pack.json", pack, "assets/page.html", utf8("<script>"))),
                        "only PNG, JPEG and GIF"),
                Arguments.of("fake png", zip(entries("pack.json", pack, "assets/x.png", utf8("<script>alert(1)</script>"))),
                        "is not a PNG"),
                Arguments.of("PNG signature in front of an SVG", zip(entries("pack.json", pack, "assets/x.png",
                        concat(Arrays.copyOf(PNG, 8), utf8("<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>")))),
                        "assets/x.png: is not a valid PNG image: it cannot be decoded"),
                Arguments.of("truncated PNG", zip(entries("pack.json", pack, "assets/x.png", Arrays.copyOf(PNG, 40))),
                        "assets/x.png: is not a valid PNG image"),
                Arguments.of("JPEG magic on text", zip(entries("pack.json", pack, "assets/x.jpg",
                        concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, utf8("<script>alert(1)</script>")))),
                        "assets/x.jpg: is not a valid JPEG image"),
                Arguments.of("a tiny file of a billion pixels", zip(entries("pack.json", pack, "assets/huge.png",
                        hugePngHeader(40_000, 40_000))), "is 40,000 \u00d7 40,000 pixels (1600.0 megapixels)"),
                Arguments.of("missing picture", zip(entries("pack.json", utf8(PackFixtures.withImage(minimal(), "assets/gone.png")))),
                        "does not contain"),
                Arguments.of("zstd entry (a method read only with a library not shipped)",
                        withMethod(zip(entries("pack.json", pack)), 93), "'pack.json' uses a compression method"),
                Arguments.of("not a zip", utf8("PK\u0003\u0004 truncated"), "cannot read the zip"));
    }

    /** A PNG signature and an IHDR chunk claiming {@code width × height}, with a valid CRC, and no pixels. */
    private static byte[] hugePngHeader(int width, int height) {
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(ihdr.array());
        java.nio.ByteBuffer png = java.nio.ByteBuffer.allocate(8 + 4 + 17 + 4 + 12);
        png.put(Arrays.copyOf(PNG, 8)).putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
        png.putInt(0).put("IEND".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(0xAE426082);
        return png.array();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileZips")
    void hostileZipIsRefusedWithAMessage(String name, byte[] content, String expected) throws IOException {
        Path file = Files.write(dir.resolve("hostile.zip"), content);

        PackException e = assertThrows(PackException.class, () -> sources.read(file));

        assertTrue(e.getMessage().contains(expected), e.getMessage());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "nothing unpacked next to the zip");
        }
    }

    static Stream<Arguments> hostileJson() {
        String deep = "{\"a\":".repeat(40) + "1" + "}".repeat(40);
        return Stream.of(
                Arguments.of("UTF-16 with BOM", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                        minimal().getBytes(java.nio.charset.StandardCharsets.UTF_16LE)), "UTF-16", 0),
                Arguments.of("UTF-16 without BOM", minimal().getBytes(java.nio.charset.StandardCharsets.UTF_16LE),
                        "NUL", 1),
                Arguments.of("invalid UTF-8", concat(utf8("{\n  \"id\": \"caf"), new byte[] {(byte) 0xE9},
                        utf8("\"\n}")), "not UTF-8", 2),
                Arguments.of("newer format", utf8(minimal().replace("\"formatVersion\": 1", "\"formatVersion\": 3")),
                        "made for a newer Mockloop", 3),
                Arguments.of("not a pack", utf8("[1, 2]"), "JSON object", 1),
                Arguments.of("other format", utf8(minimal().replace("\"mockloop-pack\"", "\"anki-deck\"")),
                        "not a Mockloop pack", 2),
                Arguments.of("nested too deep", utf8(deep), "nested deeper than 32", 1),
                Arguments.of("string too long", utf8(minimal().replace("Minimal test pack", "x".repeat(70_000))),
                        "longer than 65536", 6),
                Arguments.of("text over 4000", utf8(minimal().replace("Minimal test pack", "x".repeat(4001))),
                        "/title", 6),
                Arguments.of("duplicate question id", utf8(PackFixtures.withExtraQuestion(minimal())
                        .replace("\"id\": \"extra\"", "\"id\": \"cache-story\"")), "question id 'cache-story' is used twice", 0),
                Arguments.of("too many questions", utf8(manyQuestions(10_001)), "/questions", 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileJson")
    void badPackFileIsRefusedWithALocatedMessage(String name, byte[] content, String expected, int line) throws IOException {
        Path file = Files.write(dir.resolve("bad.json"), content);

        PackException e = assertThrows(PackException.class, () -> sources.read(file));

        assertTrue(e.getMessage().contains(expected), e.getMessage());
        if (line > 0) {
            assertEquals(line, e.problems().get(0).line(), e.getMessage());
        }
    }

    @Test
    void symlinkInAFolderPackIsRefusedNotFollowed() throws IOException {
        Path secret = Files.write(dir.resolve("secret.png"), PNG);
        Files.createDirectories(dir.resolve("folder/assets"));
        Files.writeString(dir.resolve("folder/pack.json"), minimal());
        Files.createSymbolicLink(dir.resolve("folder/assets/link.png"), secret);

        PackException e = assertThrows(PackException.class, () -> sources.read(dir.resolve("folder")));

        assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
    }

    @Test
    void folderWithoutPackJsonSaysWhatAFolderPackHolds() throws IOException {
        Files.createDirectories(dir.resolve("empty"));

        PackException e = assertThrows(PackException.class, () -> sources.read(dir.resolve("empty")));

        assertTrue(e.getMessage().contains("no pack.json"), e.getMessage());
    }

    /** Writes a source into a folder. */
    @FunctionalInterface
    interface Layout {
        void write(Path dir) throws IOException;
    }

    static Map<String, byte[]> entries(Object... pairs) {
        Map<String, byte[]> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (byte[]) pairs[i + 1]);
        }
        return map;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] symlinkZip(byte[] pack) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            ZipArchiveEntry json = new ZipArchiveEntry("pack.json");
            zip.putArchiveEntry(json);
            zip.write(pack);
            zip.closeArchiveEntry();
            ZipArchiveEntry link = new ZipArchiveEntry("assets/passwd.png");
            link.setUnixMode(0120777);
            zip.putArchiveEntry(link);
            zip.write(utf8("/etc/passwd"));
            zip.closeArchiveEntry();
        }
        return bytes.toByteArray();
    }

    /**
     * @return the zip with every entry's compression method set to {@code method} in its local
     *         header (offset 8) and its central directory record (offset 10), per APPNOTE 4.3.7 and 4.3.12
     */
    private static byte[] withMethod(byte[] zip, int method) {
        byte[] out = zip.clone();
        for (int i = 0; i + 12 < out.length; i++) {
            if (out[i] == 'P' && out[i + 1] == 'K' && (out[i + 2] == 3 && out[i + 3] == 4 || out[i + 2] == 1 && out[i + 3] == 2)) {
                int at = i + (out[i + 2] == 3 ? 8 : 10);
                out[at] = (byte) method;
                out[at + 1] = (byte) (method >> 8);
            }
        }
        return out;
    }

    private static byte[] manyEntries(byte[] pack, int count) {
        Map<String, byte[]> map = new LinkedHashMap<>();
        map.put("pack.json", pack);
        for (int i = 0; i < count; i++) {
            map.put("assets/" + i + ".png", PNG);
        }
        return zip(map);
    }

    private static byte[] storedZip(byte[] pack, String name, int size) throws IOException {
        byte[] random = new byte[size];
        new Random(1).nextBytes(random);
        random[0] = (byte) 0x89;
        return zip(entries("pack.json", pack, name, random));
    }

    static String manyQuestions(int count) {
        String json = minimal();
        String question = json.substring(json.indexOf("    {\n      \"id\": \"cache-story\""), json.lastIndexOf(']')).stripTrailing();
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < count; i++) {
            all.append(i == 0 ? "" : ",\n").append(question.replace("\"cache-story\"", "\"q-" + i + "\""));
        }
        return json.substring(0, json.indexOf("    {\n      \"id\": \"cache-story\"")) + all + "\n  ]\n}\n";
    }
}
