package dev.mockloop.pack.bundled;

import static dev.mockloop.pack.bundled.Bundled.assertNone;

import dev.mockloop.pack.Bar;
import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.Dimension;
import dev.mockloop.pack.Framework;
import dev.mockloop.pack.InstalledPack;
import dev.mockloop.pack.Level;
import dev.mockloop.pack.PackCheck;
import dev.mockloop.pack.PackProblem;
import dev.mockloop.pack.PackReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Frameworks keep the minutes their titles promise, every dimension has a bar per level, and the app's own validator passes each pack. */
class BundledPackShapeTest {

    private static final Pattern MINUTES = Pattern.compile("(\\d+)\\s+minutes");

    @Test
    void everyFrameworksPhasesSumToTheMinutesItsTitleStates() {
        List<String> failures = new ArrayList<>();
        for (InstalledPack pack : Bundled.packs()) {
            for (Framework f : pack.pack().frameworks()) {
                Matcher m = MINUTES.matcher(f.title());
                if (!m.find()) {
                    failures.add(pack.pack().id() + " framework " + f.id() + " title \"" + f.title()
                            + "\" states no minutes; end it with e.g. \", 45 minutes\"");
                    continue;
                }
                long stated = Long.parseLong(m.group(1)) * 60_000;
                if (f.plannedMillis() != stated) {
                    failures.add(pack.pack().id() + " framework " + f.id() + " says " + m.group(1)
                            + " minutes but its phases sum to " + f.plannedMillis() / 60_000.0);
                }
            }
        }
        assertNone(failures, "frameworks whose phases do not add up");
    }

    @Test
    void everyRubricDimensionStatesABarForMidSeniorAndStaffThatNeverFallsWithTheLevel() {
        List<String> failures = new ArrayList<>();
        for (InstalledPack pack : Bundled.packs()) {
            for (Dimension d : pack.pack().rubric().dimensions()) {
                String where = pack.pack().id() + " dimension " + d.id();
                Bar mid = d.bars().get(Level.MID);
                Bar senior = d.bars().get(Level.SENIOR);
                Bar staff = d.bars().get(Level.STAFF);
                if (mid == null || senior == null || staff == null) {
                    failures.add(where + " lacks a bar for " + missing(mid, senior, staff));
                    continue;
                }
                if (mid.expect() > senior.expect() || senior.expect() > staff.expect()) {
                    failures.add(where + " expects " + mid.expect() + "/" + senior.expect() + "/" + staff.expect()
                            + " for mid/senior/staff; a higher level never expects less");
                }
                if (mid.text().equals(senior.text()) || senior.text().equals(staff.text())) {
                    failures.add(where + " says the same thing at two levels");
                }
            }
        }
        assertNone(failures, "dimensions without a bar that moves with the level");
    }

    @Test
    void everyBundledPackPassesTheAppsOwnValidator() throws IOException {
        PackReader reader = new PackReader();
        List<String> failures = new ArrayList<>();
        for (String name : BundledPacks.fileNames()) {
            Path file = Path.of("question-packs", name);
            PackCheck check = reader.check(file.toString(), Files.readAllBytes(file));
            check.problems().stream().map(PackProblem::format).forEach(failures::add);
        }
        assertNone(failures, "problems found by the pack validator");
    }

    private static String missing(Bar mid, Bar senior, Bar staff) {
        List<String> names = new ArrayList<>();
        if (mid == null) {
            names.add("mid");
        }
        if (senior == null) {
            names.add("senior");
        }
        if (staff == null) {
            names.add("staff");
        }
        return String.join(", ", names);
    }
}
