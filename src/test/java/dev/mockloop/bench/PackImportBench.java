package dev.mockloop.bench;

import dev.mockloop.pack.Behavioral;
import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.Design;
import dev.mockloop.pack.Level;
import dev.mockloop.pack.Pack;
import dev.mockloop.pack.PackBundle;
import dev.mockloop.pack.PackException;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import dev.mockloop.pack.PackStore;
import dev.mockloop.pack.PackWriter;
import dev.mockloop.pack.Probe;
import dev.mockloop.pack.Question;
import dev.mockloop.pack.install.PackInstaller;
import dev.mockloop.pack.install.PackStateRepository;
import dev.mockloop.pack.install.Packs;
import dev.mockloop.pack.io.Download;
import dev.mockloop.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing a generated pack of 10,000 questions, the most a pack may hold, end to end as
 * "Import pack…" does it: read the file, check it against the schema and the rules, plan
 * it against the installed packs, and install it (stage the folder, write the database
 * rows and swap the folder in, in one transaction) into a fresh data directory. The smoke
 * run ({@link Bench#smoke()}) imports a pack of 100 questions twice.
 */
class PackImportBench {

    @TempDir
    Path dir;

    @Test
    void import10k() throws Exception {
        if (!Bench.wanted("pack.import_10k")) {
            return;
        }
        PackReader reader = new PackReader();
        Path file = dir.resolve("big.json");
        Files.write(file, new PackWriter().write(generate(reader, Bench.size(10_000, 100))));
        System.out.println("pack.import_10k: file is " + Files.size(file) / 1024 + " KiB");
        // Fresh data directories with their databases open, so each run is a first import and
        // the timing covers the import alone, not creating the database.
        List<Database> databases = new ArrayList<>();
        List<Packs> targets = new ArrayList<>();
        for (int i = 0; i < Bench.size(11, 2); i++) {
            Path data = Files.createDirectories(dir.resolve("data-" + i));
            Database database = Database.open(data.resolve("mockloop.db"));
            databases.add(database);
            targets.add(new Packs(reader, new PackStore(data.resolve("packs"), reader),
                    new PackStateRepository(database, Clock.systemUTC()), new Download()));
        }
        try {
            long first = System.nanoTime();
            importInto(targets.get(0), file);
            Bench.report("pack.import_10k_first", (System.nanoTime() - first) / 1e6, "ms");
            int[] run = {1};
            double median = Bench.medianMillis(3, 7, () -> importInto(targets.get(run[0]++), file));
            Bench.report("pack.import_10k", median, "ms");
        } finally {
            databases.forEach(Database::close);
        }
    }

    private static long importInto(Packs packs, Path file) {
        try {
            PackBundle bundle = packs.sources().read(file);
            PackInstaller.Result result = packs.installer().apply(
                    packs.installer().plan(bundle, new PackLibrary(List.of())), false);
            return result.installed().pack().questions().size();
        } catch (PackException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A pack like the bundled ones, with {@code count} questions of realistic length. */
    static Pack generate(PackReader reader, int count) {
        Pack template = BundledPacks.load(reader).get(0).pack();
        String framework = template.frameworks().get(0).id();
        List<Question> questions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            questions.add(new Question("question-" + i, "Generated question number " + i, Level.values()[i % 5],
                    List.of("tag-" + (i % 40), "generated"), framework,
                    new Behavioral("Tell me about a time you owned an incident end to end, case " + i + ".",
                            List.of("Owns the outcome", "Names the trade-off")),
                    new Design("Design the system behind case " + i + " for 10 million daily users, with its APIs,"
                            + " storage and the failure you would plan for first.",
                            List.of("What is the read to write ratio?"),
                            List.of(new Probe("A region goes down. What happens?", null, null)),
                            List.of("Estimates before boxes", "Idempotent writes"))));
        }
        return new Pack("bench.generated", "1.0.0", "Generated 10k", "Generated for the import benchmark.",
                List.of("Bench"), "CC0-1.0", template.frameworks(), template.rubric(), template.failureModes(),
                questions);
    }
}
