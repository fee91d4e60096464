package dev.mockloop.ui.interview;

import dev.mockloop.interview.InterviewService;
import dev.mockloop.interview.InterviewSettings;
import dev.mockloop.interview.InviteStatus;
import dev.mockloop.interview.QrCode;
import dev.mockloop.attempt.Attempt;
import dev.mockloop.session.ActiveRound;
import dev.mockloop.session.RoundListener;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * State of the "Invite an interviewer" pane for one round: the link and its QR code, where the
 * server listens, who is connected, and why it failed if it did. The candidate chooses loopback
 * or the local network (saved in their settings) and whether a second interviewer may join.
 * Everything happens on the UI thread; the service starts its server in the background.
 */
public final class InviteViewModel {

    private final InterviewService service;
    private final ActiveRound round;
    private final Consumer<InterviewSettings> saveSettings;
    private final Consumer<InviteStatus> listener = this::show;
    private final ReadOnlyObjectWrapper<InviteStatus.State> state = new ReadOnlyObjectWrapper<>(InviteStatus.State.NONE);
    private final ReadOnlyStringWrapper link = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper address = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper people = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<QrCode> qr = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper();
    private final BooleanProperty lan = new SimpleBooleanProperty();
    private final BooleanProperty allowSecond = new SimpleBooleanProperty();
    private InterviewSettings settings;

    /**
     * @param service      interviewer mode, built once by the composition root
     * @param round        the round to invite an interviewer to (before its start or during it)
     * @param settings     the saved interviewer settings
     * @param saveSettings saves changed settings (off the UI thread)
     */
    public InviteViewModel(InterviewService service, ActiveRound round, InterviewSettings settings,
                           Consumer<InterviewSettings> saveSettings) {
        this.service = service;
        this.round = round;
        this.settings = settings;
        this.saveSettings = saveSettings;
        lan.set(settings.lan());
        lan.addListener((obs, was, onLan) -> lanChosen(onLan));
        allowSecond.addListener((obs, was, second) -> service.allowSecond(second));
        service.addStatusListener(listener);
        // The round's end ends the invitation too; this model then stops listening.
        round.addListener(new RoundListener() {
            @Override
            public void saved(ActiveRound r, Attempt attempt) {
                dispose();
            }

            @Override
            public void abandoned(ActiveRound r) {
                dispose();
            }
        });
        show(service.status());
    }

    /** Makes a link (ending any earlier one) and starts the server in the background. */
    public void invite() {
        service.invite(round, settings);
        service.allowSecond(allowSecond.get());
    }

    /** Ends the link: the interviewer's page says so and the server stops. */
    public void withdraw() {
        service.withdraw();
    }

    /** Stops listening to the service (done by itself when the round is saved or abandoned). */
    public void dispose() {
        service.removeStatusListener(listener);
    }

    private void lanChosen(boolean onLan) {
        settings = settings.withLan(onLan);
        saveSettings.accept(settings);
        if (open.get()) {
            invite();  // a new link on the new address; the old one stops working
        }
    }

    private void show(InviteStatus status) {
        state.set(status.state());
        link.set(status.link());
        address.set(status.address().isEmpty() ? "" : "Listening on " + status.address() + ".");
        problem.set(status.problem());
        qr.set(status.link().isEmpty() ? null : QrCode.of(status.link()));
        open.set(status.state() == InviteStatus.State.OPEN || status.state() == InviteStatus.State.STARTING);
        connected.set(status.interviewers() > 0);
        people.set(switch (status.state()) {
            case NONE -> "No interviewer invited.";
            case STARTING -> "Starting the interviewer's page…";
            case FAILED -> "The interviewer's page did not start.";
            case OPEN -> describe(status);
        });
    }

    private static String describe(InviteStatus status) {
        String who = switch (status.interviewers()) {
            case 0 -> "Waiting for your interviewer to open the link.";
            case 1 -> "Your interviewer is connected.";
            default -> status.interviewers() + " interviewers are connected.";
        };
        if (status.submitted() > 0) {
            who += status.submitted() == 1 ? " Scores submitted." : " " + status.submitted() + " score sheets submitted.";
        }
        return who;
    }

    /** @return where the invitation stands */
    public ReadOnlyObjectProperty<InviteStatus.State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** @return the link to give the interviewer; empty until the server listens */
    public ReadOnlyStringProperty linkProperty() {
        return link.getReadOnlyProperty();
    }

    /** @return e.g. "Listening on this computer only (127.0.0.1:43121)."; empty until then */
    public ReadOnlyStringProperty addressProperty() {
        return address.getReadOnlyProperty();
    }

    /** @return who is connected and whether they submitted, in a sentence */
    public ReadOnlyStringProperty peopleProperty() {
        return people.getReadOnlyProperty();
    }

    /** @return why the server did not start, with what to do; empty otherwise */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** @return the link's QR code, or null without a link */
    public ReadOnlyObjectProperty<QrCode> qrProperty() {
        return qr.getReadOnlyProperty();
    }

    /** @return whether a link is open (or starting): it can be withdrawn */
    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** @return whether an interviewer has the page open now */
    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    /** @return whether the server listens on the local network rather than this computer only */
    public BooleanProperty lanProperty() {
        return lan;
    }

    /** @return whether a second interviewer may open the link while the first has it */
    public BooleanProperty allowSecondProperty() {
        return allowSecond;
    }
}
