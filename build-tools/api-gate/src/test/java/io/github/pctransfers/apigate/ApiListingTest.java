package io.github.pctransfers.apigate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the record file back. */
class ApiListingTest {

    @Test
    void recordReadsBackAsTheListingItWasWrittenFrom() throws Exception {
        String record = Files.readString(Sources.caseFolder("listing-format").resolve("expected.api"));

        ApiListing listing = ApiListing.parse(record);

        assertThat(listing.classes()).hasSize(12);
        assertThat(listing.render(List.of())).isEqualTo(record.substring(record.indexOf("\n\n") + 1));
    }

    @Test
    void memberOrderIsFieldsThenConstructorsThenMethodsByName() {
        String owner = "a.B";
        List<String> members = List.of(
                "public void a.B.zap()",
                "public static a.B a.B.create()",
                "public a.B(int)",
                "public static final java.lang.String a.B.NAME = \"with (parenthesis)\"",
                "public a.B()",
                "public int a.B.count");

        assertThat(members.stream().sorted(ApiListing.memberOrder(owner)).toList()).containsExactly(
                "public static final java.lang.String a.B.NAME = \"with (parenthesis)\"",
                "public int a.B.count",
                "public a.B()",
                "public a.B(int)",
                "public static a.B a.B.create()",
                "public void a.B.zap()");
    }

    @Test
    void memberBeforeAnyClassIsRefused() {
        assertThatThrownBy(() -> ApiListing.parse("# header\n  public void a.B.m()\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line 2: a member before any class: public void a.B.m()");
    }

    @Test
    void lineThatIsNoClassIsRefused() {
        assertThatThrownBy(() -> ApiListing.parse("public void a.B.m()\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("line 1: neither a class");
    }
}
