package dev.mockloop.pack;

/** Where an installed pack came from. */
public enum PackSource {
    /** Shipped inside the app, from question-packs/. */
    BUNDLED,
    /** Imported by the user into the data directory. */
    IMPORTED
}
