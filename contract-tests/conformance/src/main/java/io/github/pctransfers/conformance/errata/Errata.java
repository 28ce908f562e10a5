package io.github.pctransfers.conformance.errata;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.pctransfers.conformance.Check;
import io.github.pctransfers.conformance.Finding;
import io.github.pctransfers.conformance.cases.ExampleCases;
import io.github.pctransfers.conformance.cases.OpenApiBundle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The errata of {@code errata.yaml}: where documented examples are wrong, and the tolerances errata may name.
 *
 * <pre>
 * tolerances:
 *   - name: placeholder-not-a-guid
 *     description: what excusing a finding under this name means
 * errata:
 *   - id: cancel-request-source-tenant-not-a-guid
 *     case: update-a-transfer-cancel
 *     check: request-matches-spec
 *     messageKey: validation.request.body.schema.pattern
 *     pointer: /sourcePartnerTenantId
 *     what: what is wrong
 *     source: the page
 *     treatment:
 *       tolerance: placeholder-not-a-guid      # or: correctedBody: errata/&lt;file&gt;
 * </pre>
 * Loading is strict: an unknown field, a duplicate id, an unknown check or tolerance, a source that names no page
 * (an {@code http://} or {@code https://} address), or a corrected body on a check other than
 * {@code request-matches-spec} / {@code response-matches-spec} is an error.
 *
 * <p>Corrected bodies are files named relative to the folder of the errata file (the bundle root for the bundled
 * errata); they are read when used, and may not leave that folder.
 */
public final class Errata {
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final Pattern PAGE_ADDRESS = Pattern.compile("https?://\\S+");

    private final List<Erratum> errata;
    private final Map<String, Treatment.Tolerance> tolerances;
    private final Path correctedBodyRoot;
    private final String location;

    private Errata(List<Erratum> errata, Map<String, Treatment.Tolerance> tolerances, Path correctedBodyRoot,
            String location) {
        this.errata = List.copyOf(errata);
        this.tolerances = Map.copyOf(tolerances);
        this.correctedBodyRoot = correctedBodyRoot == null ? null : correctedBodyRoot.toAbsolutePath().normalize();
        this.location = location;
    }

    /** No errata. */
    public static Errata none() {
        return new Errata(List.of(), Map.of(), null, "none");
    }

    /** The errata of a bundle ({@code errata.yaml}; none when the file is absent). */
    public static Errata load(OpenApiBundle bundle) {
        if (!Files.isRegularFile(bundle.errataFile())) {
            return none();
        }
        return parse(bundle.read(OpenApiBundle.ERRATA_FILE), bundle.root(), bundle.errataFile().toUri().toString());
    }

    /**
     * The errata of a file; corrected bodies are read relative to its folder.
     *
     * @throws IllegalArgumentException when the file cannot be read or is not valid
     */
    public static Errata load(Path file) {
        String yaml;
        try {
            yaml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read errata file " + file + ": " + e, e);
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        return parse(yaml, folder, file.toString());
    }

    /**
     * Parses errata YAML that names no corrected body (reading one gives an error).
     *
     * @throws IllegalArgumentException naming the entry and what is wrong with it
     */
    public static Errata parse(String yaml) {
        return parse(yaml, null, "inline");
    }

    /**
     * Parses errata YAML.
     *
     * @param correctedBodyRoot the folder corrected bodies are named relative to, or null
     * @param location          where the YAML comes from, for reports
     * @throws IllegalArgumentException naming the entry and what is wrong with it
     */
    public static Errata parse(String yaml, Path correctedBodyRoot, String location) {
        FileModel file;
        try {
            file = YAML.readValue(yaml, FileModel.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("errata.yaml is not valid: " + e.getOriginalMessage(), e);
        }
        if (file == null) {
            return new Errata(List.of(), Map.of(), correctedBodyRoot, location);
        }
        Map<String, Treatment.Tolerance> tolerances = new LinkedHashMap<>();
        for (ToleranceModel t : nonNull(file.tolerances)) {
            require(t.name != null && !t.name.isBlank(), "a tolerance has no name");
            require(t.description != null && !t.description.isBlank(), "tolerance " + t.name + " has no description");
            require(tolerances.put(t.name, new Treatment.Tolerance(t.name, t.description.strip())) == null,
                    "tolerance " + t.name + " is declared twice");
        }
        List<Erratum> errata = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ErratumModel e : nonNull(file.errata)) {
            require(e.id != null && !e.id.isBlank(), "an erratum has no id");
            String where = "erratum " + e.id + ": ";
            require(ids.add(e.id), where + "the id is used twice");
            require(e.caseName != null, where + "no case");
            require(e.check != null, where + "no check");
            require(e.what != null && !e.what.isBlank(), where + "no 'what'");
            require(e.source != null && !e.source.isBlank(), where + "no source");
            require(PAGE_ADDRESS.matcher(e.source).find(), where + "the source names no page (an http:// or https://"
                    + " address of the page the example comes from)");
            require(e.treatment != null, where + "no treatment");
            Check check;
            try {
                check = Check.fromId(e.check);
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException(where + unknown.getMessage(), unknown);
            }
            Treatment treatment;
            if (e.treatment.correctedBody != null) {
                require(e.treatment.tolerance == null, where + "a treatment is a corrected body or a tolerance, not both");
                require(check == Check.REQUEST_MATCHES_SPEC || check == Check.RESPONSE_MATCHES_SPEC,
                        where + "a corrected body replaces a request or response body: its check must be "
                                + Check.REQUEST_MATCHES_SPEC.id() + " or " + Check.RESPONSE_MATCHES_SPEC.id());
                treatment = new Treatment.CorrectedBody(e.treatment.correctedBody);
            } else {
                require(e.treatment.tolerance != null, where + "the treatment names no corrected body or tolerance");
                Treatment.Tolerance t = tolerances.get(e.treatment.tolerance);
                require(t != null, where + "tolerance " + e.treatment.tolerance + " is not declared under tolerances");
                treatment = t;
            }
            try {
                errata.add(new Erratum(e.id, e.caseName, check, e.messageKey, e.pointer, e.what.strip(),
                        e.source.strip(), treatment));
            } catch (IllegalArgumentException invalid) {
                throw new IllegalArgumentException(where + invalid.getMessage(), invalid);
            }
        }
        return new Errata(errata, tolerances, correctedBodyRoot, location);
    }

    /** Where these errata were read from, for reports. */
    public String location() {
        return location;
    }

    /**
     * The text of an erratum's corrected body.
     *
     * @throws IllegalArgumentException when the erratum gives no corrected body, or its file leaves the errata folder
     * @throws UncheckedIOException     when the file cannot be read
     */
    public String correctedBodyText(Erratum erratum) {
        if (!(erratum.treatment() instanceof Treatment.CorrectedBody corrected)) {
            throw new IllegalArgumentException("erratum " + erratum.id() + " gives no corrected body");
        }
        if (correctedBodyRoot == null) {
            throw new IllegalStateException("erratum " + erratum.id() + ": these errata were parsed from text, so"
                    + " their corrected bodies cannot be found");
        }
        Path file = correctedBodyRoot.resolve(corrected.path()).normalize();
        if (!file.startsWith(correctedBodyRoot)) {
            throw new IllegalArgumentException("erratum " + erratum.id() + ": corrected body " + corrected.path()
                    + " leaves " + correctedBodyRoot);
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("erratum " + erratum.id() + ": cannot read corrected body " + file, e);
        }
    }

    public List<Erratum> all() {
        return errata;
    }

    /** The declared tolerances, by name. */
    public Map<String, Treatment.Tolerance> tolerances() {
        return tolerances;
    }

    public Optional<Erratum> byId(String id) {
        return errata.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The errata of one case. */
    public List<Erratum> forCase(String caseName) {
        return errata.stream().filter(e -> e.caseName().equals(caseName)).toList();
    }

    /** The erratum that excuses a finding, if any. */
    public Optional<Erratum> match(Finding finding) {
        return errata.stream().filter(e -> e.matches(finding)).findFirst();
    }

    /**
     * The corrected body of a case for a request check ({@link Check#REQUEST_MATCHES_SPEC}) or a response check
     * ({@link Check#RESPONSE_MATCHES_SPEC}), if an erratum gives one.
     */
    public Optional<Erratum> correctedBody(String caseName, Check check) {
        return errata.stream()
                .filter(e -> e.caseName().equals(caseName) && e.check() == check
                        && e.treatment() instanceof Treatment.CorrectedBody)
                .findFirst();
    }

    /**
     * Marks each finding an erratum excuses, and records every excuse in the ledger.
     *
     * @return the findings, excused ones carrying their erratum id
     */
    public List<Finding> excuse(List<Finding> findings, ErrataLedger ledger) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Optional<Erratum> erratum = f.stands() ? match(f) : Optional.empty();
            if (erratum.isPresent()) {
                Finding excused = f.excusedBy(erratum.get().id());
                ledger.recordApplied(erratum.get(), excused);
                out.add(excused);
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /** The errata that name a case the examples do not have (a renamed or deleted folder). */
    public List<Erratum> withUnknownCase(ExampleCases cases) {
        return errata.stream().filter(e -> cases.byName(e.caseName()).isEmpty()).toList();
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException("errata.yaml: " + problem);
        }
    }

    /** The file as written. */
    static final class FileModel {
        @JsonProperty("tolerances")
        List<ToleranceModel> tolerances;
        @JsonProperty("errata")
        List<ErratumModel> errata;
    }

    static final class ToleranceModel {
        @JsonProperty("name")
        String name;
        @JsonProperty("description")
        String description;
    }

    static final class ErratumModel {
        @JsonProperty("id")
        String id;
        @JsonProperty("case")
        String caseName;
        @JsonProperty("check")
        String check;
        @JsonProperty("messageKey")
        String messageKey;
        @JsonProperty("pointer")
        String pointer;
        @JsonProperty("what")
        String what;
        @JsonProperty("source")
        String source;
        @JsonProperty("treatment")
        TreatmentModel treatment;
    }

    static final class TreatmentModel {
        @JsonProperty("correctedBody")
        String correctedBody;
        @JsonProperty("tolerance")
        String tolerance;
    }
}
