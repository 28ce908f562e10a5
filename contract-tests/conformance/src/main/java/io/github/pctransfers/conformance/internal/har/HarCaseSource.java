package io.github.pctransfers.conformance.internal.har;

import io.github.pctransfers.conformance.cases.ExampleCase;
import io.github.pctransfers.conformance.internal.gate.CaseSource;
import io.github.pctransfers.conformance.gate.UnusableInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The entries of an HTTP Archive as captured cases, optionally only those sent to some hosts (a browser capture
 * holds the page, its scripts and its telemetry too). An entry with a body the recorder cut ({@link
 * HarEntry#truncated()}) is not checked either: a cut JSON body would only show up as a parse error. Both kinds are
 * listed under "Not checked", each cut entry by name and with what was lost. The archive is read and checked once when opened, then read
 * again entry by entry as the cases are handed out.
 */
public final class HarCaseSource implements CaseSource {
    private final HarFile file;
    private final Set<String> hosts;
    private final int kept;
    private final List<String> skipped;

    private HarCaseSource(HarFile file, Set<String> hosts, int kept, List<String> skipped) {
        this.file = file;
        this.hosts = hosts;
        this.kept = kept;
        this.skipped = skipped;
    }

    /**
     * Opens an archive.
     *
     * @param path the file
     * @param hosts the hosts whose entries to check (compared without case and port); empty for every entry
     * @return the har case source
     * @throws UnusableInputException when the archive cannot be read ({@code unreadable HAR: <reason> at line L
     *                                column C})
     */
    public static HarCaseSource open(Path path, Set<String> hosts) throws UnusableInputException {
        Set<String> wanted = hosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Map<String, Integer> otherHosts = new TreeMap<>();
        List<String> cut = new ArrayList<>();
        int[] kept = {0};
        HarFile file;
        try {
            file = HarFile.open(path, entry -> {
                String host = HarExchanges.host(entry.request().url());
                if (!wanted.isEmpty() && !wanted.contains(host)) {
                    otherHosts.merge(host.isEmpty() ? "(no host)" : host, 1, Integer::sum);
                } else if (!entry.truncated().isEmpty()) {
                    cut.add(HarExchanges.caseName(entry.index()) + " (" + entry.request().method() + " "
                            + HarExchanges.target(entry.request().url()) + "): " + String.join(", ",
                            entry.truncated()) + "; cut by the recorder, so not checked: record with a larger "
                            + "maxBodyBytes");
                } else {
                    kept[0]++;
                }
            });
        } catch (HarFormatException e) {
            throw new UnusableInputException("unreadable HAR " + path + ": " + e.getMessage(), e);
        }
        List<String> skipped = otherHosts.entrySet().stream()
                .map(e -> e.getValue() + " entr" + (e.getValue() == 1 ? "y" : "ies") + " for host " + e.getKey()
                        + " (not among --host)")
                .collect(Collectors.toCollection(ArrayList::new));
        skipped.addAll(cut);
        return new HarCaseSource(file, wanted, kept[0], List.copyOf(skipped));
    }

    @Override
    public String kind() {
        return "har";
    }

    @Override
    public String location() {
        return file.path().toString() + (file.creator().isEmpty() ? "" : " (created by " + file.creator() + ")");
    }

    @Override
    public int expectedCount() {
        return kept;
    }

    /**
     * Every entry in the archive, kept or not.
     *
     * @return every entry in the archive, kept or not
     */
    public int entryCount() {
        return file.entryCount();
    }

    @Override
    public List<String> skipped() {
        return skipped;
    }

    @Override
    public void forEach(Consumer<ExampleCase> consumer) throws UnusableInputException {
        String name = file.path().getFileName().toString();
        try {
            file.forEachEntry(entry -> {
                if ((hosts.isEmpty() || hosts.contains(HarExchanges.host(entry.request().url())))
                        && entry.truncated().isEmpty()) {
                    consumer.accept(HarExchanges.toCase(entry, name));
                }
            });
        } catch (HarFormatException e) {
            throw new UnusableInputException("unreadable HAR " + file.path() + " (changed while being checked?): "
                    + e.getMessage(), e);
        }
    }
}
