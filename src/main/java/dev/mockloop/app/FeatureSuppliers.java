package dev.mockloop.app;

import dev.mockloop.coach.CoachService;
import dev.mockloop.interview.InterviewKit;
import dev.mockloop.voice.VoiceService;
import java.util.function.Supplier;

/**
 * The coach's, the voice's and interviewer mode's services as the shell takes them: asked for
 * when a screen first needs one. Classes rather than method references, because linking
 * {@code context::coach} loads {@code CoachService} (its type is in the reference's
 * signature), and nothing of those packages loads before the first frame (FirstFrameTest).
 */
final class FeatureSuppliers {

    private FeatureSuppliers() {
    }

    static Supplier<CoachService> coach(AppContext context) {
        return new Supplier<>() {
            @Override
            public CoachService get() {
                return context.coach();
            }
        };
    }

    static Supplier<InterviewKit> interview(AppContext context) {
        return new Supplier<>() {
            @Override
            public InterviewKit get() {
                return context.interview();
            }
        };
    }

    static Supplier<VoiceService> voice(AppContext context) {
        return new Supplier<>() {
            @Override
            public VoiceService get() {
                return context.voice();
            }
        };
    }
}
