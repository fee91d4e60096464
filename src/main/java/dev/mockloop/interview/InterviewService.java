package dev.mockloop.interview;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.session.ActiveRound;
import dev.mockloop.session.RoundListener;
import dev.mockloop.session.ScheduledProbe;
import dev.mockloop.session.Ticker;
import java.net.InetAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Interviewer mode: a friend opens a link in any browser and runs the round as the interviewer.
 * Built once by the composition root, which closes it at exit; the web server only runs while an
 * invitation is open, one server per invitation.
 *
 * <p><b>Threads.</b> Call every public method on the round's thread (the UI thread in the app);
 * status listeners are called there too. Everything the server asks of the round is handed to
 * that thread through the {@code roundThread} executor; binding, SVG and saves run on the
 * {@link Scheduler}'s thread, so the round's thread never waits on the network or the disk.
 *
 * <p><b>Life of an invitation.</b> {@link #invite} starts a server with a new {@link InviteToken};
 * the link stops working when the candidate withdraws it, invites again, saves the round or
 * abandons it, and the server stops with it. Scoring the interviewer has not submitted is saved
 * as a draft when the round is saved or the invitation withdrawn. It hears the round's events as
 * a {@link RoundListener}: the composition root adds it to the round service.
 */
public final class InterviewService implements RoundListener, AutoCloseable {

    /** How often the page's clock is set right from the round's timer, ms. */
    static final long HEARTBEAT_MS = 1_000;

    private final Executor roundThread;
    private final Scheduler scheduler;
    private final SheetStore sheets;
    private final Clock clock;
    private final Ticker ticker;
    private final SecureRandom random;
    private final Supplier<Optional<InetAddress>> lanAddress;
    private final List<Consumer<InviteStatus>> listeners = new CopyOnWriteArrayList<>();
    // Round thread only:
    private InviteStatus status = InviteStatus.NONE;
    private ActiveRound round;
    private SketchFeed sketchFeed;
    private Scheduler.Scheduled heartbeat;
    private String link = "";
    private String address = "";
    private String problem = "";
    private boolean starting;
    // Read by the server's threads:
    private volatile Invitation invitation;
    // Scheduler thread only:
    private InterviewServer server;

    /**
     * @param roundThread runs work on the round's thread ({@code Platform::runLater} in the app)
     * @param scheduler   interviewer mode's own thread
     * @param sheets      where interviewers' scores are saved
     * @param clock       stamps saved sheets
     * @param ticker      monotonic time for rate limits and the sketch's pacing
     * @param random      draws tokens and seat keys
     * @param lanAddress  finds this machine's local-network address ({@link LanAddress#find})
     */
    public InterviewService(Executor roundThread, Scheduler scheduler, SheetStore sheets, Clock clock, Ticker ticker,
                            SecureRandom random, Supplier<Optional<InetAddress>> lanAddress) {
        this.roundThread = Objects.requireNonNull(roundThread, "roundThread");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.sheets = Objects.requireNonNull(sheets, "sheets");
        this.clock = clock;
        this.ticker = ticker;
        this.random = random;
        this.lanAddress = lanAddress;
    }

    /** @param listener told of every change of {@link #status()}, on the round's thread */
    public void addStatusListener(Consumer<InviteStatus> listener) {
        listeners.add(listener);
    }

    /** @param listener a listener added before; does nothing if it is not there */
    public void removeStatusListener(Consumer<InviteStatus> listener) {
        listeners.remove(listener);
    }

    /** @return where the invitation stands now */
    public InviteStatus status() {
        return status;
    }

    /**
     * Invites an interviewer to this round: a new link (ending any earlier one), the server
     * started in the background. The status goes to {@link InviteStatus.State#OPEN} with the link,
     * or to {@link InviteStatus.State#FAILED} with a reason, and the round goes on either way.
     *
     * @param live     the round in progress (before its start or during it)
     * @param settings loopback or the local network, and the port
     */
    public void invite(ActiveRound live, InterviewSettings settings) {
        endInvitation("The candidate made a new invitation link.", true);
        InviteToken token = InviteToken.random(random);
        String roundId = live.roundId();
        RoundBrief brief = RoundBrief.of(live.round());
        Invitation opened = new Invitation(token, live, roundId, brief, RoundStatus.of(live.round()), roundThread,
                scheduler, sheets, clock, random, this::publishStatus, () -> roundThread.execute(this::notifyListeners));
        round = live;
        invitation = opened;
        starting = true;
        problem = "";
        link = "";
        address = "";
        sketchFeed = new SketchFeed(live.round().sketch(), roundThread, scheduler, ticker, opened::publishSketch);
        sketchFeed.start();
        heartbeat = scheduler.schedule(() -> beat(opened), HEARTBEAT_MS);
        notifyListeners();
        Optional<InetAddress> lan = settings.lan() ? lanAddress.get() : Optional.empty();
        scheduler.execute(() -> startServer(opened, settings, lan));
    }

    private void startServer(Invitation opened, InterviewSettings settings, Optional<InetAddress> lan) {
        if (!opened.open()) {
            return;
        }
        String outcomeLink;
        String outcomeAddress;
        String failure = "";
        try {
            if (settings.lan() && lan.isEmpty()) {
                throw new InterviewServerException("This computer is not on a local network, so the interviewer"
                        + " can only reach it from this computer. Untick \"local network\" to invite on 127.0.0.1."
                        + " Your round goes on.", null);
            }
            InetAddress bind = settings.lan() ? InetAddress.getByName("0.0.0.0") : InetAddress.getLoopbackAddress();
            String host = lan.map(InetAddress::getHostAddress).orElse(null);
            stopServer();
            server = InterviewServer.start(bind, settings.port(), host, () -> invitation, ticker);
            String shownHost = host != null ? host : "127.0.0.1";
            outcomeLink = "http://" + shownHost + ":" + server.port() + "/i/" + opened.token().value() + "/";
            outcomeAddress = host != null ? "the local network (" + host + ":" + server.port() + ")"
                    : "this computer only (127.0.0.1:" + server.port() + ")";
        } catch (InterviewServerException | java.net.UnknownHostException e) {
            outcomeLink = "";
            outcomeAddress = "";
            failure = e.getMessage();
        }
        String finalLink = outcomeLink;
        String finalAddress = outcomeAddress;
        String finalFailure = failure;
        roundThread.execute(() -> {
            if (invitation != opened) {
                return;
            }
            starting = false;
            link = finalLink;
            address = finalAddress;
            problem = finalFailure;
            if (!finalFailure.isEmpty()) {
                stopRoundSide();
                invitation = null;
                Invitation failed = opened;
                scheduler.execute(() -> failed.end("The invitation could not start.", false));
            }
            notifyListeners();
        });
    }

    /** Ends the link: the interviewer's page says so, and the server stops. Unsubmitted scoring is kept as a draft. */
    public void withdraw() {
        endInvitation("The candidate withdrew the invitation.", true);
        problem = "";
        notifyListeners();
    }

    /** @param second whether a second interviewer may open the link while the first has it open */
    public void allowSecond(boolean second) {
        Invitation current = invitation;
        if (current != null) {
            current.allowSecond(second);
        }
    }

    @Override
    public void started(ActiveRound r) {
        roundChanged(r);
    }

    @Override
    public void paused(ActiveRound r) {
        roundChanged(r);
    }

    @Override
    public void resumed(ActiveRound r) {
        roundChanged(r);
    }

    @Override
    public void phaseChanged(ActiveRound r) {
        roundChanged(r);
    }

    @Override
    public void probeShown(ActiveRound r, ScheduledProbe probe) {
        roundChanged(r);
    }

    @Override
    public void probeAnswered(ActiveRound r, ScheduledProbe probe, long responseMs) {
        roundChanged(r);
    }

    @Override
    public void finished(ActiveRound r) {
        roundChanged(r);
    }

    /** The round was saved as an attempt: scoring not submitted is saved as a draft, and the link expires. */
    @Override
    public void saved(ActiveRound r, Attempt attempt) {
        if (isInvited(r)) {
            publishStatus();
            endInvitation("The candidate saved the round. Thank you for interviewing; this link has expired.", true);
            notifyListeners();
        }
    }

    /** The round was abandoned: the link expires and nothing is kept. */
    @Override
    public void abandoned(ActiveRound r) {
        if (isInvited(r)) {
            endInvitation("The candidate ended the round without saving it. This link has expired.", false);
            notifyListeners();
        }
    }

    /** The round's clock or probes changed: the page hears at once rather than at the next heartbeat. */
    private void roundChanged(ActiveRound r) {
        if (isInvited(r)) {
            publishStatus();
        }
    }

    private boolean isInvited(ActiveRound r) {
        Invitation current = invitation;
        return current != null && current.roundId().equals(r.roundId());
    }

    /** Ends any invitation (keeping drafts) and stops the server; the composition root closes the scheduler after. */
    @Override
    public void close() {
        endInvitation("Mockloop was closed. This link has expired.", true);
    }

    private void endInvitation(String reason, boolean keepDrafts) {
        Invitation ending = invitation;
        if (ending == null) {
            return;
        }
        stopRoundSide();
        invitation = null;
        starting = false;
        link = "";
        address = "";
        scheduler.execute(() -> {
            ending.end(reason, keepDrafts);
            stopServer();
        });
    }

    private void stopRoundSide() {
        if (sketchFeed != null) {
            sketchFeed.stop();
            sketchFeed = null;
        }
        if (heartbeat != null) {
            heartbeat.cancel();
            heartbeat = null;
        }
        round = null;
    }

    private void stopServer() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    private void beat(Invitation beating) {
        roundThread.execute(() -> {
            if (invitation == beating) {
                publishStatus();
                heartbeat = scheduler.schedule(() -> beat(beating), HEARTBEAT_MS);
            }
        });
    }

    /** Round thread: the round's clock and probes to every page. */
    private void publishStatus() {
        Invitation current = invitation;
        if (current != null && round != null) {
            current.publishStatus(RoundStatus.of(round.round()));
        }
    }

    private void notifyListeners() {
        Invitation current = invitation;
        InviteStatus.State state = current == null ? (problem.isEmpty() ? InviteStatus.State.NONE
                : InviteStatus.State.FAILED) : starting ? InviteStatus.State.STARTING : InviteStatus.State.OPEN;
        status = new InviteStatus(state, current == null ? "" : link, current == null ? "" : address,
                current == null ? 0 : current.interviewers(), current == null ? 0 : current.submitted(),
                current != null && current.secondAllowed(), problem);
        for (Consumer<InviteStatus> listener : listeners) {
            listener.accept(status);
        }
    }
}
