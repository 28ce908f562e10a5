package io.github.pctransfers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * {@code event}: captured deliveries read as the client's receiver reads them (fixtures in
 * {@code src/test/resources/events/}; the {@code .http} ones are raw requests signed with the client's test key, see
 * the README). Exit 0 only when every file is a well-formed event (and verifies, when asked); never 2 or 3 for a
 * malformed file.
 */
class EventCommandTest {
    private static final String EVENTS = "src/test/resources/events/";

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ConformanceMain.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void aRealCreateTransferBodyGivesItsCustomerAndTransfer() {
        Run run = run("event", EVENTS + "real-create-transfer.json");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("event:    create-transfer", "kind:     transfer",
                "customer: 7e4b2c1a-9d3f-4e5a-8b6c-1d2e3f4a5b6c", "transfer: 0f8e7d6c-5b4a-4938-a271-6f5e4d3c2b1a",
                "changed:  2024-05-02T09:14:27.1234567Z");
    }

    @Test
    void aTestEventIsWellFormedButNotATransferEvent() {
        Run run = run("event", EVENTS + "test-created.json", EVENTS + "real-create-transfer.http");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("event:    test-created", "kind:     other (test)", "transfer: none");
    }

    @Test
    void everyMalformedFileIsReportedAndTheExitIsOne() {
        String[] malformed = {"broken.json", "array.json", "empty.json", "headers-without-body.http", "binary.bin"};
        for (String file : malformed) {
            Run run = run("event", EVENTS + "real-create-transfer.json", EVENTS + file);

            assertThat(run.exit()).as(file + ": " + run.err()).isEqualTo(ConformanceMain.DOES_NOT_CONFORM);
            assertThat(run.out()).as(file).contains(file + "\n  not an event: ");
            assertThat(run.err()).as(file).isEmpty();
        }
    }

    @Test
    void aRawRequestVerifiesWithItsCertificate() {
        Run run = run("event", "--certificate", EVENTS + "signer.pem", EVENTS + "real-create-transfer.http");

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("transfer: 0f8e7d6c-5b4a-4938-a271-6f5e4d3c2b1a", "signature: verified");
    }

    @Test
    void anAlteredBodyIsReadButItsSignatureIsRejected() {
        Run run = run("event", "--certificate", EVENTS + "signer.pem", EVENTS + "altered-body.http");

        assertThat(run.exit()).isEqualTo(ConformanceMain.DOES_NOT_CONFORM);
        assertThat(run.out()).contains("event:    create-transfer", "signature: rejected (BAD_SIGNATURE");
    }

    @Test
    void aCertificateUrlOutsideThePinIsRejectedWithoutFetching() {
        Run run = run("event", "--trust-anchor", EVENTS + "root-ca.pem",
                EVENTS + "certificate-url-outside-the-pin.http");

        assertThat(run.exit()).isEqualTo(ConformanceMain.DOES_NOT_CONFORM);
        assertThat(run.out()).contains("signature: rejected (CERTIFICATE_URL_NOT_ALLOWED", "nothing was fetched");
    }

    @Test
    void aBodyAloneCannotBeVerified() {
        Run run = run("event", "--certificate", EVENTS + "signer.pem", EVENTS + "real-create-transfer.json");

        assertThat(run.exit()).isEqualTo(ConformanceMain.DOES_NOT_CONFORM);
        assertThat(run.out()).contains("signature: not checked");
    }

    @Test
    void aMissingFileOrCertificateIsUnusableInput() {
        assertThat(run("event", EVENTS + "no-such-file.json").exit()).isEqualTo(ConformanceMain.UNUSABLE_INPUT);
        Run badCertificate = run("event", "--certificate", EVENTS + "test-created.json",
                EVENTS + "real-create-transfer.http");
        assertThat(badCertificate.exit()).isEqualTo(ConformanceMain.UNUSABLE_INPUT);
        assertThat(badCertificate.err()).contains("not an X.509 certificate");
        assertThat(run("event").exit()).isEqualTo(ConformanceMain.UNUSABLE_INPUT);
    }
}
