package dev.mockloop.ui.session;

import dev.mockloop.app.AppContext;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.session.Round;
import dev.mockloop.session.Ticker;
import dev.mockloop.sketch.Point;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * A round that runs until it is killed, for {@link KillMidRoundTest}: opens the data
 * directory given as the first argument, starts a round with real time, writes notes and
 * a stroke, and autosaves through the real {@link Autosaver} until the parent kills it.
 * Prints "SAVED" after each committed autosave.
 */
public final class CrashingRoundMain {

    public static void main(String[] args) throws Exception {
        AppContext context = AppContext.open(Path.of(args[0]));
        LibraryQuestion question = context.library().questions().get(0);
        Round round = new Round(question, question.framework(), Ticker.system(), Clock.systemUTC());
        round.start();
        round.setNotes("numbers before boxes");
        round.sketch().addStroke("#112233", 3, List.of(new Point(10, 10), new Point(200, 120)));
        Autosaver autosaver = new Autosaver(round, draft -> {
            context.drafts().save(draft);
            System.out.println("SAVED " + draft.elapsedMs());
            System.out.flush();
        }, Ticker.system());
        autosaver.saveNow();
        round.timer().next();
        while (true) {
            Thread.sleep(50);
            autosaver.tick();
        }
    }
}
