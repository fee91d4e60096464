package dev.mockloop.pack;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An immutable snapshot of every installed pack, bundled first, then imported.
 *
 * @param packs the installed packs; pack ids are unique
 */
public record PackLibrary(List<InstalledPack> packs) {

    public PackLibrary {
        packs = List.copyOf(packs);
    }

    /** @return every question of every pack, in pack then file order */
    public List<LibraryQuestion> questions() {
        return packs.stream()
                .flatMap(p -> p.pack().questions().stream().map(q -> new LibraryQuestion(p, q)))
                .toList();
    }

    /** @return the installed pack with this id */
    public Optional<InstalledPack> pack(String packId) {
        return packs.stream().filter(p -> p.pack().id().equals(packId)).findFirst();
    }

    /** @return the question with this pack id and question id */
    public Optional<LibraryQuestion> question(String packId, String questionId) {
        return pack(packId).flatMap(p -> p.pack().questions().stream()
                .filter(q -> q.id().equals(questionId))
                .findFirst()
                .map(q -> new LibraryQuestion(p, q)));
    }

    /** @return every tag used by any question, sorted */
    public SortedSet<String> tags() {
        TreeSet<String> tags = new TreeSet<>();
        packs.forEach(p -> p.pack().questions().forEach(q -> tags.addAll(q.tags())));
        return tags;
    }

    /** @return a library with this pack added after the others */
    public PackLibrary with(InstalledPack added) {
        List<InstalledPack> all = new java.util.ArrayList<>(packs);
        all.add(added);
        return new PackLibrary(all);
    }
}
