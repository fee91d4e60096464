package dev.mockloop.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Sizes of what the installer build makes in {@value #DIR} ({@code ./mvnw -Pbench verify}
 * builds it first): the .deb, which should stay under 60 MB, and the app-image folder,
 * which is what the .deb installs (plus the class-data archive the package makes on
 * install). MB here is 1,000,000 bytes. Without an installer build (the smoke run in
 * {@code ./mvnw verify}) both tests are skipped, saying so.
 */
class InstallBench {

    static final String DIR = "target/installer";
    private static final double MB = 1_000_000.0;

    @Test
    void debSize() throws IOException {
        if (!Bench.wanted("install.deb_size")) {
            return;
        }
        List<Path> debs = list(".deb");
        Assumptions.assumeTrue(debs.size() == 1,
                () -> "install: expected one .deb in " + DIR + ", found " + debs + "; ./mvnw -Pinstaller package builds it");
        Bench.report("install.deb_size", Files.size(debs.get(0)) / MB, "MB");
    }

    @Test
    void appImageSize() throws IOException {
        if (!Bench.wanted("install.app_image_size")) {
            return;
        }
        Path image = Path.of(DIR, "Mockloop");
        Assumptions.assumeTrue(Files.isDirectory(image),
                () -> "install: no app-image at " + image + "; ./mvnw -Pinstaller package builds it");
        long bytes;
        try (Stream<Path> files = Files.walk(image)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        Bench.report("install.app_image_size", bytes / MB, "MB");
    }

    private static List<Path> list(String suffix) throws IOException {
        Path dir = Path.of(DIR);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
        }
    }
}
