package dev.mockloop.ui.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.interview.InterviewService;
import dev.mockloop.interview.InterviewSettings;
import dev.mockloop.interview.InterviewerSheetRepository;
import dev.mockloop.interview.InviteStatus;
import dev.mockloop.interview.Scheduler;
import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import dev.mockloop.session.ActiveRound;
import dev.mockloop.session.ManualTicker;
import dev.mockloop.session.RoundService;
import dev.mockloop.session.TestRounds;
import dev.mockloop.storage.Database;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The invite pane's state without a window, over the real service and server on 127.0.0.1. The
 * round's thread is the test's; interviewer mode's thread runs its due work when the test says.
 */
class InviteViewModelTest {

    private static final LibraryQuestion QUESTION = new PackLibrary(BundledPacks.load(new PackReader())).questions().get(0);

    /** Interviewer mode's thread, by hand: work due now runs on {@link #runDue()}; timed work (heartbeats) waits. */
    private static final class HandScheduler implements Scheduler {
        private final List<Runnable> due = new ArrayList<>();

        @Override
        public Scheduled schedule(Runnable task, long delayMs) {
            boolean[] cancelled = {false};
            if (delayMs == 0) {
                due.add(() -> {
                    if (!cancelled[0]) {
                        task.run();
                    }
                });
            }
            return () -> cancelled[0] = true;
        }

        void runDue() {
            while (!due.isEmpty()) {
                due.remove(0).run();
            }
        }
    }

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
    private final ManualTicker ticker = new ManualTicker();
    private final HandScheduler scheduler = new HandScheduler();
    private final List<InterviewSettings> saved = new ArrayList<>();
    private Database db;
    private InterviewService service;
    private ActiveRound round;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("mockloop.db"));
        service = new InterviewService(Runnable::run, scheduler, new InterviewerSheetRepository(db), clock, ticker,
                new SecureRandom(), Optional::empty);
        RoundService rounds = TestRounds.inLine(db, ticker, clock);
        rounds.addListener(service);
        round = rounds.begin(QUESTION, QUESTION.framework());
    }

    @AfterEach
    void close() {
        service.close();
        scheduler.runDue();   // the server stops
        db.close();
    }

    private InviteViewModel model(InterviewSettings settings) {
        return new InviteViewModel(service, round, settings, saved::add);
    }

    @Test
    void beforeAnInvitationThereIsNoLinkAndNothingToWithdraw() {
        InviteViewModel model = model(InterviewSettings.DEFAULTS);
        assertEquals(InviteStatus.State.NONE, model.stateProperty().get());
        assertEquals("No interviewer invited.", model.peopleProperty().get());
        assertEquals("", model.linkProperty().get());
        assertNull(model.qrProperty().get());
        assertFalse(model.openProperty().get());
    }

    @Test
    void invitingStartsThenGivesTheLinkItsQrCodeAndWhereItListens() {
        InviteViewModel model = model(InterviewSettings.DEFAULTS);
        model.invite();
        assertEquals(InviteStatus.State.STARTING, model.stateProperty().get());
        assertEquals("Starting the interviewer's page\u2026", model.peopleProperty().get());
        assertTrue(model.openProperty().get(), "a starting link can be withdrawn");

        scheduler.runDue();
        assertEquals(InviteStatus.State.OPEN, model.stateProperty().get());
        String link = model.linkProperty().get();
        assertTrue(link.matches("http://127\\.0\\.0\\.1:\\d+/i/[^/]+/"), link);
        String port = link.replaceAll("http://127\\.0\\.0\\.1:(\\d+)/.*", "$1");
        assertEquals("Listening on this computer only (127.0.0.1:" + port + ").", model.addressProperty().get());
        assertNotNull(model.qrProperty().get(), "a QR code of the link");
        assertEquals("Waiting for your interviewer to open the link.", model.peopleProperty().get());
        assertFalse(model.connectedProperty().get());

        model.withdraw();
        assertEquals(InviteStatus.State.NONE, model.stateProperty().get());
        assertEquals("", model.linkProperty().get());
        assertNull(model.qrProperty().get());
        assertFalse(model.openProperty().get());
    }

    @Test
    void choosingTheLocalNetworkIsSavedAndWithoutOneTheInvitationFailsWithWhatToDo() {
        InviteViewModel model = model(InterviewSettings.DEFAULTS);
        model.invite();
        scheduler.runDue();
        String loopbackLink = model.linkProperty().get();

        model.lanProperty().set(true);
        assertEquals(List.of(new InterviewSettings(true, 0)), saved);
        assertEquals(InviteStatus.State.STARTING, model.stateProperty().get(), "an open link is made again on the new address");
        scheduler.runDue();

        assertEquals(InviteStatus.State.FAILED, model.stateProperty().get());
        assertEquals("The interviewer's page did not start.", model.peopleProperty().get());
        assertTrue(model.problemProperty().get().contains("Untick \"local network\""), model.problemProperty().get());
        assertTrue(model.problemProperty().get().endsWith("Your round goes on."));
        assertEquals("", model.linkProperty().get(), "the old link " + loopbackLink + " is gone");
        assertFalse(model.openProperty().get());
    }

    @Test
    void aSavedLocalNetworkChoiceIsTheStartingChoice() {
        assertTrue(model(new InterviewSettings(true, 0)).lanProperty().get());
        assertFalse(model(InterviewSettings.DEFAULTS).lanProperty().get());
        assertTrue(saved.isEmpty(), "showing the pane saves nothing");
    }

    @Test
    void afterTheRoundIsAbandonedThePaneNoLongerFollowsTheService() {
        InviteViewModel model = model(InterviewSettings.DEFAULTS);
        model.invite();
        scheduler.runDue();
        round.abandon();
        assertEquals(InviteStatus.State.NONE, service.status().state());
        InviteStatus.State seen = model.stateProperty().get();

        service.invite(round, InterviewSettings.DEFAULTS);   // another pane's invitation, say
        assertEquals(InviteStatus.State.STARTING, service.status().state());
        assertEquals(seen, model.stateProperty().get(), "the disposed model does not listen");
    }
}
