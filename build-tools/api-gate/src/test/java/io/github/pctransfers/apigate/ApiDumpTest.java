package io.github.pctransfers.apigate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the listing holds, and its text, on compiled fixtures of {@code cases/<case>/src}. */
class ApiDumpTest {

    @TempDir
    Path work;

    /** The record of every kind of class and member, compared line by line with {@code expected.api}. */
    @Test
    void listingFormat() throws Exception {
        Path classes = Sources.compile(Sources.caseFolder("listing-format").resolve("src"), work.resolve("classes"));
        Path record = work.resolve("listing-format.api");

        ApiGate.run(classes, record, true, false);

        Path expected = Sources.caseFolder("listing-format").resolve("expected.api");
        assertThat(Files.readAllLines(record)).containsExactlyElementsOf(Files.readAllLines(expected));
    }

    @Test
    void internalPackages() {
        Path classes = Sources.compile(Sources.caseFolder("internal-packages").resolve("src"), work.resolve("classes"));

        ApiDump.Result result = ApiDump.of(classes);

        assertThat(result.packages()).isEqualTo(ApiPackages.withoutModule());
        assertThat(result.listing().classes()).extracting(ApiListing.ApiClass::name)
                .containsExactly("io.github.demo.api.Facade", "io.github.demo.internals.Catalogue");
    }

    @Test
    void moduleExports() {
        Path classes = Sources.compile(Sources.caseFolder("module-exports").resolve("src"), work.resolve("classes"));

        ApiDump.Result result = ApiDump.of(classes);

        assertThat(result.packages())
                .isEqualTo(new ApiPackages(Optional.of("io.github.demo"), Set.of("io.github.demo.api")));
        assertThat(result.listing().classes()).extracting(ApiListing.ApiClass::name)
                .containsExactly("io.github.demo.api.Facade");
    }

    @Test
    void missingClassesFolderIsRefused() {
        Path missing = work.resolve("not-compiled");

        assertThatThrownBy(() -> ApiDump.of(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no classes folder at " + missing + " (is the module compiled?)");
    }
}
