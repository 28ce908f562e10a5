package io.github.pctransfers.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pctransfers.client.model.TransferCreateRequest;
import io.github.pctransfers.client.model.TransferCreateRequests;
import io.github.pctransfers.client.model.TransferEntity;
import io.github.pctransfers.client.model.TransferLineItem;
import io.github.pctransfers.client.model.TransferSubmitLineItem;
import io.github.pctransfers.client.model.TransferSubmitLineItems;
import io.github.pctransfers.client.model.TransferUpdateRequest;
import io.github.pctransfers.client.model.TransfersJson;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The models a caller cannot corrupt (client/README.md, "Models"): no generated model has a public setter, fluent
 * mutator, constructor or writable field, and its collections cannot be changed; what a request body reaches in
 * the spec is built with {@code builder()} and changed with {@code toBuilder()}, and what only the service returns
 * has neither. The two sets come from the spec, so a schema added to one side (a webhook model, a request
 * property) is held to the rule without this test changing. Each rule is a pure function, tried once on a class
 * that breaks it.
 */
class ModelMutabilityTest {
    private static final String MODEL_PACKAGE = "io.github.pctransfers.client.model.";
    private static final String SCHEMA_REF = "#/components/schemas/";

    /** The object schemas (the generated models), by name, with whether a request body of an operation reaches each. */
    static Map<String, Boolean> modelsAndWhetherCallersSendThem(JsonNode spec) {
        Map<String, Boolean> models = new TreeMap<>();
        spec.path("components").path("schemas").properties().forEach(e -> {
            if (e.getValue().has("properties")) {
                models.put(e.getKey(), false);
            }
        });
        for (String sent : reachedFromRequestBodies(spec)) {
            models.computeIfPresent(sent, (name, before) -> true);
        }
        return models;
    }

    /**
     * The schemas an operation's request body names, directly or through properties, items and compositions. A
     * callback's body (sent by the service to the caller) is not a request body of an operation, so it is not
     * walked.
     */
    static Set<String> reachedFromRequestBodies(JsonNode spec) {
        Deque<JsonNode> pending = new ArrayDeque<>();
        spec.path("paths").forEach(pathItem -> pathItem.forEach(operation -> {
            if (operation.has("requestBody")) {
                pending.add(operation.get("requestBody"));
            }
        }));
        Set<String> reached = new TreeSet<>();
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            if (node.isObject() && node.path("$ref").isTextual()) {
                String ref = node.get("$ref").asText();
                if (ref.startsWith("#/")) {
                    JsonNode target = spec.at(ref.substring(1));
                    if (ref.startsWith(SCHEMA_REF) && reached.add(ref.substring(SCHEMA_REF.length()))) {
                        pending.add(target);
                    } else if (!ref.startsWith(SCHEMA_REF)) {
                        pending.add(target);
                    }
                }
            }
            for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
                pending.add(children.next());
            }
        }
        return reached;
    }

    /** What lets code outside the class change an instance, or make one other than through a builder. */
    static List<String> mutators(Class<?> model) {
        List<String> found = new ArrayList<>();
        if (!Modifier.isFinal(model.getModifiers())) {
            found.add(model.getSimpleName() + " is not final");
        }
        for (Constructor<?> c : model.getDeclaredConstructors()) {
            if (!Modifier.isPrivate(c.getModifiers())) {
                found.add(c.toGenericString());
            }
        }
        for (Field f : model.getDeclaredFields()) {
            int m = f.getModifiers();
            if (!Modifier.isPrivate(m) && !(Modifier.isStatic(m) && Modifier.isFinal(m))) {
                found.add(f.toGenericString());
            }
        }
        for (Method method : model.getDeclaredMethods()) {
            int m = method.getModifiers();
            boolean visible = Modifier.isPublic(m) || Modifier.isProtected(m);
            boolean isEquals = method.getName().equals("equals") && method.getParameterCount() == 1;
            // A public instance method taking an argument changes the instance (bean or fluent setter, adder);
            // the model's own readers take none.
            if (visible && !Modifier.isStatic(m) && !method.isSynthetic() && method.getParameterCount() > 0
                    && !isEquals) {
                found.add(method.toGenericString());
            }
        }
        return found;
    }

    /** Whether the class offers {@code static builder()} and {@code toBuilder()}, public. */
    static boolean hasBuilders(Class<?> model) {
        try {
            Method builder = model.getMethod("builder");
            Method toBuilder = model.getMethod("toBuilder");
            return Modifier.isStatic(builder.getModifiers()) && !Modifier.isStatic(toBuilder.getModifiers())
                    && builder.getReturnType() == toBuilder.getReturnType();
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static Class<?> model(String schema) throws ClassNotFoundException {
        return Class.forName(MODEL_PACKAGE + schema, false, ModelMutabilityTest.class.getClassLoader());
    }

    @Test
    void theSpecSaysWhichModelsCallersSend() {
        Map<String, Boolean> models = modelsAndWhetherCallersSendThem(Fixtures.spec());
        assertThat(models).containsEntry("TransferCreateRequest", true).containsEntry("TransferUpdateRequest", true)
                .containsEntry("TransferSubmitLineItem", true)
                // A legacy create carries line items of the response's schema.
                .containsEntry("TransferLineItem", true)
                .containsEntry("TransferEntity", false).containsEntry("PartnerCenterError", false)
                .containsEntry("TransferSubmitResult", false).containsEntry("Link", false);
    }

    @Test
    void noModelCanBeChangedOnceMade() throws ClassNotFoundException {
        Map<String, List<String>> mutable = new TreeMap<>();
        for (String schema : modelsAndWhetherCallersSendThem(Fixtures.spec()).keySet()) {
            List<String> found = mutators(model(schema));
            if (!found.isEmpty()) {
                mutable.put(schema, found);
            }
        }
        assertThat(mutable).isEmpty();
    }

    @Test
    void whatCallersSendHasBuildersAndWhatTheServiceReturnsHasNone() throws ClassNotFoundException {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Boolean> e : modelsAndWhetherCallersSendThem(Fixtures.spec()).entrySet()) {
            if (hasBuilders(model(e.getKey())) != e.getValue()) {
                wrong.add(e.getKey() + (e.getValue() ? " is sent but has no builder()/toBuilder() (add it to "
                        + "generate-request-models in client/pom.xml)" : " is only returned but has a builder"));
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** A model as the generator used to make it: every rule above reports it. */
    static class OldStyleModel {
        public String id;
        private List<String> lineItems;

        public OldStyleModel() {
        }

        public OldStyleModel id(String id) {
            this.id = id;
            return this;
        }

        public void setLineItems(List<String> lineItems) {
            this.lineItems = lineItems;
        }

        public List<String> getLineItems() {
            return lineItems;
        }
    }

    @Test
    void anOldStyleModelWouldBeReported() {
        assertThat(mutators(OldStyleModel.class)).hasSize(5).anyMatch(s -> s.contains("is not final"))
                .anyMatch(s -> s.contains("OldStyleModel()")).anyMatch(s -> s.contains(".id"))
                .anyMatch(s -> s.contains("id(java.lang.String)")).anyMatch(s -> s.contains("setLineItems"));
        assertThat(hasBuilders(OldStyleModel.class)).isFalse();
    }

    @Test
    void aSchemaReachedOnlyThroughACallbackIsNotSentByCallers() throws Exception {
        JsonNode spec = new ObjectMapper().readTree(Fixtures.text(
                "fixtures/model-mutability/callback-body-is-not-a-request/spec.json"));
        assertThat(modelsAndWhetherCallersSendThem(spec)).containsExactly(Map.entry("Event", false),
                Map.entry("Registration", false), Map.entry("RegistrationRequest", true));
    }

    @Test
    void collectionsReadFromTheWireCannotBeChanged() throws Exception {
        TransferEntity transfer = TransfersJson.newStrictObjectMapper().readValue(
                Fixtures.text("fixtures/transfer-outcomes/partially-complete/transfer.json"), TransferEntity.class);
        List<TransferLineItem> items = transfer.getLineItems();

        assertThat(items).isNotEmpty();
        assertThatThrownBy(items::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> items.add(items.get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(transfer.getLineItems()).hasSameSizeAs(items);
    }

    @Test
    void aBuiltModelKeepsItsOwnCopyOfEachCollection() {
        List<TransferLineItem> items = new ArrayList<>();
        items.add(TransferLineItem.builder().subscriptionId("D738C6C9-DDBD-46E9-B316-65F9D9B3ECB4").build());
        TransferCreateRequest request = TransferCreateRequests.legacy("da6c51b5-1246-4a42-b4ab-cbf38df54537",
                "656218b1-80c9-40b2-83ae-3a2703b55271", items);

        items.clear();

        assertThat(request.getLineItems()).hasSize(1);
        assertThatThrownBy(() -> request.getLineItems().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toBuilderChangesACopyAndLeavesTheOriginal() {
        TransferSubmitLineItem item = TransferSubmitLineItems.onlineServicesNce("75B71186-73C3-45B4-A403-281C0D7EB032");
        TransferSubmitLineItem changed = item.toBuilder().quantity(5).build();

        assertThat(item.getQuantity()).isNull();
        assertThat(changed.getQuantity()).isEqualTo(5);
        assertThat(changed.toBuilder().quantity(null).build()).isEqualTo(item);
        TransferUpdateRequest twice = TransferUpdateRequest.builder().addLineItemsItem(item)
                .addLineItemsItem(changed).build();
        assertThat(twice.getLineItems()).containsExactly(item, changed);
    }
}
