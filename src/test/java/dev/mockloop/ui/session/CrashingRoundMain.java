package dev.mockloop.ui.session;

import dev.mockloop.app.AppContext;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.session.ActiveRound;
import dev.mockloop.session.RoundListener;
import dev.mockloop.session.Ticker;
import dev.mockloop.sketch.Point;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A round that runs until it is killed, for {@link KillMidRoundTest}: opens the data
 * directory given as the first argument, starts a round with real time, writes notes and
 * a stroke, and ticks the real round service (its own save thread) until the parent kills
 * it. Prints "SAVED &lt;elapsed ms&gt;" after each committed autosave, read back from the file.
 */
public final class CrashingRoundMain {

    public static void main(String[] args) throws Exception {
        LinkedBlockingQueue<Runnable> roundThread = new LinkedBlockingQueue<>();
        AppContext context = AppContext.open(Path.of(args[0]), Clock.systemUTC(), Ticker.system(), roundThread::add,
                null);
        LibraryQuestion question = context.library().questions().get(0);
        ActiveRound round = context.rounds().begin(question, null);
        round.start();
        round.setNotes("numbers before boxes");
        round.round().sketch().addStroke("#112233", 3, List.of(new Point(10, 10), new Point(200, 120)));
        round.next();
        long reported = -1;
        while (true) {
            Runnable result = roundThread.poll(50, java.util.concurrent.TimeUnit.MILLISECONDS);
            if (result != null) {
                result.run();
            }
            round.tick();
            if (!round.autosave().troubled() && round.autosave().unsavedMs() == 0) {
                long saved = context.rounds().loadDraft().map(d -> d.elapsedMs()).orElse(-1L);
                if (saved != reported) {
                    reported = saved;
                    System.out.println("SAVED " + saved);
                    System.out.flush();
                }
            }
        }
    }
}
