package dev.mockloop.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PracticeSchedulerTest {

    @Test
    void questionsAreDueTheirIntervalAfterTheLastAttemptMostOverdueFirst() {
        List<PracticeScheduler.Review> reviews = List.of(
                new PracticeScheduler.Review("p", "strong", 100, 4.0),   // q5: due 101
                new PracticeScheduler.Review("p", "weak", 100, 1.5),     // q1: due 101
                new PracticeScheduler.Review("p", "strong", 101, 3.7),   // q5: interval 6, due 107
                new PracticeScheduler.Review("p", "weak", 103, 3.0),     // q3 after a lapse: interval 1, due 104
                new PracticeScheduler.Review("p", "fresh", 104, 3.0));   // q3: due 105

        Map<String, PracticeScheduler.Scheduled> schedule = PracticeScheduler.schedule(reviews);

        assertEquals(107, schedule.get("p/strong").dueDay());
        assertEquals(2, schedule.get("p/strong").attempts());
        assertEquals(104, schedule.get("p/weak").dueDay());
        assertEquals(List.of("p/weak", "p/fresh"),
                PracticeScheduler.due(schedule, 105).stream().map(PracticeScheduler.Scheduled::key).toList());
        assertEquals(List.of(), PracticeScheduler.due(schedule, 103));
        assertEquals(1, schedule.get("p/weak").overdueDays(105));
    }
}
