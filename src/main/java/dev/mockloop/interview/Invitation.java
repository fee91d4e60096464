package dev.mockloop.interview;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockloop.attempt.ScoreSheet;
import dev.mockloop.session.ActiveRound;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * One invitation to interview one round: its token, who holds its seats, the latest status and
 * sketch every page is sent, and what each interviewer has noted and scored. Pages connect,
 * send {@link PageCommand}s and disconnect on Jetty's threads; probes and nudges go to the
 * round on the round's thread; saves run on the {@link Scheduler}'s. Thread-safe.
 */
final class Invitation {

    /** Told when interviewers come or go or submit; on any thread. */
    interface Listener {
        void changed();
    }

    /** The words a nudge with no message of its own shows. */
    static final String DEFAULT_NUDGE = "Time to move on";

    private static final class SeatSheet {
        String notes = "";
        ScoreSheet sheet = ScoreSheet.EMPTY;
        boolean submitted;
        boolean unsaved;
    }

    private final InviteToken token;
    private final ActiveRound round;
    private final String roundId;
    private final RoundBrief brief;
    private final Executor roundThread;
    private final Scheduler scheduler;
    private final SheetStore store;
    private final Clock clock;
    private final Runnable refreshStatus;
    private final Listener listener;
    private final Seats<PageConnection> seats;
    private final Map<PageConnection, Integer> seatOf = new ConcurrentHashMap<>();
    private final SeatSheet[] sheets = {new SeatSheet(), new SeatSheet()};
    private volatile String status;
    private volatile String sketch;
    private volatile String endedReason;

    /**
     * @param round         the round, used on {@code roundThread} only
     * @param roundId       its id, read on the round's thread beforehand
     * @param brief         what the page shows that does not change
     * @param status        the first {@code status} message
     * @param refreshStatus asks for a fresh status; run on the round's thread
     */
    Invitation(InviteToken token, ActiveRound round, String roundId, RoundBrief brief, String status,
               Executor roundThread, Scheduler scheduler, SheetStore store, Clock clock, SecureRandom random,
               Runnable refreshStatus, Listener listener) {
        this.token = token;
        this.round = round;
        this.roundId = roundId;
        this.brief = brief;
        this.status = status;
        this.roundThread = roundThread;
        this.scheduler = scheduler;
        this.store = store;
        this.clock = clock;
        this.refreshStatus = refreshStatus;
        this.listener = listener;
        this.seats = new Seats<>(random);
    }

    InviteToken token() {
        return token;
    }

    String roundId() {
        return roundId;
    }

    /** @return whether the link still works: not withdrawn, and the round not saved or dropped */
    boolean open() {
        return endedReason == null;
    }

    /**
     * A page connected: it takes a seat and gets everything to show, or is told why not and closed.
     *
     * @param seatKey the key the page kept from an earlier connection, or null
     */
    void attach(PageConnection page, String seatKey) {
        String ended = endedReason;
        if (ended != null) {
            page.send(PageJson.write(PageJson.message("ended").put("reason", ended)));
            page.close(1000, "invitation ended");
            return;
        }
        var claim = seats.claim(seatKey, page);
        if (claim.isEmpty()) {
            page.send(PageJson.write(PageJson.message("refused").put("reason",
                    "Someone is already interviewing with this link. The candidate can allow a second interviewer"
                            + " in Mockloop; then reload this page.")));
            page.close(1008, "seat taken");
            return;
        }
        int seat = claim.get().seat();
        PageConnection replaced = claim.get().replaced();
        if (replaced != null) {
            seatOf.remove(replaced);
            replaced.send(PageJson.write(PageJson.message("ended").put("reason",
                    "This page was opened again in another window or tab; carry on there.")));
            replaced.close(1000, "opened elsewhere");
        }
        seatOf.put(page, seat);
        page.send(PageJson.write(PageJson.message("welcome").put("seat", seat).put("seatKey", claim.get().key())));
        page.send(brief.json());
        page.send(status);
        String latestSketch = sketch;
        if (latestSketch != null) {
            page.send(latestSketch);
        }
        page.send(sheetMessage(seat));
        listener.changed();
    }

    /** The page's socket closed; its seat is free for it (or anyone with the link) to take again. */
    void detach(PageConnection page) {
        Integer seat = seatOf.remove(page);
        if (seat != null) {
            seats.release(seat, page);
            listener.changed();
        }
    }

    /** A message from a page; refused ones get an {@code error} message back. */
    void receive(PageConnection page, String text) {
        Integer seat = seatOf.get(page);
        if (seat == null || !open()) {
            return;
        }
        PageCommand command;
        try {
            command = PageCommand.parse(text, brief);
        } catch (BadCommand refused) {
            page.send(error(refused.getMessage()));
            return;
        }
        if (command instanceof PageCommand.Fire fire) {
            roundThread.execute(() -> {
                if (open()) {
                    if (round.fireProbe(fire.probeIndex())) {
                        refreshStatus.run();
                    } else {
                        page.send(error("That probe was asked already, or the round is not running."));
                    }
                }
            });
        } else if (command instanceof PageCommand.Nudge nudge) {
            roundThread.execute(() -> {
                if (open()) {
                    round.nudge(nudge.message().isBlank() ? DEFAULT_NUDGE : nudge.message());
                }
            });
        } else if (command instanceof PageCommand.Notes notes) {
            update(seat, s -> s.notes = notes.text());
        } else if (command instanceof PageCommand.Draft draft) {
            update(seat, s -> s.sheet = draft.sheet());
        } else if (command instanceof PageCommand.Submit submit) {
            update(seat, s -> s.sheet = submit.sheet());
            InterviewerSheet sheet = snapshot(seat, true);
            scheduler.execute(() -> save(sheet, page));
        }
    }

    private void update(int seat, java.util.function.Consumer<SeatSheet> change) {
        synchronized (sheets) {
            change.accept(sheets[seat - 1]);
            sheets[seat - 1].unsaved = true;
        }
    }

    private InterviewerSheet snapshot(int seat, boolean submitted) {
        synchronized (sheets) {
            SeatSheet s = sheets[seat - 1];
            return new InterviewerSheet(roundId, seat, s.sheet, s.notes, clock.instant(), submitted || s.submitted);
        }
    }

    private void save(InterviewerSheet sheet, PageConnection replyTo) {
        try {
            store.save(sheet);
            synchronized (sheets) {
                SeatSheet s = sheets[sheet.seat() - 1];
                s.submitted |= sheet.submitted();
                s.unsaved = !(s.notes.equals(sheet.notes()) && s.sheet.equals(sheet.sheet()));
            }
            if (replyTo != null) {
                replyTo.send(PageJson.write(PageJson.message("saved").put("at", sheet.savedAt().toEpochMilli())));
            }
            listener.changed();
        } catch (RuntimeException e) {
            if (replyTo != null) {
                replyTo.send(error("Your scores could not be saved (" + e.getMessage() + "). Submit again."));
            }
        }
    }

    /** @param json the latest {@code status} message, sent to every page */
    void publishStatus(String json) {
        status = json;
        broadcast(json);
    }

    /** @param json the latest {@code sketch} message, sent to every page */
    void publishSketch(String json) {
        sketch = json;
        broadcast(json);
    }

    private void broadcast(String json) {
        if (open()) {
            for (PageConnection page : seats.connected()) {
                page.send(json);
            }
        }
    }

    /**
     * Ends the invitation: the link stops working, every page is told why and closed. Run on the
     * scheduler's thread.
     *
     * @param reason     shown on the page, e.g. "The candidate saved the round."
     * @param keepDrafts whether scoring not yet submitted is saved as a draft (the round was saved
     *                   before the interviewer submitted: their work is not lost)
     */
    void end(String reason, boolean keepDrafts) {
        if (endedReason != null) {
            return;
        }
        endedReason = reason;
        if (keepDrafts) {
            for (int seat = 1; seat <= Seats.MAX; seat++) {
                boolean pending;
                boolean empty;
                synchronized (sheets) {
                    SeatSheet s = sheets[seat - 1];
                    pending = s.unsaved;
                    empty = s.sheet.isBlank() && s.notes.isBlank();
                }
                if (pending && !empty) {
                    save(snapshot(seat, false), null);
                }
            }
        }
        String message = PageJson.write(PageJson.message("ended").put("reason", reason));
        List<PageConnection> pages = seats.connected();
        for (PageConnection page : pages) {
            page.send(message);
            page.close(1000, "invitation ended");
        }
        listener.changed();
    }

    /** @param second whether a second interviewer may join */
    void allowSecond(boolean second) {
        seats.allowSecond(second);
        listener.changed();
    }

    boolean secondAllowed() {
        return seats.secondAllowed();
    }

    /** @return how many interviewers are connected now */
    int interviewers() {
        return seats.connected().size();
    }

    /** @return how many interviewers have submitted their scores */
    int submitted() {
        synchronized (sheets) {
            int n = 0;
            for (SeatSheet s : sheets) {
                n += s.submitted ? 1 : 0;
            }
            return n;
        }
    }

    private String sheetMessage(int seat) {
        synchronized (sheets) {
            SeatSheet s = sheets[seat - 1];
            ObjectNode node = PageJson.message("sheet");
            node.put("notes", s.notes);
            ObjectNode levels = node.putObject("levels");
            s.sheet.levels().forEach(levels::put);
            node.set("failureModes", PageJson.strings(s.sheet.failureModeIds()));
            if (s.sheet.verdict() != null) {
                node.put("verdict", s.sheet.verdict().name());
            } else {
                node.putNull("verdict");
            }
            node.put("feedback", s.sheet.text());
            node.put("submitted", s.submitted);
            return PageJson.write(node);
        }
    }

    private static String error(String message) {
        return PageJson.write(PageJson.message("error").put("message", message));
    }
}
