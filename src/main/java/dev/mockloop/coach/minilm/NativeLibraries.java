package dev.mockloop.coach.minilm;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.CodeSource;
import java.time.Instant;
import java.util.Locale;

/**
 * Keeps the model's libraries from writing outside the data folder or calling out:
 * <ul>
 *   <li>DJL (the tokenizer): offline ({@code ai.djl.offline}), no usage ping
 *       ({@code OPT_OUT_TRACKING}), and its native library cache in {@code CACHE/djl}
 *       ({@code ENGINE_CACHE_DIR}) instead of ~/.djl.ai;</li>
 *   <li>ONNX Runtime: its two native libraries copied once from its jar into
 *       {@code CACHE/onnxruntime-VERSION/PLATFORM} and loaded from there
 *       ({@code onnxruntime.native.path}) instead of being unpacked into java.io.tmpdir on
 *       every load. It still makes an empty {@code onnxruntime-java*} folder there while it
 *       loads, which is removed afterwards.</li>
 * </ul>
 * A property already set (the installed app's launcher points both libraries at its own
 * folder) is left as it is.
 */
public final class NativeLibraries {

    static final String ORT_PATH = "onnxruntime.native.path";
    static final String DJL_CACHE = "ENGINE_CACHE_DIR";

    private NativeLibraries() {
    }

    /**
     * @param cacheDir a folder of the data folder for the libraries, created if needed
     * @return when preparing started, for {@link #removeOrtTempFolders(Instant)}
     * @throws IOException if the ONNX Runtime libraries cannot be copied there
     */
    public static Instant prepare(Path cacheDir) throws IOException {
        Instant start = Instant.now();
        setIfAbsent("ai.djl.offline", "true");
        setIfAbsent("OPT_OUT_TRACKING", "true");
        setIfAbsent(DJL_CACHE, cacheDir.resolve("djl").toAbsolutePath().toString());
        if (System.getProperty(ORT_PATH) == null) {
            Path dir = cacheDir.resolve(ortFolder()).resolve(platform());
            copyOrtLibrary(dir, "onnxruntime");
            copyOrtLibrary(dir, "onnxruntime4j_jni");
            System.setProperty(ORT_PATH, dir.toAbsolutePath().toString());
        }
        return start;
    }

    /**
     * Removes the empty folders ONNX Runtime made in java.io.tmpdir since {@code since}.
     * Folders with anything in them are left alone.
     */
    public static void removeOrtTempFolders(Instant since) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(tmp, "onnxruntime-java*")) {
            for (Path folder : folders) {
                FileTime made = Files.getLastModifiedTime(folder);
                if (Files.isDirectory(folder) && !made.toInstant().isBefore(since.minusSeconds(1))) {
                    try (DirectoryStream<Path> inside = Files.newDirectoryStream(folder)) {
                        if (!inside.iterator().hasNext()) {
                            Files.deleteIfExists(folder);
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // a leftover empty folder is harmless
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private static void copyOrtLibrary(Path dir, String name) throws IOException {
        String file = System.mapLibraryName(name);
        Path target = dir.resolve(file);
        if (Files.isRegularFile(target)) {
            return;
        }
        String resource = "/ai/onnxruntime/native/" + platform() + "/" + file;
        try (InputStream in = ai.onnxruntime.OrtEnvironment.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("ONNX Runtime has no library for this platform (" + platform() + ")");
            }
            Files.createDirectories(dir);
            Path part = Files.createTempFile(dir, file, ".part");
            try {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(part);
            }
        }
    }

    /** @return "onnxruntime-1.20.0" from the jar's file name, so an upgrade gets a new folder */
    private static String ortFolder() {
        try {
            CodeSource source = ai.onnxruntime.OrtEnvironment.class.getProtectionDomain().getCodeSource();
            if (source != null) {
                String jar = Path.of(source.getLocation().toURI()).getFileName().toString();
                return jar.endsWith(".jar") ? jar.substring(0, jar.length() - 4) : jar;
            }
        } catch (URISyntaxException | RuntimeException ignored) {
            // fall through
        }
        return "onnxruntime";
    }

    /** @return ONNX Runtime's name for this platform, e.g. "linux-x64" (its OnnxRuntime.initialiseOSArch) */
    static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String o = os.contains("mac") || os.contains("darwin") ? "osx" : os.contains("win") ? "win" : "linux";
        String a = arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : "x64";
        return o + "-" + a;
    }
}
