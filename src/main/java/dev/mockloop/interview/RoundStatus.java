package dev.mockloop.interview;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockloop.attempt.ProbeResponse;
import dev.mockloop.session.Round;
import dev.mockloop.session.ScheduledProbe;
import dev.mockloop.session.TimerSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code status} message: where the round's clock is and which probes have been asked.
 * The page counts the clock on by itself from the figures here while the timer runs, so a
 * status every second keeps it right without sending every frame.
 */
final class RoundStatus {

    private RoundStatus() {
    }

    /**
     * Reads the round; call on the round's thread.
     *
     * @param ended why the invitation ended, or null while it is open
     * @return the message: {@code state} (NOT_STARTED, RUNNING, PAUSED, FINISHED),
     *         {@code phaseIndex}, {@code phaseElapsedMs}, {@code phasePlannedMs},
     *         {@code roundElapsedMs}, {@code roundPlannedMs}, {@code plannedMs} and
     *         {@code actualMs} per phase, {@code designRevealed}, and {@code probes}: per scheduled
     *         probe its {@code index}, {@code shown}, {@code shownAtMs} and {@code responseMs} (null
     *         until the candidate answers)
     */
    static String of(Round round) {
        TimerSnapshot now = round.timer().snapshot();
        ObjectNode status = PageJson.message("status");
        status.put("state", now.state().name());
        status.put("phaseIndex", now.phaseIndex());
        status.put("phaseElapsedMs", now.phaseElapsedMs());
        status.put("phasePlannedMs", now.phasePlannedMs());
        status.put("roundElapsedMs", now.roundElapsedMs());
        status.put("roundPlannedMs", now.roundPlannedMs());
        ArrayNode planned = status.putArray("plannedMs");
        round.timer().plannedMillis().forEach(planned::add);
        ArrayNode actual = status.putArray("actualMs");
        round.timer().actualMillis().forEach(actual::add);
        status.put("designRevealed", round.designRevealed());
        ArrayNode probes = status.putArray("probes");
        List<ProbeResponse> shown = new ArrayList<>(round.probes().responses());
        for (ScheduledProbe probe : round.probes().schedule()) {
            ObjectNode node = probes.addObject().put("index", probe.index());
            // Responses carry the probe's text; the same text twice is matched in schedule order.
            ProbeResponse response = shown.stream().filter(r -> r.text().equals(probe.text())).findFirst().orElse(null);
            node.put("shown", response != null);
            if (response != null) {
                shown.remove(response);
                node.put("shownAtMs", response.shownAtMs());
                if (response.responseMs() != null) {
                    node.put("responseMs", response.responseMs());
                } else {
                    node.putNull("responseMs");
                }
            }
        }
        return PageJson.write(status);
    }
}
