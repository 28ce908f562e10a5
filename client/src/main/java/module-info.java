/**
 * The Partner Center transfers client. Exports only its API packages; see client/API.md for what each holds, what
 * is internal, and what may change in a minor version.
 */
// OkHttp 4 has no module-info, only the Automatic-Module-Name okhttp3: requiring it is deliberate.
@SuppressWarnings("requires-automatic")
module io.github.pctransfers.client {
    // API: what callers configure, call, catch and read.
    exports io.github.pctransfers.client;
    exports io.github.pctransfers.client.auth;
    exports io.github.pctransfers.client.errors;
    exports io.github.pctransfers.client.http;
    exports io.github.pctransfers.client.model;
    exports io.github.pctransfers.client.recording;
    exports io.github.pctransfers.client.webhooks;

    // Jackson reads and writes the models (generated and hand-written) by reflection.
    opens io.github.pctransfers.client.model to com.fasterxml.jackson.databind;

    // In the API: TransfersClient.objectMapper(), TransfersJson, Jackson annotations on the models.
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    // The transport: the generated Feign interface and its invoker (ApiClient names feign-form, feign-slf4j and
    // java.util.logging), and OkHttp, which also fetches Entra tokens.
    requires feign.core;
    requires feign.jackson;
    requires feign.okhttp;
    requires feign.form;
    requires feign.slf4j;
    requires okhttp3;
    // OkHttp 4 is written in Kotlin but, as an automatic module, cannot say so: without this, a module-path
    // application does not resolve kotlin.stdlib and OkHttp fails with NoClassDefFoundError (kotlin.jvm.internal).
    requires kotlin.stdlib;
    requires java.logging;
    // The webhook receiver: certificates fetched with the JDK's HTTP client, subject names read as LDAP names.
    requires java.net.http;
    requires java.naming;
    requires org.slf4j;
    // @Nonnull and @Nullable on the generated models' public methods.
    requires transitive jakarta.annotation;
}
