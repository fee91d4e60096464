package dev.mockloop.ui.coach;

import dev.mockloop.coach.CoachService;
import dev.mockloop.coach.CoachSettings;
import dev.mockloop.coach.FakeEncoder;
import dev.mockloop.pack.Level;
import dev.mockloop.pack.Rubric;
import java.util.List;

/** Coverage view models for screens shown in tests without a coach. */
public final class TestCoverage {

    private TestCoverage() {
    }

    /** @return a view model over a coach that is switched off, reporting in line */
    public static CoverageViewModel off() {
        return new CoverageViewModel(new CoachService(FakeEncoder::new, null, new CoachSettings(false), Runnable::run),
                new Rubric(List.of()), Level.SENIOR, Runnable::run);
    }
}
