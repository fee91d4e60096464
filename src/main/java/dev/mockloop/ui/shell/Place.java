package dev.mockloop.ui.shell;

/** Where a screen sits in the window: the top-bar tab it lights, and whether it holds a round. */
enum Place {
    PRACTICE, HISTORY, PROGRESS, FRAMEWORKS, PACKS,
    /** A screen with no tab of its own (backups). */
    ELSEWHERE,
    /** A round running, being scored or being recovered: the top bar is locked so no click loses it. */
    ROUND
}
