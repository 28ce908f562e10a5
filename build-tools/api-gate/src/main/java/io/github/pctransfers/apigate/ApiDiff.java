package io.github.pctransfers.apigate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The lines of the recorded API that the current classes no longer have (removed or changed: a change is a removal
 * plus an addition, shown next to each other) and the lines they have that the record lacks (added).
 *
 * @param changes per class (sorted by class name), the class line first, then the members in record order
 */
record ApiDiff(List<Change> changes) {

    ApiDiff {
        changes = List.copyOf(changes);
    }

    enum Kind { REMOVED, ADDED }

    /**
     * One line that differs.
     *
     * @param className the class the line belongs to
     * @param line the line, without indentation
     */
    record Change(Kind kind, String className, String line) {
        /** {@code - line} or {@code + line}. */
        String describe() {
            return (kind == Kind.REMOVED ? "- " : "+ ") + line;
        }
    }

    static ApiDiff between(ApiListing recorded, ApiListing current) {
        Map<String, ApiListing.ApiClass> before = byName(recorded);
        Map<String, ApiListing.ApiClass> after = byName(current);
        Set<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String name : names) {
            ApiListing.ApiClass old = before.get(name);
            ApiListing.ApiClass now = after.get(name);
            if (old != null && (now == null || !old.declaration().equals(now.declaration()))) {
                changes.add(new Change(Kind.REMOVED, name, old.declaration()));
            }
            if (now != null && (old == null || !old.declaration().equals(now.declaration()))) {
                changes.add(new Change(Kind.ADDED, name, now.declaration()));
            }
            Set<String> oldMembers = old == null ? Set.of() : new LinkedHashSet<>(old.members());
            Set<String> newMembers = now == null ? Set.of() : new LinkedHashSet<>(now.members());
            TreeSet<String> differing = new TreeSet<>(ApiListing.memberOrder(name));
            oldMembers.stream().filter(member -> !newMembers.contains(member)).forEach(differing::add);
            newMembers.stream().filter(member -> !oldMembers.contains(member)).forEach(differing::add);
            for (String member : differing) {
                changes.add(new Change(oldMembers.contains(member) ? Kind.REMOVED : Kind.ADDED, name, member));
            }
        }
        return new ApiDiff(changes);
    }

    private static Map<String, ApiListing.ApiClass> byName(ApiListing listing) {
        return listing.classes().stream()
                .collect(Collectors.toMap(ApiListing.ApiClass::name, Function.identity(), (a, b) -> a, TreeMap::new));
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    /** Whether a line of the record is gone: code compiled against it may no longer link. */
    boolean breaksCompatibility() {
        return changes.stream().anyMatch(change -> change.kind() == Kind.REMOVED);
    }

    List<String> removed() {
        return lines(Kind.REMOVED);
    }

    List<String> added() {
        return lines(Kind.ADDED);
    }

    private List<String> lines(Kind kind) {
        return changes.stream().filter(change -> change.kind() == kind).map(Change::line).toList();
    }

    /**
     * The changes, grouped under their class names and indented by {@code indent}; a class that is gone (or new) as
     * a whole shows its class line and a count instead of every member.
     */
    List<String> describe(String indent) {
        Map<String, List<Change>> byClass = new TreeMap<>();
        changes.forEach(change -> byClass.computeIfAbsent(change.className(), name -> new ArrayList<>()).add(change));
        List<String> lines = new ArrayList<>();
        byClass.forEach((name, classChanges) -> {
            lines.add(indent + name);
            Change first = classChanges.get(0);
            boolean wholeClass = classChanges.stream().allMatch(change -> change.kind() == first.kind())
                    && ApiListing.classNameOf(first.line()).map(name::equals).orElse(false);
            if (wholeClass) {
                int members = classChanges.size() - 1;
                lines.add(indent + "  " + first.describe() + (members == 0 ? ""
                        : "   (the whole class, with its " + members + (members == 1 ? " member)" : " members)")));
            } else {
                classChanges.forEach(change -> lines.add(indent + "  " + change.describe()));
            }
        });
        return lines;
    }
}
