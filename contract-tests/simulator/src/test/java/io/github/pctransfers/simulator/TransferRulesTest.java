package io.github.pctransfers.simulator;

import static io.github.pctransfers.simulator.BuiltInSeed.ADD_ON;
import static io.github.pctransfers.simulator.BuiltInSeed.AZURE_PLAN;
import static io.github.pctransfers.simulator.BuiltInSeed.CUSTOMER;
import static io.github.pctransfers.simulator.BuiltInSeed.DELETED;
import static io.github.pctransfers.simulator.BuiltInSeed.ELIGIBLE_1;
import static io.github.pctransfers.simulator.BuiltInSeed.ELIGIBLE_2;
import static io.github.pctransfers.simulator.BuiltInSeed.NCE_E3;
import static io.github.pctransfers.simulator.BuiltInSeed.NCE_PREMIUM;
import static io.github.pctransfers.simulator.BuiltInSeed.NCE_SLOW;
import static io.github.pctransfers.simulator.BuiltInSeed.NEW_COMMERCE_CUSTOMER;
import static io.github.pctransfers.simulator.BuiltInSeed.NEW_COMMERCE_SOURCE_PARTNER;
import static io.github.pctransfers.simulator.BuiltInSeed.NOT_SYNCED;
import static io.github.pctransfers.simulator.BuiltInSeed.PLAIN;
import static io.github.pctransfers.simulator.BuiltInSeed.SLOW;
import static io.github.pctransfers.simulator.BuiltInSeed.SOURCE_PARTNER;
import static io.github.pctransfers.simulator.BuiltInSeed.SUSPENDED;
import static io.github.pctransfers.simulator.BuiltInSeed.TARGET_PARTNER;
import static io.github.pctransfers.simulator.BuiltInSeed.WITH_ADD_ON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.IntNode;
import io.github.pctransfers.simulator.TransferCommands.LegacyCreate;
import io.github.pctransfers.simulator.TransferCommands.LineItemRequest;
import io.github.pctransfers.simulator.TransferCommands.NewCommerceCreate;
import io.github.pctransfers.simulator.TransferCommands.Update;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle rules on their own: values in, values out, no HTTP. One nested class per rule, named after it, with
 * the transition it allows and each rejection with its documented status and code.
 */
class TransferRulesTest {
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final String UNKNOWN_TRANSFER = "43fb1d3a-79fe-45a9-863e-9a4acf17b630";

    private final AtomicInteger lastId = new AtomicInteger();
    private final TransferRules rules = new TransferRules(Seed.builtIn(),
            () -> String.format("00000000-0000-4000-8000-%012d", lastId.incrementAndGet()));

    private final CustomerTransfers legacyCustomer = CustomerTransfers.none(CUSTOMER);
    private final CustomerTransfers newCommerceCustomer = CustomerTransfers.none(NEW_COMMERCE_CUSTOMER);

    @Nested
    class Settle {
        @Test
        void aPendingTransferExpires30DaysAfterItWasCreated() {
            Outcome<TransferRecord> legacy = rules.createLegacy(legacyCustomer, legacyOf(PLAIN), T0);
            Outcome<TransferRecord> newCommerce = rules.createNewCommerce(newCommerceCustomer, newCommerceCreate(),
                    T0);

            Instant expiry = T0.plus(Duration.ofDays(30));
            assertThat(only(rules.settle(legacy.after(), expiry.minusSeconds(1))).status()).isEqualTo("Active");
            TransferRecord expired = only(rules.settle(legacy.after(), expiry.plusSeconds(5)));
            assertThat(expired.status()).isEqualTo("Expired");
            assertThat(expired.lastModifiedTime()).as("expired at the deadline, not when read").isEqualTo(expiry);
            assertThat(only(rules.settle(newCommerce.after(), expiry)).status()).isEqualTo("Expired");
        }

        @Test
        void submittedLineItemsFinishProcessingAtTheirProcessingTime() {
            CustomerTransfers processing = rules.submit(pendingNewCommerce(), firstId(), submitOf(NCE_SLOW), T0)
                    .after();

            TransferRecord before = only(rules.settle(processing, T0.plus(Duration.ofMinutes(4))));
            assertThat(before.isProcessing()).isTrue();
            assertThat(before.status()).isEqualTo("InProgress");

            TransferRecord done = only(rules.settle(processing, T0.plus(Duration.ofMinutes(7))));
            assertThat(done.isProcessing()).isFalse();
            assertThat(done.status()).isEqualTo("Complete");
            assertThat(done.completedTime()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
            assertThat(done.lineItems()).singleElement().satisfies(li -> assertThat(li.orderId()).isNotNull());
        }

        @Test
        void aTransferBeingAcceptedDoesNotExpire() {
            CustomerTransfers accepting = rules.beginAccept(activeLegacy(PLAIN), firstId(), T0).after();

            TransferRecord t = only(rules.settle(accepting, T0.plus(Duration.ofDays(31))));

            assertThat(t.status()).isEqualTo("Active");
            assertThat(t.accepting()).isTrue();
        }

        @Test
        void answersTheSameValueWhenTimeChangesNothing() {
            CustomerTransfers state = activeLegacy(PLAIN);

            assertThat(rules.settle(state, T0.plusSeconds(1))).isSameAs(state);
        }
    }

    @Nested
    class Get {
        @Test
        void answersTheTransferOr404With900100() {
            CustomerTransfers state = activeLegacy(PLAIN);

            assertThat(rules.get(state, firstId().toUpperCase(), T0).value().id()).isEqualTo(firstId());
            assertRejected(rules.get(state, UNKNOWN_TRANSFER, T0), 404, 900100,
                    "Transfer " + UNKNOWN_TRANSFER + " was not found for customer " + CUSTOMER + ".");
            assertRejected(rules.get(newCommerceCustomer, firstId(), T0), 404, 900100, "was not found");
        }
    }

    @Nested
    class Eligibility {
        @Test
        void tellsEachSeededSubscriptionEligibleOrWhyNot() {
            CustomerTransfers state = activeLegacy(ELIGIBLE_1);

            List<TransferRules.Eligibility> result = rules.eligibility(state, "directtoindirect", T0).value();

            // Only the direct-bill subscriptions: the ones a direct-to-indirect transfer is about.
            assertThat(result).extracting(e -> e.subscriptionId).containsExactly(DELETED, SUSPENDED,
                    "4B600A9A-DF56-4564-A75A-6CC6D2D0C9F9", ELIGIBLE_1, ELIGIBLE_2);
            assertThat(reason(result, ELIGIBLE_2)).isNull();
            assertThat(reason(result, DELETED)).isEqualTo("Subscription: " + DELETED + " is in state: Deleted");
            assertThat(reason(result, ELIGIBLE_1))
                    .isEqualTo("subscription is already part of another transfer request id : " + firstId());
            assertThat(rules.eligibility(newCommerceCustomer, "directtoindirect", T0).value())
                    .allSatisfy(e -> assertThat(e.reason).contains("is a new-commerce subscription"));
        }
    }

    @Nested
    class CreateLegacy {
        @Test
        void createsAnActiveTransferOfTheSubscriptions() {
            Outcome<TransferRecord> created = rules.createLegacy(legacyCustomer, legacyOf(WITH_ADD_ON, PLAIN), T0);

            TransferRecord t = created.value();
            assertThat(t.id()).isEqualTo(firstId());
            assertThat(t.status()).isEqualTo("Active");
            assertThat(t.newCommerce()).isFalse();
            assertThat(t.createdTime()).isEqualTo(T0);
            assertThat(t.lastModifiedTime()).isEqualTo(T0);
            assertThat(t.sourcePartnerName()).as("from the seed").isEqualTo("Contoso Direct");
            assertThat(t.targetPartnerName()).isEqualTo("Fabrikam Indirect Provider");
            // Every line item id 0, as the documented create answers.
            assertThat(t.lineItems()).extracting(li -> li.subscription().id()).containsExactly(WITH_ADD_ON, PLAIN);
            assertThat(t.lineItems()).extracting(TransferRecord.LineItem::id).containsExactly(0, 0);
            assertThat(t.lineItems()).allSatisfy(li -> assertThat(li.status()).isNull());
            assertThat(created.after().all()).containsExactly(t);
            assertThat(legacyCustomer.all()).as("the state given is not changed").isEmpty();
        }

        @Test
        void refusesEachSubscriptionThatCannotMoveWith800078() {
            String unknown = "11111111-2222-3333-4444-555555555555";

            Outcome<TransferRecord> refused = rules.createLegacy(legacyCustomer,
                    legacyOf(unknown, ADD_ON, SUSPENDED, PLAIN), T0);

            assertRejected(refused, 400, 800078, "Transfer can't be created with an invalid subscription. "
                    + "Subscription: " + unknown + ", " + ADD_ON.toLowerCase(java.util.Locale.ROOT) + ", "
                    + SUSPENDED.toLowerCase(java.util.Locale.ROOT));
            assertThat(refused.rejection().data()).as("empty, as in the error examples").isEmpty();
            assertThat(refused.rejection().reasons()).containsExactly(
                    "Subscription: " + unknown + " was not found for customer " + CUSTOMER,
                    "Subscription: " + ADD_ON + " is an add-on of " + WITH_ADD_ON
                            + "; add-ons move with their base subscription",
                    "Subscription: " + SUSPENDED + " is in state: Suspended");
        }

        @Test
        void refusesASubscriptionHeldOrAlreadyMovedByAnotherTransferWith800078() {
            CustomerTransfers state = activeLegacy(PLAIN);
            assertRejected(rules.createLegacy(state, legacyOf(PLAIN), T0), 400, 800078,
                    "subscription is already part of another transfer request id : " + firstId());

            CustomerTransfers accepted = accepted(state, firstId());
            assertRejected(rules.createLegacy(accepted, legacyOf(PLAIN), T0), 400, 800078,
                    "Subscription: " + PLAIN + " was already transferred by transfer request id : " + firstId());
        }

        @Test
        void refusesANewCommerceSubscriptionWith800078() {
            Outcome<TransferRecord> refused = rules.createLegacy(newCommerceCustomer, legacyOf(NCE_PREMIUM), T0);

            assertRejected(refused, 400, 800078, "is a new-commerce subscription");
        }

        @Test
        void aSubscriptionIsFreeOnceItsTransferExpiredEvenIfNobodyReadTheTransferSince() {
            CustomerTransfers state = activeLegacy(PLAIN);

            Outcome<TransferRecord> again = rules.createLegacy(state, legacyOf(PLAIN), T0.plus(Duration.ofDays(30)));

            assertThat(again.value().status()).isEqualTo("Active");
            assertThat(again.after().all()).extracting(TransferRecord::status).containsExactly("Expired", "Active");
        }
    }

    @Nested
    class CreateNewCommerce {
        @Test
        void createsAPendingTransferWithoutLineItemsThatExpiresIn30Days() {
            Outcome<TransferRecord> created = rules.createNewCommerce(newCommerceCustomer, newCommerceCreate(), T0);

            TransferRecord t = created.value();
            assertThat(t.status()).isEqualTo("InProgress");
            assertThat(t.newCommerce()).isTrue();
            assertThat(t.lineItems()).isEmpty();
            assertThat(t.expirationTime()).isEqualTo(T0.plus(Duration.ofDays(30)));
            assertThat(t.customerName()).as("only as sent").isNull();
            assertThat(t.partnerTenantId()).isEqualTo(TARGET_PARTNER);
            assertThat(t.sourcePartnerName()).isEqualTo("Woodgrove Cloud Services");
            assertThat(t.transferType().intValue()).isEqualTo(3);
            assertThat(created.after().all()).containsExactly(t);
        }
    }

    @Nested
    class Reject {
        @Test
        void movesAnActiveLegacyTransferToReject() {
            Outcome<TransferRecord> rejected = rules.reject(activeLegacy(PLAIN), firstId(), T0.plusSeconds(9));

            assertThat(rejected.value().status()).isEqualTo("Reject");
            assertThat(rejected.value().lastModifiedTime()).isEqualTo(T0.plusSeconds(9));
            assertThat(only(rejected.after())).isSameAs(rejected.value());
        }

        @Test
        void refusesAnythingButAnActiveLegacyTransferWithTheDocumentedCodes() {
            CustomerTransfers active = activeLegacy(PLAIN);
            assertRejected(rules.reject(active, UNKNOWN_TRANSFER, T0), 404, 900100, "was not found");
            assertRejected(rules.reject(accepting(active), firstId(), T0), 409, 900104,
                    "Transfer " + firstId() + " is being processed by another request.");
            assertRejected(rules.reject(accepted(active, firstId()), firstId(), T0), 400, 900102,
                    "Can't process the transfer request for Complete transfer " + firstId());
            CustomerTransfers newCommerce = pendingNewCommerce();
            assertRejected(rules.reject(newCommerce, idOf(newCommerce), T0), 400, 800002,
                    "Reject applies to legacy transfers");
        }
    }

    @Nested
    class Cancel {
        @Test
        void movesAPendingNewCommerceTransferToCancel() {
            Outcome<TransferRecord> canceled = rules.cancel(pendingNewCommerce(), firstId(), T0.plusSeconds(3));

            assertThat(canceled.value().status()).isEqualTo("Cancel");
            assertThat(canceled.value().lastModifiedTime()).isEqualTo(T0.plusSeconds(3));
        }

        @Test
        void refusesAnythingButAPendingNewCommerceTransferWithTheDocumentedCodes() {
            CustomerTransfers processing = rules.submit(pendingNewCommerce(), firstId(), submitOf(NCE_SLOW), T0)
                    .after();
            assertRejected(rules.cancel(processing, firstId(), T0), 409, 900101,
                    "Transfer " + firstId() + " is already in progress.");
            assertRejected(rules.cancel(processing, firstId(), T0.plus(Duration.ofMinutes(5))), 400, 900102,
                    "for Complete transfer");
            CustomerTransfers legacy = activeLegacy(PLAIN);
            assertRejected(rules.cancel(legacy, idOf(legacy), T0), 400, 800002,
                    "Cancel applies to new-commerce transfers");
            assertRejected(rules.cancel(newCommerceCustomer, UNKNOWN_TRANSFER, T0), 404, 900100, "was not found");
        }
    }

    @Nested
    class Submit {
        @Test
        void completesAtOnceWhenNothingTakesProcessingTime() {
            Outcome<TransferRecord> submitted = rules.submit(pendingNewCommerce(), firstId(),
                    submitOf(NCE_PREMIUM, NCE_E3), T0.plusSeconds(1));

            TransferRecord t = submitted.value();
            assertThat(t.status()).isEqualTo("Complete");
            assertThat(t.isProcessing()).isFalse();
            assertThat(t.completedTime()).isEqualTo(T0.plusSeconds(1));
            assertThat(t.lineItems()).allSatisfy(li -> {
                assertThat(li.status()).isEqualTo("Complete");
                assertThat(li.productType()).isEqualTo("OnlineServicesNCE");
                assertThat(li.orderId()).isNotNull();
                assertThat(li.partnerIdOnRecord()).as("the transfer's partnerOnRecord").isEqualTo("6200417");
            });
        }

        @Test
        void staysInProgressForTheLongestProcessingTime() {
            TransferRecord t = rules.submit(pendingNewCommerce(), firstId(), submitOf(NCE_PREMIUM, NCE_SLOW), T0)
                    .value();

            assertThat(t.status()).isEqualTo("InProgress");
            assertThat(t.processingUntil()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
            assertThat(t.lineItems()).allSatisfy(li -> assertThat(li.orderId()).isNull());
        }

        @Test
        void refusesSubscriptionsThatCannotBeSubmittedWith800078() {
            Outcome<TransferRecord> refused = rules.submit(pendingNewCommerce(), firstId(),
                    submitOf(AZURE_PLAN, PLAIN), T0);

            assertRejected(refused, 400, 800078, "Subscription: " + AZURE_PLAN + " is of product type "
                    + "AzureSubscription, not OnlineServicesNCE");
            assertThat(refused.rejection().reasons()).hasSize(2);
            assertThat(refused.rejection().reasons().get(1)).contains(PLAIN).contains("was not found");
        }

        @Test
        void refusesAnythingButAPendingNewCommerceTransferWithTheDocumentedCodes() {
            CustomerTransfers processing = rules.submit(pendingNewCommerce(), firstId(), submitOf(NCE_SLOW), T0)
                    .after();
            assertRejected(rules.submit(processing, firstId(), submitOf(NCE_PREMIUM), T0), 409, 900101,
                    "is already in progress");
            assertRejected(rules.submit(processing, firstId(), submitOf(NCE_PREMIUM), T0.plus(Duration.ofHours(1))),
                    400, 900102, "for Complete transfer");
            CustomerTransfers legacy = activeLegacy(PLAIN);
            assertRejected(rules.submit(legacy, idOf(legacy), submitOf(NCE_PREMIUM), T0), 400, 800002,
                    "set when it is created");
        }

        @Test
        void malformedLineItemsAreAnsweredAfterTheTransfersOwnChecks() {
            Update malformed = Update.malformedSubmit(Rejection.invalid("lineItems must list at least one "
                    + "subscription"));
            CustomerTransfers processing = rules.submit(pendingNewCommerce(), firstId(), submitOf(NCE_SLOW), T0)
                    .after();

            assertRejected(rules.submit(newCommerceCustomer, UNKNOWN_TRANSFER, malformed, T0), 404, 900100, "");
            assertRejected(rules.submit(processing, firstId(), malformed, T0), 409, 900101, "");
            CustomerTransfers pending = pendingNewCommerce();
            assertRejected(rules.submit(pending, idOf(pending), malformed, T0), 400, 800002,
                    "lineItems must list at least one subscription");
        }
    }

    @Nested
    class UpdateWithNoChange {
        @Test
        void answersTheBodysProblemOnlyForAKnownTransfer() {
            Update none = Update.none(Rejection.invalid("Nothing to change"));

            assertRejected(rules.update(legacyCustomer, UNKNOWN_TRANSFER, none, T0), 404, 900100, "was not found");
            assertRejected(rules.update(activeLegacy(PLAIN), firstId(), none, T0), 400, 800002, "Nothing to change");
        }
    }

    @Nested
    class Withdraw {
        @Test
        void deletesAnActiveLegacyTransfer() {
            Outcome<TransferRecord> withdrawn = rules.withdraw(activeLegacy(PLAIN), firstId(), T0);

            assertThat(withdrawn.value().id()).isEqualTo(firstId());
            assertThat(withdrawn.after().all()).isEmpty();
        }

        @Test
        void refusesAnythingButAnActiveLegacyTransferWithTheDocumentedCodes() {
            CustomerTransfers active = activeLegacy(PLAIN);
            assertRejected(rules.withdraw(active, UNKNOWN_TRANSFER, T0), 404, 900100, "was not found");
            assertRejected(rules.withdraw(accepting(active), firstId(), T0), 409, 900104,
                    "is being processed by another request");
            assertRejected(rules.withdraw(rules.reject(active, firstId(), T0).after(), firstId(), T0), 400, 900102,
                    "for Reject transfer");
            CustomerTransfers newCommerce = pendingNewCommerce();
            assertRejected(rules.withdraw(newCommerce, idOf(newCommerce), T0), 400, 800002,
                    "Withdraw applies to legacy transfers");
        }
    }

    @Nested
    class BeginAccept {
        @Test
        void marksTheAcceptAsRunning() {
            Outcome<TransferRecord> begun = rules.beginAccept(activeLegacy(SLOW, PLAIN), firstId(), T0);

            assertThat(begun.value().accepting()).isTrue();
            assertThat(begun.value().status()).isEqualTo("Active");
            assertThat(TransferRules.processingTime(begun.value())).isEqualTo(Duration.ofSeconds(2));
        }

        @Test
        void refusesAnythingButAnActiveLegacyTransferWithTheDocumentedCodes() {
            CustomerTransfers active = activeLegacy(PLAIN);
            assertRejected(rules.beginAccept(accepting(active), firstId(), T0), 409, 900104,
                    "is being processed by another request");
            assertRejected(rules.beginAccept(accepted(active, firstId()), firstId(), T0), 400, 900102,
                    "for Complete transfer");
            assertRejected(rules.beginAccept(active, firstId(), T0.plus(Duration.ofDays(30))), 400, 900102,
                    "for Expired transfer");
            CustomerTransfers newCommerce = pendingNewCommerce();
            assertRejected(rules.beginAccept(newCommerce, idOf(newCommerce), T0), 400, 800002,
                    "Accept applies to legacy transfers");
            assertRejected(rules.beginAccept(active, UNKNOWN_TRANSFER, T0), 404, 900100, "was not found");
        }
    }

    @Nested
    class CompleteAccept {
        @Test
        void movesSyncedSubscriptionsAndFailsTheOthersWith900103() {
            CustomerTransfers accepting = accepting(activeLegacy(WITH_ADD_ON, NOT_SYNCED, PLAIN));

            TransferRecord t = rules.completeAccept(accepting, firstId(), T0.plusSeconds(2)).value();

            assertThat(t.status()).isEqualTo("PartiallyComplete");
            assertThat(t.accepting()).isFalse();
            assertThat(t.lastModifiedTime()).isEqualTo(T0.plusSeconds(2));
            assertThat(t.lineItems()).extracting(TransferRecord.LineItem::status)
                    .containsExactly("Complete", "Failed", "Complete");
            assertThat(t.lineItems()).extracting(TransferRecord.LineItem::transferGroupId)
                    .containsExactly("0", "1", "2");
            assertThat(t.lineItems().get(1).orderId()).isNull();
            assertThat(t.lineItems().get(1).transferError()).isEqualTo("Subscription SyncState must be SyncComplete "
                    + "for the Subscription to be a source in a Subscription Ownership Transfer. Subscription: "
                    + NOT_SYNCED.toLowerCase() + ", current state: None");
            assertThat(t.lineItems().get(0).orderId()).isNotEqualTo(t.lineItems().get(2).orderId());
        }

        @Test
        void theStatusFollowsFromHowManyLineItemsFailed() {
            assertThat(rules.completeAccept(accepting(activeLegacy(PLAIN)), firstId(), T0).value().status())
                    .isEqualTo("Complete");
            CustomerTransfers notSynced = accepting(activeLegacy(NOT_SYNCED));
            assertThat(rules.completeAccept(notSynced, idOf(notSynced), T0).value().status()).isEqualTo("Failed");
        }
    }

    @Nested
    class AbandonAccept {
        @Test
        void leavesTheTransferAsItWasBeforeTheAccept() {
            CustomerTransfers active = activeLegacy(PLAIN);

            TransferRecord t = only(rules.abandonAccept(accepting(active), firstId()));

            assertThat(t.accepting()).isFalse();
            assertThat(t.status()).isEqualTo("Active");
            assertThat(rules.abandonAccept(active, firstId())).as("nothing to abandon").isSameAs(active);
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** The id the rules gave the first transfer of a test. */
    private static String firstId() {
        return "00000000-0000-4000-8000-000000000001";
    }

    /** The id of the only transfer of {@code state}. */
    private static String idOf(CustomerTransfers state) {
        return only(state).id();
    }

    private static LegacyCreate legacyOf(String... subscriptionIds) {
        List<LineItemRequest> items = new ArrayList<>();
        for (int i = 0; i < subscriptionIds.length; i++) {
            items.add(new LineItemRequest(i, subscriptionIds[i], null, "517285"));
        }
        return new LegacyCreate(SOURCE_PARTNER, TARGET_PARTNER, null, null, items);
    }

    private static NewCommerceCreate newCommerceCreate() {
        return new NewCommerceCreate(NEW_COMMERCE_SOURCE_PARTNER, TARGET_PARTNER, IntNode.valueOf(3),
                "it@northwind.example", null, null, null, "6200417", null, List.of());
    }

    private static Update submitOf(String... subscriptionIds) {
        List<LineItemRequest> items = new ArrayList<>();
        for (int i = 0; i < subscriptionIds.length; i++) {
            items.add(new LineItemRequest(i, subscriptionIds[i], "OnlineServicesNCE", null));
        }
        return Update.submit(items);
    }

    /** The legacy customer with one Active transfer of these subscriptions, created at T0. */
    private CustomerTransfers activeLegacy(String... subscriptionIds) {
        return rules.createLegacy(legacyCustomer, legacyOf(subscriptionIds), T0).after();
    }

    /** The new-commerce customer with one pending transfer, created at T0. */
    private CustomerTransfers pendingNewCommerce() {
        return rules.createNewCommerce(newCommerceCustomer, newCommerceCreate(), T0).after();
    }

    /** {@code state} with an accept running on its only transfer. */
    private CustomerTransfers accepting(CustomerTransfers state) {
        return rules.beginAccept(state, idOf(state), T0).after();
    }

    private CustomerTransfers accepted(CustomerTransfers state, String transferId) {
        return rules.completeAccept(rules.beginAccept(state, transferId, T0).after(), transferId, T0).after();
    }

    private static TransferRecord only(CustomerTransfers state) {
        assertThat(state.all()).hasSize(1);
        return state.all().get(0);
    }

    private static String reason(List<TransferRules.Eligibility> result, String subscriptionId) {
        return result.stream().filter(e -> e.subscriptionId.equals(subscriptionId)).map(e -> e.reason)
                .collect(Collectors.toList()).get(0);
    }

    private static void assertRejected(Outcome<?> outcome, int status, int code, String descriptionPart) {
        assertThat(outcome.isRejected()).as("rejected: %s", outcome).isTrue();
        assertThat(outcome.after()).as("a rejection changes nothing").isNull();
        Rejection r = outcome.rejection();
        assertThat(r.status()).as("status of %s", r).isEqualTo(status);
        assertThat(r.code()).as("code of %s", r).isEqualTo(code);
        // The description names the subscriptions; why each is refused is in the rejection's reasons.
        assertThat(r.description() + " " + String.join(" ", r.reasons())).contains(descriptionPart);
    }
}
