package dev.mockloop.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An immutable snapshot of every installed pack, bundled first, then imported, and which
 * of them the user has switched off. Questions and tags come from enabled packs only; a
 * disabled pack is still installed, and still names its attempts in the history.
 *
 * @param packs    the installed packs; pack ids are unique
 * @param disabled ids of the packs switched off
 */
public record PackLibrary(List<InstalledPack> packs, Set<String> disabled) {

    public PackLibrary {
        packs = List.copyOf(packs);
        disabled = Set.copyOf(disabled);
    }

    /** A library with every pack enabled. */
    public PackLibrary(List<InstalledPack> packs) {
        this(packs, Set.of());
    }

    /** @return whether the pack with this id is switched on (unknown ids count as on) */
    public boolean isEnabled(String packId) {
        return !disabled.contains(packId);
    }

    /** @return the installed packs that are switched on, in library order */
    public List<InstalledPack> enabledPacks() {
        return packs.stream().filter(p -> isEnabled(p.pack().id())).toList();
    }

    /** @return every question of every enabled pack, in pack then file order */
    public List<LibraryQuestion> questions() {
        return enabledPacks().stream()
                .flatMap(p -> p.pack().questions().stream().map(q -> new LibraryQuestion(p, q)))
                .toList();
    }

    /** @return the installed pack with this id, enabled or not */
    public Optional<InstalledPack> pack(String packId) {
        return packs.stream().filter(p -> p.pack().id().equals(packId)).findFirst();
    }

    /** @return the question with this pack id and question id, enabled or not */
    public Optional<LibraryQuestion> question(String packId, String questionId) {
        return pack(packId).flatMap(p -> p.pack().questions().stream()
                .filter(q -> q.id().equals(questionId))
                .findFirst()
                .map(q -> new LibraryQuestion(p, q)));
    }

    /** @return every tag used by any question of an enabled pack, sorted */
    public SortedSet<String> tags() {
        TreeSet<String> tags = new TreeSet<>();
        enabledPacks().forEach(p -> p.pack().questions().forEach(q -> tags.addAll(q.tags())));
        return tags;
    }

    /** @return a library with this pack added after the others, or in place of the pack with its id */
    public PackLibrary with(InstalledPack added) {
        List<InstalledPack> all = new ArrayList<>(packs);
        int at = indexOf(added.pack().id());
        if (at >= 0) {
            all.set(at, added);
        } else {
            all.add(added);
        }
        return new PackLibrary(all, disabled);
    }

    /** @return a library without the pack with this id */
    public PackLibrary without(String packId) {
        Set<String> off = new TreeSet<>(disabled);
        off.remove(packId);
        return new PackLibrary(packs.stream().filter(p -> !p.pack().id().equals(packId)).toList(), off);
    }

    /** @return a library with the pack with this id switched on or off */
    public PackLibrary withEnabled(String packId, boolean enabled) {
        Set<String> off = new TreeSet<>(disabled);
        if (enabled) {
            off.remove(packId);
        } else {
            off.add(packId);
        }
        return new PackLibrary(packs, off);
    }

    private int indexOf(String packId) {
        for (int i = 0; i < packs.size(); i++) {
            if (packs.get(i).pack().id().equals(packId)) {
                return i;
            }
        }
        return -1;
    }
}
